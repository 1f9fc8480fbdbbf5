/**
 * The document lifecycle the shell owns (New, Open, Open Recent, second
 * launch, close) over the real session and API handlers through dispatch,
 * with message boxes answered by the test. Assertions are on the files:
 * what Save wrote, what "Không lưu" discarded, what stayed untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import type { UiLanguage } from '../../../core/api/features/shell';
import { createApiHandlers } from '../../../db/handlers';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { readPlan } from '../../../db/planStore';
import { createDocumentActions } from '../../../electron/documentActions';
import { edit, person, planFile, tempDir, type Person } from '../db/document/helpers';

const people: Person[] = [];
afterEach(() => {
  for (const p of people.splice(0)) p.session.close();
});

function unitsOnDisk(file: string): string[] {
  const db = openPlanDatabase(file, { readOnly: true });
  try {
    return readPlan(db).units.map((u) => u.name);
  } finally {
    db.close();
  }
}

/** A person with a plan open, the shell's actions over their session, and the boxes they were shown. */
function shellFor(file: string | null, options: { answers?: number[]; fallback?: string; language?: UiLanguage; user?: string; flushPage?: () => Promise<boolean> } = {}) {
  const p = person(options.user ?? 'Nguyễn Thị Mai', 'MAY-MAI');
  people.push(p);
  if (file) p.session.open(file);
  const handlers = createApiHandlers(p.session, p.host);
  const asked: MessageBoxOptions[] = [];
  const answers = [...(options.answers ?? [])];
  let reloads = 0;
  const actions = createDocumentActions({
    call: (method, args) => dispatch(handlers, method, args),
    flushPage: options.flushPage ?? (async () => true),
    ask: async (box) => {
      asked.push(box);
      return answers.shift() ?? 0;
    },
    chooseOpenPath: () => p.host.chooseOpenPath({ title: { vi: 'Mở', en: 'Open' }, filters: [] }),
    reloadPage: () => void reloads++,
    isOpen: () => p.session.isOpen,
    fallbackPath: () => options.fallback ?? file ?? '',
    language: () => options.language ?? 'vi',
  });
  return { p, actions, asked, reloads: () => reloads };
}

const SAVE = 0;
const DISCARD = 1;
const CANCEL = 2;

