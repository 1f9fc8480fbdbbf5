/**
 * Hostile and odd tables: nothing crashes, nothing is dropped, every oddity
 * is flagged, and the plan built from them is valid.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { parseCsv } from '../../../../core/import/csv';
import { readImportFile, readImportText } from '../../../../core/import/source';
import { appendImportedRows, planFromImport } from '../../../../core/import/toPlan';
import { MAX_NAME_LENGTH, tasksInOrder } from '../../../../core/model';
import { parsePlan } from '../../../../db/planValidation';

const LONG_NAME = 'Nghiên cứu '.repeat(1000).slice(0, 10_000);
const HTML_NAME = '<img src=x onerror="alert(1)"> Tổ chức hội thảo';
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

async function oddWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng');
  ws.getCell('A1').value = 'PHỤ LỤC NHIỆM VỤ';
  ws.mergeCells('A1:G1');
  // Columns in another order, header cells wrapped over two lines, and a "Ghi chú" column.
  ws.addRow([]);
  ws.addRow(['TT', 'Nhiệm vụ', 'Thời gian\nthực hiện', 'Đơn vị\nchủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Ghi chú']);
  ws.addRow(['I. CHUẨN BỊ']); // a group heading merged across the table
  ws.mergeCells('A4:G4');
  ws.addRow([1, 'Khảo sát', 'Tháng 4/2026', 'Phòng Quản lý Khoa học', 'Văn phòng Sở\nSở Tài chính', 'Báo cáo', '']);
  ws.addRow([2, 'Tổng hợp', 'Quý III/2026', null, 'Văn phòng Sở', 'Tổng hợp', 'gộp ô chủ trì']);
  ws.mergeCells('D5:D6'); // one lead unit for two tasks
  ws.addRow([3, LONG_NAME, 'Khi có kinh phí', 'Văn phòng Sở', '', '', '']);
  ws.addRow([3, HTML_NAME, new Date(Date.UTC(2026, 9, 15)), 'Sở Tài chính', '', { richText: [{ text: 'Kỷ ' }, { font: { bold: true }, text: 'yếu' }] }, '']);
  ws.addRow([5]); // only an STT: every other cell empty
  ws.addRow([6, { formula: '"Lập "&"dự toán"', result: 'Lập dự toán' }, 'Trước ngày 15/10/2026', 'văn phòng sở', 'Bộ\u0001 Tài chính', '', '']);
  ws.addRow([7, 'Theo dõi', 'Thường xuyên', 'Phòng Quản lý Khoa học', '', '', '', 'ô thừa']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('odd and hostile rows', () => {
  it('reads an odd workbook without dropping or crashing, and flags what it could not read', async () => {
    const table = await readImportFile('odd.xlsx', await oddWorkbook());
    expect(table.problems).toEqual([]);
    const rows = table.rows;
    expect(rows.map((r) => r.stt)).toEqual(['I', '1', '2', '3', '3', '5', '6', '7']);
    // The heading merged across the table is a section: its numbering split off, the rows under it, nothing to flag.
    expect(rows[0]).toMatchObject({ name: 'CHUẨN BỊ', wbs: 'I', lead: '', summary: true, level: 0, problems: [] });
    expect(rows.slice(1).map((r) => r.parent)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(rows[1]).toMatchObject({ lead: 'Phòng Quản lý Khoa học', coordinators: ['Văn phòng Sở', 'Sở Tài chính'], problems: [] });
    expect(rows[1]?.window).toEqual({ kind: 'range', start: '2026-04-01', end: '2026-04-30' });
    expect(rows[2]).toMatchObject({ lead: 'Phòng Quản lý Khoa học', notes: 'gộp ô chủ trì', windowText: 'Quý III/2026' }); // merged down
    expect(rows[3]?.name).toBe(LONG_NAME);
    expect(rows[3]?.problems).toEqual(
      expect.arrayContaining([`Nội dung công việc dài quá ${MAX_NAME_LENGTH} ký tự`, 'Không đọc được thời gian thực hiện']),
    );
    expect(rows[4]).toMatchObject({ name: HTML_NAME, windowText: '15/10/2026', deliverable: 'Kỷ yếu' });
    expect(rows[4]?.window).toEqual({ kind: 'range', start: '2026-10-15', end: '2026-10-15' });
    expect(rows[4]?.problems).toEqual(['Có mã HTML trong nội dung (được giữ nguyên như chữ)', 'Trùng số thứ tự 3 với một dòng trước']);
    expect(rows[5]?.problems).toEqual(['Thiếu nội dung công việc', 'Thiếu đơn vị chủ trì', 'Thiếu thời gian thực hiện']);
    expect(rows[6]).toMatchObject({ name: 'Lập dự toán', lead: 'văn phòng sở' });
    expect(rows[6]?.window).toEqual({ kind: 'deadline', start: null, end: '2026-10-15' });
    expect(rows[7]?.problems).toEqual(['Có ô ngoài các cột của bảng: «ô thừa»']);
  });

  it('builds a valid plan from them: original text kept, long names split into the notes, warnings not written into them', async () => {
    const table = await readImportFile('odd.xlsx', await oddWorkbook());
    const { plan, flaggedTasks } = planFromImport(table, 'odd.xlsx', ids(), new Date(2026, 0, 1));
    const parsed = parsePlan(plan);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const tasks = tasksInOrder(plan);
    expect(tasks).toHaveLength(8);
    expect(flaggedTasks).toBe(4);
    const long = tasks[3]!;
    expect(long.name).toHaveLength(MAX_NAME_LENGTH);
    expect(long.name + long.notes.slice(long.notes.indexOf(': ', long.notes.indexOf('Phần còn lại')) + 2)).toBe(LONG_NAME);
    expect(long).toMatchObject({ windowText: 'Khi có kinh phí', windowStart: null, windowEnd: null, kind: 'task', duration: 5 });
    expect(long.notes).not.toContain('Nội dung công việc dài quá');
    expect(tasks.every((t) => !t.notes.includes('Không đọc được') && !t.notes.includes('Trùng số thứ tự'))).toBe(true);
    expect(tasks[4]?.name).toBe(HTML_NAME);
    expect(tasks[7]).toMatchObject({ kind: 'effort', windowText: 'Thường xuyên' });
    // "văn phòng sở" is the same unit as "Văn phòng Sở".
    const names = plan.units.map((u) => u.name);
    expect(names.filter((n) => n.toLowerCase() === 'văn phòng sở')).toEqual(['Văn phòng Sở']);
    expect(plan.info).toMatchObject({ startDate: '2026-04-01', endDate: '2026-10-15' });
  });

  it('reads a table pasted from Excel: tabs, quoted multi-line cells, doubled quotes', () => {
    const pasted = [
      'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
      '1\t"Họp ""khởi động""\nthống nhất phương pháp"\tPhòng Quản lý Khoa học\t"Văn phòng Sở\nSở Tài chính"\tTháng 5/2026\tBiên bản',
      '2\tBáo cáo\tVăn phòng Sở\t\tTháng 13/2026\t',
      '',
    ].join('\r\n');
    const table = readImportText(pasted);
    expect(table.format).toBe('text');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toMatchObject({
      name: 'Họp "khởi động"\nthống nhất phương pháp',
      coordinators: ['Văn phòng Sở', 'Sở Tài chính'],
      problems: [],
    });
    expect(table.rows[1]?.problems).toEqual(['Không đọc được thời gian thực hiện']);
  });

  it('reads a pasted table without a header in the default column order, with the open plan year', () => {
    const table = readImportText('1\tKhảo sát\tVăn phòng Sở\t\tTháng 4\tBáo cáo', { year: 2027 });
    expect(table.problems[0]).toMatch(/^Không thấy dòng tiêu đề/);
    expect(table.rows[0]?.window).toEqual({ kind: 'range', start: '2027-04-01', end: '2027-04-30' });
  });

  it('reads semicolon CSV (Excel with Vietnamese regional settings) and keeps a broken quote as text', async () => {
    const csv = '\uFEFFSTT;Nội dung công việc;Đơn vị chủ trì;Thời gian thực hiện\r\n1;"Khảo sát; đánh giá";Văn phòng Sở;Tháng 4/2026\r\n2;"Chưa đóng ngoặc;Sở;Tháng 5/2026\r\n';
    expect(parseCsv(csv)[1]).toEqual(['1', 'Khảo sát; đánh giá', 'Văn phòng Sở', 'Tháng 4/2026']);
    const table = await readImportFile('bang.csv', new TextEncoder().encode(csv));
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]?.name).toBe('Chưa đóng ngoặc;Sở;Tháng 5/2026'); // trimmed like every cell
  });

  it('reads UTF-16 text (Notepad "Unicode") and flags text that is not UTF-8', async () => {
    const text = 'STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\r\n1\tKhảo sát\tVăn phòng Sở\tTháng 4/2026\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect((await readImportFile('bang.txt', utf16)).rows[0]?.name).toBe('Khảo sát');
    const latin = new Uint8Array([...new TextEncoder().encode(text), 0xe0, 0xff]);
    const flagged = await readImportFile('bang.txt', latin);
    expect(flagged.problems[0]).toMatch(/không được lưu bằng mã UTF-8/);
    expect(flagged.rows[0]?.name).toBe('Khảo sát');
  });

  it('refuses what is not a table file with a Vietnamese message', async () => {
    await expect(readImportFile('bang.xlsx', new TextEncoder().encode('không phải zip'))).rejects.toMatchObject({ code: 'unreadable-file' });
    await expect(readImportFile('bang.xls', new Uint8Array([0xd0, 0xcf]))).rejects.toMatchObject({ code: 'unsupported-format' });
  });
});

describe('appending to a plan', () => {
  it('adds the tasks after the existing ones and matches units ignoring case and diacritics', () => {
    const plan = createDefaultPlan();
    const table = readImportText(
      'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n' +
        '1\tBáo cáo sơ kết\tphong quan ly khoa hoc\tVAN PHONG SO; so xay dung; Cảng vụ Hàng hải Hải Phòng\tTháng 12/2026\tBáo cáo\n' +
        '2\tTổng kết\tcảng vụ  hàng hải Hải Phòng\t\tTheo tiến độ thực hiện\t\n',
    );
    const before = plan.units.length;
    const { plan: after, addedTasks, addedUnits } = appendImportedRows(plan, table.rows, ids());
    expect(parsePlan(after).ok).toBe(true);
    expect(addedTasks).toBe(2);
    expect(addedUnits).toEqual(['Cảng vụ Hàng hải Hải Phòng']);
    expect(after.units).toHaveLength(before + 1);
    const tasks = tasksInOrder(after);
    expect(tasks.slice(0, 17).map((t) => t.id)).toEqual(tasksInOrder(plan).map((t) => t.id));
    const unitName = new Map(after.units.map((u) => [u.id, u.name]));
    expect(tasks[17]).toMatchObject({ position: 18, name: 'Báo cáo sơ kết', windowStart: '2026-12-01', windowEnd: '2026-12-31', duration: 23 });
    expect(unitName.get(tasks[17]!.leadUnitId!)).toBe('Phòng Quản lý Khoa học');
    expect(tasks[17]!.coordinatingUnitIds.map((id) => unitName.get(id))).toEqual(['Văn phòng Sở', 'Sở Xây dựng', 'Cảng vụ Hàng hải Hải Phòng']);
    expect(unitName.get(tasks[18]!.leadUnitId!)).toBe('Cảng vụ Hàng hải Hải Phòng');
    expect(tasks[18]).toMatchObject({ position: 19, kind: 'effort' });
  });
});
