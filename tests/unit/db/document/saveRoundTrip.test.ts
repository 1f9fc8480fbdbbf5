import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/api/dispatch';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { createApiHandlers } from '../../../../db/handlers';
import { Database } from '../../../../db/sqlite';
import { undoEdit } from '../../../../db/editing/applyEditToFile';
import { lockPathFor } from '../../../../db/document/lock';
import { companions, edit, integrity, makeFixturePlan, planFile, someone, task, tempDir } from './helpers';

function readFile(file: string) {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db);
  } finally {
    db.close();
  }
}

describe('working copy and Save', () => {
  it('edits go to the working copy; Save writes them back; reopening gives the same plan', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const original = fs.readFileSync(file);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    expect(a.session.db.name).not.toBe(file); // SQLite never opens the original
    expect(a.session.state()).toMatchObject({ path: file, fileName: 'Ke-hoach.tiendo', dirty: false, readOnly: false });

    const edited = edit(a, { op: 'updateTask', taskId: 't-2', changes: { name: 'Xây dựng dự thảo kế hoạch', duration: 12 } });
    expect(a.session.state().dirty).toBe(true);
    expect(fs.readFileSync(file)).toEqual(original); // not saved yet: the original is untouched

    expect(a.session.save()).toMatchObject({ status: 'saved', merged: false });
    expect(a.session.state().dirty).toBe(false);
    expect(a.session.save().status).toBe('unchanged');
    expect(companions(dir)).toEqual([]);
    expect(integrity(file)).toBe('ok');
    expect(readFile(file)).toEqual(edited);

    a.session.close();
    const b = someone('Lan', 'MAY-LAN');
    expect(b.session.open(file).plan).toEqual(edited);
    expect(task(edited, 't-2').duration).toBe(12);
  });

  it('holds a lock beside the file while open and removes it on close', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Trần Thị Lan', 'MAY-LAN');
    a.session.open(file);
    const lock = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8'));
    expect(path.basename(lockPathFor(file))).toBe('.~lock.Ke-hoach.tiendo#');
    expect(lock).toMatchObject({ app: 'tien-do', user: 'Trần Thị Lan', computer: 'MAY-LAN', pid: process.pid, since: '2026-11-28T09:30:00.000Z' });
    a.session.close();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['Ke-hoach.tiendo']);
  });

  it('closing with unsaved changes asks first; discarding leaves the original as it was', () => {
    const file = planFile();
    const original = fs.readFileSync(file);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'chưa lưu' } });
    expect(a.session.closePlan()).toEqual({ closed: false, dirty: true, fileName: 'Ke-hoach.tiendo' });
    expect(a.session.isOpen).toBe(true);
    expect(a.session.closePlan({ discardChanges: true })).toEqual({ closed: true, dirty: false, fileName: 'Ke-hoach.tiendo' });
    expect(a.session.isOpen).toBe(false);
    expect(fs.readFileSync(file)).toEqual(original);
    expect(a.session.listRecoverable()).toEqual([]);
  });

  it('Save a copy for a colleague: compact, complete, optionally without the history; the document stays', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    for (let i = 0; i < 30; i++) edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: `ghi chú ${i} `.repeat(200) } });
    for (let i = 0; i < 20; i++) undoEdit(a.session);
    // a new edit drops the 20 undone ones: their pages stay in the working copy as free space
    const plan = edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'ngắn' } });
    const withHistory = path.join(dir, 'ban-gui.tiendo');
    const clean = path.join(dir, 'ban-gui-sach.tiendo');
    a.session.saveCopy(withHistory, { withoutHistory: false });
    a.session.saveCopy(clean, { withoutHistory: true });

    const workingSize = fs.statSync(a.session.db.name).size;
    expect(fs.statSync(withHistory).size).toBeLessThan(workingSize);
    expect(fs.statSync(clean).size).toBeLessThan(fs.statSync(withHistory).size);
    for (const copy of [withHistory, clean]) {
      expect(integrity(copy)).toBe('ok');
      expect(readFile(copy)).toEqual(plan);
    }
    const count = (f: string) => {
      const db = new Database(f, { readonly: true });
      const n = db.prepare('SELECT count(*) FROM edit_history').pluck().get();
      db.close();
      return n;
    };
    expect(count(withHistory)).toBe(11);
    expect(count(clean)).toBe(0);
    expect(companions(dir)).toEqual([]);
    expect(a.session.state()).toMatchObject({ path: file, dirty: true });
    expect(() => a.session.saveCopy(file, { withoutHistory: true })).toThrow(expect.objectContaining({ code: 'same-file' }));
  });

  it('Save As continues under the new name, moves the lock and remembers the file', () => {
    const dir = tempDir();
    const file = planFile(dir);
    const a = someone('Lan', 'MAY-LAN');
    a.session.open(file);
    const plan = edit(a, { op: 'updateTask', taskId: 't-3', changes: { name: 'Phê duyệt kế hoạch' } });
    const other = path.join(dir, 'Ke-hoach-moi.tiendo');
    a.session.saveAs(other);
    expect(a.session.state()).toMatchObject({ path: other, fileName: 'Ke-hoach-moi.tiendo', dirty: false });
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    expect(fs.existsSync(lockPathFor(other))).toBe(true);
    expect(readFile(other)).toEqual(plan);
    expect(readFile(file)).toEqual(makeFixturePlan());
    expect(a.session.recent().map((r) => [r.fileName, r.exists])).toEqual([['Ke-hoach-moi.tiendo', true], ['Ke-hoach.tiendo', true]]);
  });

  it('New plan has no file until saved; Save asks where (through the API)', async () => {
    const dir = tempDir();
    const a = someone('Lan', 'MAY-LAN');
    const handlers = createApiHandlers(a.session, a.host);
    const opened = await dispatch(handlers, 'newPlan', [{ from: 'empty' }]);
    expect(opened).toMatchObject({ ok: true, value: { path: '', fileName: 'Kế hoạch mới.tiendo', plan: { tasks: [], info: { title: 'Kế hoạch mới', startDate: '2026-11-28', endDate: '2026-12-31' } } } });
    expect(await dispatch(handlers, 'getDocumentState', [])).toMatchObject({ ok: true, value: { path: null, dirty: false } });
    edit(a, { op: 'addTask', afterTaskId: null, name: 'Việc đầu tiên' });
    a.host.saveAnswers.push(path.join(dir, 'dau-tien')); // the dialog may return a name without extension
    const saved = await dispatch(handlers, 'save', []);
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved', state: { path: path.join(dir, 'dau-tien.tiendo'), dirty: false } } });
    expect(readFile(path.join(dir, 'dau-tien.tiendo')).tasks.map((t) => t.name)).toEqual(['Việc đầu tiên']);

    const fromDefault = await dispatch(handlers, 'newPlan', [{ from: 'default' }]);
    expect(fromDefault).toMatchObject({ ok: true, value: { plan: { info: { title: expect.stringContaining('1049') } } } });
    expect(await dispatch(handlers, 'listRecent', [])).toMatchObject({ ok: true, value: [{ fileName: 'dau-tien.tiendo' }] });
  });

  it('ignores a damaged recent list', () => {
    const a = someone('Lan', 'MAY-LAN');
    fs.writeFileSync(path.join(a.dataDir, 'recent.json'), '{"version":1,"files":[{"path":42}]}');
    expect(a.session.recent()).toEqual([]);
    fs.writeFileSync(path.join(a.dataDir, 'recent.json'), '<script>');
    expect(a.session.recent()).toEqual([]);
    a.session.open(planFile());
    expect(a.session.recent()).toHaveLength(1);
  });
});