describe('closing with unsaved changes', () => {
  it('a plan without changes closes without a question', async () => {
    const { actions, asked } = shellFor(planFile());
    expect(await actions.confirmClose()).toBe(true);
    expect(asked).toEqual([]);
  });

  it('the page saves what is being typed before the question: that edit counts as unsaved', async () => {
    const file = planFile();
    let p: Person | undefined;
    const shell = shellFor(file, {
      answers: [CANCEL],
      flushPage: async () => {
        edit(p!, { op: 'addUnit', name: 'Phòng đang gõ' }); // what the page's pending field saves
        return true;
      },
    });
    p = shell.p;
    expect(await shell.actions.confirmClose()).toBe(false);
    expect(shell.asked).toHaveLength(1);
    expect(p.session.state().dirty).toBe(true);
  });

  it('a value the page refused keeps the plan open without a question', async () => {
    const file = planFile();
    const before = fs.readFileSync(file);
    const { actions, asked } = shellFor(file, { answers: [DISCARD], flushPage: async () => false });
    expect(await actions.confirmClose()).toBe(false);
    expect(asked).toEqual([]);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('asks Lưu / Không lưu / Huỷ with the file name; Huỷ keeps everything as it is', async () => {
    const file = planFile();
    const before = fs.readFileSync(file);
    const { p, actions, asked } = shellFor(file, { answers: [CANCEL] });
    edit(p, { op: 'addUnit', name: 'Phòng Quản lý khoa học' });
    expect(await actions.confirmClose()).toBe(false);
    expect(asked).toEqual([
      expect.objectContaining({ type: 'warning', message: 'Lưu các thay đổi của “Ke-hoach.tiendo” trước khi đóng?', buttons: ['Lưu', 'Không lưu', 'Huỷ'], defaultId: 0, cancelId: 2 }),
    ]);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(p.session.state().dirty).toBe(true);
  });

  it('Lưu writes the changes to the file, then lets it close', async () => {
    const file = planFile();
    const { p, actions } = shellFor(file, { answers: [SAVE] });
    edit(p, { op: 'addUnit', name: 'Phòng Quản lý khoa học' });
    expect(await actions.confirmClose()).toBe(true);
    expect(unitsOnDisk(file)).toContain('Phòng Quản lý khoa học');
    expect(p.session.state().dirty).toBe(false);
  });

  it('Không lưu leaves the file untouched and keeps nothing for recovery', async () => {
    const file = planFile();
    const before = fs.readFileSync(file);
    const { p, actions } = shellFor(file, { answers: [DISCARD] });
    edit(p, { op: 'addUnit', name: 'Phòng Quản lý khoa học' });
    expect(await actions.confirmClose()).toBe(true);
    expect(fs.readFileSync(file)).toEqual(before);
    expect(p.session.isOpen).toBe(false);
    expect(p.session.listRecoverable()).toEqual([]);
  });

  it('a new plan whose Save As dialog is cancelled stays open, without a second message', async () => {
    const { p, actions, asked } = shellFor(planFile(), { answers: [SAVE] });
    await dispatch(createApiHandlers(p.session, p.host), 'newPlan', [{ from: 'empty' }]);
    edit(p, { op: 'addUnit', name: 'Phòng mới' });
    p.host.saveAnswers.push(null);
    expect(await actions.confirmClose()).toBe(false);
    expect(asked).toHaveLength(1);
    expect(p.session.state()).toMatchObject({ path: null, dirty: true });
  });

  it('a Save that meets conflicting changes does not close, says why, and shows the merged plan', async () => {
    const file = planFile();
    const lan = person('Trần Thị Lan', 'MAY-LAN');
    people.push(lan);
    lan.session.open(file);
    const { p, actions, asked, reloads } = shellFor(null, { answers: [SAVE, 0], user: 'Phạm Văn Hùng' });
    p.session.open(file, { mode: 'anyway' });
    edit(lan, { op: 'updateTask', taskId: 't-1', changes: { name: 'Khảo sát (Lan)' } });
    lan.session.save();
    edit(p, { op: 'updateTask', taskId: 't-1', changes: { name: 'Khảo sát (Hùng)' } });
    expect(await actions.confirmClose()).toBe(false);
    expect(asked[1]).toMatchObject({ title: 'Chưa lưu được', detail: expect.stringMatching(/chọn giá trị giữ lại/) });
    expect(reloads()).toBe(1);
    expect(p.session.state().pendingMerge).toBe(true);
  });

  it('asks in English when the UI is English', async () => {
    const { p, actions, asked } = shellFor(planFile(), { answers: [CANCEL], language: 'en' });
    edit(p, { op: 'addUnit', name: 'Unit' });
    await actions.confirmClose();
    expect(asked[0]).toMatchObject({ message: 'Save the changes to “Ke-hoach.tiendo” before closing?', buttons: ['Save', 'Don’t Save', 'Cancel'] });
  });
});

describe('opening another plan in the window', () => {
  it('asks first, saves, opens the other file and reloads the page once', async () => {
    const dir = tempDir();
    const first = planFile(dir, 'Mot.tiendo');
    const second = planFile(dir, 'Hai.tiendo');
    const { p, actions, reloads } = shellFor(first, { answers: [SAVE] });
    edit(p, { op: 'addUnit', name: 'Phòng A' });
    await actions.openFile(second);
    expect(unitsOnDisk(first)).toContain('Phòng A');
    expect(p.session.state()).toMatchObject({ path: second, dirty: false });
    expect(reloads()).toBe(1);
  });

  it('the file already open: nothing to do', async () => {
    const file = planFile();
    const { p, actions, asked, reloads } = shellFor(file);
    edit(p, { op: 'addUnit', name: 'Phòng A' });
    await actions.openFile(path.join(path.dirname(file), '.', path.basename(file)));
    expect([asked.length, reloads()]).toEqual([0, 0]);
  });

  it('a file that is not a plan: says so, the open plan stays', async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const bad = path.join(dir, 'hong.tiendo');
    fs.writeFileSync(bad, 'không phải SQLite');
    const { p, actions, asked, reloads } = shellFor(file);
    await actions.openFile(bad);
    expect(asked).toEqual([expect.objectContaining({ type: 'error', message: 'Không mở được tệp: hong.tiendo' })]);
    expect(p.session.state().path).toBe(file);
    expect(reloads()).toBe(0);
  });

  it('after "Không lưu", a file that fails to open falls back to a plan, so the window is never empty', async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const bad = path.join(dir, 'hong.tiendo');
    fs.writeFileSync(bad, 'x');
    const { p, actions, reloads } = shellFor(file, { answers: [DISCARD, 0] });
    edit(p, { op: 'addUnit', name: 'Phòng A' });
    await actions.openFile(bad);
    expect(p.session.state()).toMatchObject({ path: file, dirty: false });
    expect(unitsOnDisk(file)).not.toContain('Phòng A');
    expect(reloads()).toBe(1);
  });

  it('a file someone else has open: read-only, a copy, or anyway', async () => {
    const file = planFile();
    const lan = person('Trần Thị Lan', 'MAY-LAN');
    people.push(lan);
    lan.session.open(file);
    const { p, actions, asked } = shellFor(planFile(tempDir(), 'Dang-mo.tiendo'), { answers: [0], user: 'Phạm Văn Hùng' });
    await actions.openFile(file);
    expect(asked[0]).toMatchObject({ message: expect.stringMatching(/^Ke-hoach\.tiendo: Đang được mở bởi Trần Thị Lan trên máy MAY-LAN/), buttons: ['Mở chỉ đọc', 'Mở một bản sao', 'Vẫn mở để sửa', 'Huỷ'] });
    expect(p.session.state()).toMatchObject({ path: file, readOnly: true, readOnlyReason: 'requested' });
  });

  it('Open… starts with the dialog; cancelling it changes nothing', async () => {
    const dir = tempDir();
    const { p, actions, reloads } = shellFor(planFile(dir));
    p.host.openAnswers.push(null);
    await actions.open();
    expect(p.host.asked).toEqual([{ kind: 'open', title: 'Mở' }]);
    const other = planFile(dir, 'Khac.tiendo');
    p.host.openAnswers.push(other);
    await actions.open();
    expect(p.session.state().path).toBe(other);
    expect(reloads()).toBe(1);
  });
});

describe('New', () => {
  it('a new empty plan after the question, and the page reloads', async () => {
    const file = planFile();
    const { p, actions, reloads } = shellFor(file, { answers: [SAVE] });
    edit(p, { op: 'addUnit', name: 'Phòng A' });
    await actions.newPlan('empty');
    expect(unitsOnDisk(file)).toContain('Phòng A');
    expect(p.session.state()).toMatchObject({ path: null, dirty: false });
    expect(p.session.getPlan().plan.tasks).toEqual([]);
    expect(reloads()).toBe(1);
  });

  it('Huỷ: no new plan', async () => {
    const file = planFile();
    const { p, actions, reloads } = shellFor(file, { answers: [CANCEL] });
    edit(p, { op: 'addUnit', name: 'Phòng A' });
    await actions.newPlan('default');
    expect(p.session.state().path).toBe(file);
    expect(reloads()).toBe(0);
  });
});
