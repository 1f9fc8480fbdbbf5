/**
 * A crafted plan file whose task and unit texts hold bytes that are not
 * UTF-8: opening says which tasks (STT and name), which fields and how the
 * text now reads, before the user can save over it; the file is not touched.
 */
import { describe, expect, it } from 'vitest';
import { Database } from '../../../../db/sqlite';
import { planFile, snapshot, someone, tempDir } from './helpers';

function craft(file: string, sql: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
  return file;
}

describe('invalid UTF-8 in a plan file', () => {
  it('is named in the open notice: task STT and name, field, the text as it now reads', () => {
    const dir = tempDir();
    const file = craft(
      planFile(dir),
      `UPDATE tasks SET name = CAST(X'41FFFEFDFCFB42' AS TEXT) WHERE id = 't-2';
       UPDATE tasks SET notes = CAST(X'47686920C3A1C3' AS TEXT) WHERE id = 't-3';
       UPDATE units SET name = CAST(X'53E1BB9F20C0AF' AS TEXT) WHERE id = 'u-stc';`,
    );
    const before = snapshot(dir);
    const p = someone('Lan', 'MAY-LAN');
    const opened = p.session.open(file);
    expect(opened.plan.tasks.find((t) => t.id === 't-2')!.name).toBe('A\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDB');
    const notice = p.session.state().notice!;
    expect(notice).toMatch(/^Một số chữ trong tệp không đúng mã UTF-8/u);
    expect(notice).toContain('Công việc STT 2 (“A�����B”) — Tên: “A�����B” (5 ký tự “�” thay cho byte lỗi)');
    expect(notice).toMatch(/Công việc STT 3 \(“[^”]+”\) — Ghi chú: “Ghi á�” \(1 ký tự “�”/u);
    expect(notice).toMatch(/Đơn vị thứ \d+ \(“Sở ��”\) — Tên: “Sở ��” \(2 ký tự “�”/u);
    expect(notice).not.toMatch(/STT 1 /u); // sound tasks are not listed
    expect(notice).toMatch(/trước khi lưu/u);
    expect(snapshot(dir).get('Ke-hoach.tiendo')).toEqual(before.get('Ke-hoach.tiendo'));
  });

  it('says nothing for a sound file, Vietnamese diacritics and all', () => {
    const p = someone('Lan', 'MAY-LAN');
    p.session.open(planFile());
    expect(p.session.state().notice).toBeNull();
  });
});
