import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolder } from '../../../../db/document/dataFolder';
import { LOCK_STALE_MS, PlanLock, lockPathFor, readLock } from '../../../../db/document/lock';
import { openPlanDatabase } from '../../../../db/openPlanFile';
import { readPlan } from '../../../../db/planStore';
import { PlanSession } from '../../../../db/session';
import { createTestHost } from '../../../support/testHost';
import { edit, makeFixturePlan, NOW, planFile, someone, task, tempDir } from './helpers';

/** A pid that certainly belongs to no running process: a child that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

function writeLock(file: string, fields: Record<string, unknown>): void {
  const lock = { app: 'tien-do', user: 'Người cũ', computer: 'MAY-KIEM-THU', pid: process.pid, since: NOW.toISOString(), heartbeat: NOW.toISOString(), token: 'x', ...fields };
  fs.writeFileSync(lockPathFor(file), JSON.stringify(lock));
}

describe('stale locks', () => {
  it('clears a lock of a process no longer running on this computer', () => {
    const file = planFile();
    writeLock(file, { pid: deadPid() });
    const a = someone('Lan', 'MAY-KIEM-THU');
    a.session.open(file);
    expect(readLock(file)?.info).toMatchObject({ user: 'Lan', pid: process.pid });
  });

  it('clears a lock left by this process (a window closed without releasing) but not one it holds', () => {
    const file = planFile();
    writeLock(file, { token: 'not-held' });
    const a = someone('Lan', 'MAY-KIEM-THU');
    a.session.open(file);
    const b = someone('Lan', 'MAY-KIEM-THU');
    expect(() => b.session.open(file)).toThrow(expect.objectContaining({ code: 'locked' }));
  });

  it('respects a live lock from another computer until its heartbeat is older than 12 hours', () => {
    const file = planFile();
    writeLock(file, { computer: 'MAY-KHAC', pid: 1 });
    const a = someone('Lan', 'MAY-KIEM-THU');
    expect(() => a.session.open(file)).toThrow(expect.objectContaining({ code: 'locked', details: expect.objectContaining({ computer: 'MAY-KHAC' }) }));
    const old = new Date(NOW.getTime() - LOCK_STALE_MS - 60_000).toISOString();
    writeLock(file, { computer: 'MAY-KHAC', pid: 1, heartbeat: old });
    a.session.open(file);
    expect(readLock(file)?.info?.user).toBe('Lan');
  });

  it('treats an unreadable lock as stale only after a minute (it may be being written)', () => {
    const file = planFile();
    fs.writeFileSync(lockPathFor(file), '');
    const a = someone('Lan', 'MAY-KIEM-THU');
    // fresh garbage: someone is creating it right now
    const me = createTestHost({ computer: 'MAY-KIEM-THU', now: () => new Date() });
    expect(() => PlanLock.acquire(file, me)).toThrow(expect.objectContaining({ code: 'locked' }));
    const later = createTestHost({ computer: 'MAY-KIEM-THU', now: () => new Date(Date.now() + 120_000) });
    PlanLock.acquire(file, later).release();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
    a.session.open(file);
  });
});

describe('recovery after a crash or an unsaved close', () => {
  it('a crash while opening (folder made, entry not yet written) leaves nothing for ever: swept at the next start', () => {
    const dataDir = tempDir();
    const data = new DataFolder(dataDir);
    const plan = planFile();
    const leftBy = (pid: number) => {
      const id = data.newDocumentId(); // what open does first; the entry comes only after the copy is checked
      fs.copyFileSync(plan, data.workingPath(id));
      fs.writeFileSync(path.join(data.documentDir(id), 'opening.pid'), String(pid));
      return id;
    };
    const crashed = leftBy(deadPid());
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const stillOpening = leftBy(live.pid!);
      const unmarked = leftBy(deadPid());
      fs.rmSync(path.join(data.documentDir(unmarked), 'opening.pid')); // left by a version without the mark…
      const old = new Date(Date.now() - 2 * 3_600_000);
      fs.utimesSync(data.documentDir(unmarked), old, old); // …hours ago
      const p = someone('Lan', 'MAY-LAN', { dataDir });
      expect(p.session.listRecoverable()).toEqual([]);
      expect(fs.readdirSync(data.documentsDir).sort()).toEqual([stillOpening]);
      expect(fs.existsSync(data.documentDir(crashed))).toBe(false);
    } finally {
      live.kill('SIGKILL');
    }
  });

  it('an opened document leaves no opening mark behind', () => {
    const dataDir = tempDir();
    const p = someone('Lan', 'MAY-LAN', { dataDir });
    p.session.open(planFile());
    const [id] = fs.readdirSync(path.join(dataDir, 'documents'));
    expect(fs.readdirSync(path.join(dataDir, 'documents', id!)).sort()).toEqual(['base.tiendo', 'document.json', 'working.tiendo']);
  });

  it('offers every working copy with unsaved changes, restores it, and Save then writes it', () => {
    const dataDir = tempDir();
    const file = planFile();
    const first = someone('Lan', 'MAY-LAN', { dataDir });
    first.session.open(file);
    const edited = edit(first, { op: 'updateTask', taskId: 't-2', changes: { name: 'Chưa lưu khi mất điện' } });
    first.session.close(); // as after a crash: the working copy stays, marked unsaved

    const next = someone('Lan', 'MAY-LAN', { dataDir });
    const offered = next.session.listRecoverable();
    expect(offered).toEqual([expect.objectContaining({ originalPath: file, fileName: 'Ke-hoach.tiendo', user: 'Lan', originalChanged: false })]);
    expect(next.session.recover(offered[0]!.id).plan).toEqual(edited);
    expect(next.session.state()).toMatchObject({ path: file, dirty: true });
    expect(next.session.listRecoverable()).toEqual([]); // open now, not offered twice
    expect(next.session.save().status).toBe('saved');
    const db = openPlanDatabase(file, { readOnly: true });
    expect(task(readPlan(db), 't-2').name).toBe('Chưa lưu khi mất điện');
    db.close();
  });

  it('drops working copies without unsaved changes and lets the user discard the others', () => {
    const dataDir = tempDir();
    const a = someone('Lan', 'MAY-LAN', { dataDir });
    a.session.open(planFile());
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'x' } });
    a.session.close();
    const b = someone('Lan', 'MAY-LAN', { dataDir });
    b.session.open(planFile(tempDir(), 'sach.tiendo'));
    const clean = b.session.state();
    b.session.close();
    expect(clean.dirty).toBe(false);
    const c = someone('Lan', 'MAY-LAN', { dataDir });
    const offered = c.session.listRecoverable();
    expect(offered.map((o) => o.fileName)).toEqual(['Ke-hoach.tiendo']);
    expect(fs.readdirSync(`${dataDir}/documents`)).toHaveLength(1);
    c.session.discardRecovery(offered[0]!.id);
    expect(c.session.listRecoverable()).toEqual([]);
    expect(() => c.session.recover(offered[0]!.id)).toThrow(expect.objectContaining({ code: 'not-recoverable' }));
  });

  it('does not offer a working copy another running window holds', () => {
    const dataDir = tempDir();
    const a = someone('Lan', 'MAY-LAN', { dataDir });
    a.session.open(planFile());
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'đang sửa' } });
    const b = someone('Lan', 'MAY-LAN', { dataDir });
    expect(b.session.listRecoverable()).toEqual([]);
  });

  it('recovers a new plan that was never saved', () => {
    const dataDir = tempDir();
    const a = someone('Lan', 'MAY-LAN', { dataDir });
    a.session.newPlan('empty');
    edit(a, { op: 'addTask', afterTaskId: null, name: 'Việc chưa lưu' });
    a.session.close();
    const b = someone('Lan', 'MAY-LAN', { dataDir });
    const [offered] = b.session.listRecoverable();
    expect(offered).toMatchObject({ originalPath: null, fileName: 'Kế hoạch mới.tiendo' });
    expect(b.session.recover(offered!.id).plan.tasks.map((t) => t.name)).toEqual(['Việc chưa lưu']);
    expect(() => b.session.save()).toThrow(expect.objectContaining({ code: 'needs-path' }));
  });

  it('says when the original changed meanwhile; Save then merges', () => {
    const dataDir = tempDir();
    const file = planFile();
    const a = someone('Lan', 'MAY-LAN', { dataDir });
    a.session.open(file);
    edit(a, { op: 'updateTask', taskId: 't-1', changes: { notes: 'của Lan' } });
    a.session.close();
    const b = someone('Hùng', 'MAY-HUNG');
    b.session.open(file);
    edit(b, { op: 'updateTask', taskId: 't-3', changes: { name: 'Hùng đổi tên' } });
    b.session.save();
    b.session.close();
    const c = someone('Lan', 'MAY-LAN', { dataDir });
    const [offered] = c.session.listRecoverable();
    expect(offered?.originalChanged).toBe(true);
    c.session.recover(offered!.id);
    expect(c.session.save()).toMatchObject({ status: 'saved', merged: true });
    const db = openPlanDatabase(file, { readOnly: true });
    const plan = readPlan(db);
    db.close();
    expect([task(plan, 't-1').notes, task(plan, 't-3').name]).toEqual(['của Lan', 'Hùng đổi tên']);
    expect(plan.units).toEqual(makeFixturePlan().units);
  });
});

describe('lock heartbeat', () => {
  it('refreshes its heartbeat, and never overwrites or removes a lock someone took over', () => {
    const file = planFile();
    let now = NOW.getTime();
    const me = createTestHost({ user: 'Lan', computer: 'MAY-LAN', now: () => new Date(now) });
    const lock = PlanLock.acquire(file, me);
    now += 3_600_000;
    lock.refresh();
    expect(readLock(file)?.info).toMatchObject({ since: NOW.toISOString(), heartbeat: new Date(now).toISOString() });
    writeLock(file, { user: 'Hùng', computer: 'MAY-HUNG', token: 'hung' });
    lock.refresh();
    lock.release();
    expect(readLock(file)?.info).toMatchObject({ user: 'Hùng', token: 'hung' });
  });

  it('a session without a data folder uses a temporary one, removed on close when nothing is unsaved', () => {
    const session = new PlanSession({ identity: createTestHost() });
    session.open(planFile());
    const root = session.data.root;
    expect(fs.existsSync(root)).toBe(true);
    session.close();
    expect(fs.existsSync(root)).toBe(false);
  });
});
