/**
 * Plans opened or saved through symbolic links: the real file gets every
 * edit, the link stays a link, and the lock and temporaries sit beside the
 * real file. Real files, real links, real saves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../../db/document/lock';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { companions, edit, planFile, someone, task, tempDir } from './helpers';

function taskName(file: string, id: string): string {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return task(readPlan(db), id).name;
  } finally {
    db.close();
  }
}

/** `shared/Ke-hoach.tiendo` and, in another folder, `mine/Lien-ket.tiendo` pointing at it. */
function linkedPlan(relative = false) {
  const shared = tempDir();
  const mine = tempDir();
  const real = planFile(shared);
  const link = path.join(mine, 'Lien-ket.tiendo');
  fs.symlinkSync(relative ? path.relative(mine, real) : real, link);
  return { shared, mine, real, link };
}

const isLink = (file: string) => fs.lstatSync(file).isSymbolicLink();

describe('a plan opened through a symbolic link', () => {
  it.each([
    ['an absolute link', false],
    ['a relative link', true],
  ])('Save writes the real file in the other folder; %s stays a link', (_, relative) => {
    const { shared, mine, real, link } = linkedPlan(relative);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(link);
    expect(fs.existsSync(lockPathFor(real))).toBe(true); // the lock is beside the real file…
    expect(fs.readdirSync(mine)).toEqual(['Lien-ket.tiendo']); // …not beside the link
    expect(a.session.state()).toMatchObject({ path: real, fileName: 'Ke-hoach.tiendo' });

    edit(a, { op: 'updateTask', taskId: 't-1', changes: { name: 'Sửa qua liên kết' } });
    expect(a.session.save().status).toBe('saved');
    expect(isLink(link)).toBe(true);
    expect(fs.realpathSync(link)).toBe(real);
    expect(taskName(real, 't-1')).toBe('Sửa qua liên kết');
    expect(companions(shared)).toEqual([]);
    expect(a.session.state()).toMatchObject({ dirty: false, changedOnDisk: false });

    // A second save (the fingerprint recorded is the real file's) goes through the same way.
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { name: 'Lần sửa thứ hai' } });
    expect(a.session.save().status).toBe('saved');
    expect(isLink(link)).toBe(true);
    expect(taskName(real, 't-1')).toBe('Lần sửa thứ hai');
    a.session.close();
    expect(fs.readdirSync(shared)).toEqual(['Ke-hoach.tiendo']);
  });

  it('follows a link to a link to the real file', () => {
    const { real, link } = linkedPlan();
    const second = path.join(tempDir(), 'Lien-ket-2.tiendo');
    fs.symlinkSync(link, second);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(second);
    expect(a.session.state().path).toBe(real);
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { name: 'Qua hai liên kết' } });
    a.session.save();
    expect(isLink(second) && isLink(link)).toBe(true);
    expect(taskName(real, 't-2')).toBe('Qua hai liên kết');
  });

  it('follows a linked folder', () => {
    const shared = tempDir();
    const real = planFile(shared);
    const folderLink = path.join(tempDir(), 'Thu-muc-chung');
    fs.symlinkSync(shared, folderLink, 'dir');
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(path.join(folderLink, 'Ke-hoach.tiendo'));
    expect(a.session.state().path).toBe(real);
    edit(a, { op: 'updateTask', taskId: 't-2', changes: { name: 'Qua thư mục liên kết' } });
    a.session.save();
    expect(isLink(folderLink)).toBe(true);
    expect(taskName(real, 't-2')).toBe('Qua thư mục liên kết');
  });

  it('remembers the real path in the recent list, once, whichever name opened it', () => {
    const { real, link } = linkedPlan();
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(link);
    a.session.open(real); // the same file: nothing reopened
    expect(a.session.recent().map((r) => r.path)).toEqual([real]);
    expect(a.session.recent()[0]).toMatchObject({ fileName: 'Ke-hoach.tiendo', exists: true });
  });

  it('sees a colleague who opened the real file: the link is the same locked file', () => {
    const { real, link } = linkedPlan();
    someone('Lan', 'MAY-LAN').session.open(real);
    const b = someone('Minh', 'MAY-MINH');
    expect(() => b.session.open(link)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

  it('refuses a dangling link clearly, naming where it points, and changes nothing', () => {
    const { real, link, mine, shared } = linkedPlan();
    fs.rmSync(real);
    const a = someone('Lan', 'MAY-LAN');
    expect(() => a.session.open(link)).toThrow(
      expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/liên kết tượng trưng.*không còn tồn tại/u) }),
    );
    expect(() => a.session.open(link)).toThrow(real);
    expect(isLink(link)).toBe(true);
    expect(fs.readdirSync(mine)).toEqual(['Lien-ket.tiendo']);
    expect(fs.readdirSync(shared)).toEqual([]);
    expect(a.session.isOpen).toBe(false);
  });

  it('refuses a link that points back at itself', () => {
    const dir = tempDir();
    const loop = path.join(dir, 'Vong.tiendo');
    fs.symlinkSync(loop, loop);
    const a = someone('Lan', 'MAY-LAN');
    expect(() => a.session.open(loop)).toThrow(expect.objectContaining({ code: 'cannot-open', message: expect.stringMatching(/trỏ vòng/u) }));
  });
});

describe('saving onto a symbolic link', () => {
  it('Save As onto a link writes the file it points to and keeps the link', () => {
    const { real, link } = linkedPlan();
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(planFile(tempDir(), 'Khac.tiendo'));
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { name: 'Lưu thành qua liên kết' } });
    a.session.saveAs(link);
    expect(isLink(link)).toBe(true);
    expect(taskName(real, 't-1')).toBe('Lưu thành qua liên kết');
    expect(a.session.state().path).toBe(real);
    expect(fs.existsSync(lockPathFor(real))).toBe(true);
  });

  it('Save a copy onto a link writes the real file; onto a link to the open plan it is refused as the same file', () => {
    const { real, link } = linkedPlan();
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(real);
    expect(() => a.session.saveCopy(link, { withoutHistory: false })).toThrow(expect.objectContaining({ code: 'same-file' }));
    const other = linkedPlan();
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { name: 'Bản sao qua liên kết' } });
    a.session.saveCopy(other.link, { withoutHistory: true });
    expect(isLink(other.link)).toBe(true);
    expect(taskName(other.real, 't-1')).toBe('Bản sao qua liên kết');
  });

  it('Save As onto a dangling link is refused and creates nothing', () => {
    const { real, link, shared } = linkedPlan();
    fs.rmSync(real);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(planFile(tempDir(), 'Khac.tiendo'));
    expect(() => a.session.saveAs(link)).toThrow(expect.objectContaining({ code: 'not-found', message: expect.stringMatching(/không còn tồn tại/u) }));
    expect(isLink(link)).toBe(true);
    expect(fs.readdirSync(shared)).toEqual([]);
  });
});
