/**
 * Windows reality on a share or a synced folder: the rename over the
 * original fails for a moment (EBUSY/EPERM/EACCES) because a sync client,
 * an antivirus or a colleague's Explorer holds the file. Save retries with
 * growing waits; when the file stays held it says so, the original keeps
 * its bytes and the edit stays in the working copy. The failures are
 * injected at the real rename of a real save.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, diskIo, type SaveIo } from '../../../../db/document/atomicSave';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { companions, edit, planFile, snapshot, someone, task, tempDir } from './helpers';

const held = (code: string) => Object.assign(new Error(`${code}: resource busy or locked, rename`), { code });

/** A rename that fails with `code` the first `times` calls, then renames; the waits asked for are recorded. */
function heldFor(times: number, code: string) {
  const waits: number[] = [];
  let calls = 0;
  const io: SaveIo = {
    ...diskIo,
    rename(from, to) {
      calls += 1;
      if (calls <= times) throw held(code);
      diskIo.rename(from, to);
    },
    sleep: (ms) => void waits.push(ms),
  };
  return { io, waits, calls: () => calls };
}

function notesOf(file: string, id: string): string {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return task(readPlan(db), id).notes;
  } finally {
    db.close();
  }
}

describe('a plan file held by another program at the rename', () => {
  it.each(['EBUSY', 'EPERM', 'EACCES'])('retries %s with growing waits, then saves', (code) => {
    const dir = tempDir();
    const file = planFile(dir);
    const { io, waits, calls } = heldFor(3, code);
    const p = someone('Lan', 'MAY-LAN', { saveIo: io });
    p.session.open(file);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'lưu được sau khi OneDrive nhả tệp' } });
    expect(p.session.save().status).toBe('saved');
    expect(calls()).toBe(4);
    expect(waits).toEqual([50, 100, 200]);
    expect(notesOf(file, 't-1')).toBe('lưu được sau khi OneDrive nhả tệp');
    expect(companions(dir)).toEqual([]);
    expect(p.session.state()).toMatchObject({ dirty: false, changedOnDisk: false });
  });

  it('gives up after about 3 seconds with a clear message; the original is whole and the edit kept for the next Save', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const always = heldFor(Number.POSITIVE_INFINITY, 'EBUSY');
    const p = someone('Lan', 'MAY-LAN', { saveIo: always.io });
    p.session.open(file);
    const before = snapshot(dir);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'chờ lưu' } });
    expect(() => p.session.save()).toThrow(
      expect.objectContaining({
        code: 'file-busy',
        details: { code: 'EBUSY', attempts: RENAME_RETRY_DELAYS_MS.length + 1 },
        message: expect.stringMatching(/đang bị chương trình khác giữ \(ví dụ OneDrive, Google Drive.*đã thử 7 lần trong khoảng 3 giây.*Tệp gốc không bị thay đổi/u),
      }),
    );
    expect(always.waits).toEqual([...RENAME_RETRY_DELAYS_MS]);
    expect(always.waits.reduce((a, b) => a + b)).toBeLessThanOrEqual(3200);
    expect(snapshot(dir)).toEqual(before); // same bytes, no temporary left
    expect(p.session.state().dirty).toBe(true);
    p.session.close();

    // Recovery does not mistake the failed save for a done one, and the edit saves once the file is free.
    const next = someone('Lan', 'MAY-LAN', { dataDir: p.dataDir });
    const [offered] = next.session.listRecoverable();
    expect(offered).toMatchObject({ originalPath: file, originalChanged: false });
    next.session.recover(offered!.id);
    expect(next.session.save().status).toBe('saved');
    expect(notesOf(file, 't-1')).toBe('chờ lưu');
  });

  it('does not retry a failure that waiting cannot fix (a full disk)', () => {
    const file = planFile();
    const waits: number[] = [];
    const io: SaveIo = {
      ...diskIo,
      rename: () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
      sleep: (ms) => void waits.push(ms),
    };
    const p = someone('Lan', 'MAY-LAN', { saveIo: io });
    p.session.open(file);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'x' } });
    expect(() => p.session.save()).toThrow(expect.objectContaining({ code: 'disk-full' }));
    expect(waits).toEqual([]);
  });

  it('really waits between attempts when nothing is injected', () => {
    const file = planFile();
    let calls = 0;
    const io: SaveIo = {
      ...diskIo,
      rename(from, to) {
        if (++calls === 1) throw held('EBUSY');
        diskIo.rename(from, to);
      },
    };
    const p = someone('Lan', 'MAY-LAN', { saveIo: io });
    p.session.open(file);
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { notes: 'y' } });
    const started = process.hrtime.bigint();
    expect(p.session.save().status).toBe('saved');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThanOrEqual(RENAME_RETRY_DELAYS_MS[0]! - 1);
    expect(fs.existsSync(file)).toBe(true);
  });
});
