/**
 * .docx import: a real Word file written with the `docx` library (the
 * appendix export, and a hand-made plan document with merged cells), read
 * back through mammoth → HTML → cell matrix → the plan table reader, and
 * through the previewImport API.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { ImportPreview } from '../../../core/api/features/planTable';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { planTableDocx } from '../../../core/formats/planTableDocx';
import { decodeEntities, readDocxHtml } from '../../../core/import/docxHtml';
import { readImportFile } from '../../../core/import/source';
import { tasksInOrder, type Plan } from '../../../core/model';
import { createApiHandlers } from '../../../db/handlers';
import { docxToHtml } from '../../../db/importing/docx';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { tempDir } from './fixtures';

const HEADER = ['STT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm'];

/** What the appendix says of each task, with unit names. */
function planRows(plan: Plan) {
  const unit = new Map(plan.units.map((u) => [u.id, u.name]));
  return tasksInOrder(plan).map((t) => ({
    name: t.name,
    lead: t.leadUnitId === null ? '' : unit.get(t.leadUnitId),
    coordinators: t.coordinatingUnitIds.map((id) => unit.get(id)),
    windowText: t.windowText,
    deliverable: t.deliverable,
  }));
}

const importedRows = (rows: readonly { name: string; lead: string; coordinators: string[]; windowText: string; deliverable: string }[]) =>
  rows.map(({ name, lead, coordinators, windowText, deliverable }) => ({ name, lead, coordinators, windowText, deliverable }));

type CellSpec = string | { lines: string[]; columnSpan?: number; merge?: 'restart' | 'continue' };
const cell = (spec: CellSpec) => {
  const s = typeof spec === 'string' ? { lines: [spec] } : spec;
  return new TableCell({
    children: s.lines.map((text) => new Paragraph({ children: [new TextRun({ text })] })),
    ...(s.columnSpan ? { columnSpan: s.columnSpan } : {}),
    ...(s.merge ? { verticalMerge: s.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
};
const table = (rows: CellSpec[][], header = true) =>
  new Table({ rows: rows.map((cells, i) => new TableRow({ tableHeader: header && i === 0, children: cells.map(cell) })) });

/** A plan document: heading block, the table split by a page break (its header repeated), a signature layout table. */
async function handMadeDocument(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('UBND THÀNH PHỐ HẢI PHÒNG'),
          new Paragraph('SỞ KHOA HỌC VÀ CÔNG NGHỆ'),
          new Paragraph('Số: 12/KH-SKHCN'),
          new Paragraph('Hải Phòng, ngày 02 tháng 4 năm 2027'),
          new Paragraph('KẾ HOẠCH'),
          new Paragraph('Tổ chức hội nghị tổng kết'),
          table([
            HEADER,
            [{ lines: ['I. CHUẨN BỊ'], columnSpan: 6 }],
            ['1', { lines: ['Soạn <b>x</b> & kiểm tra &amp; lưu', 'Gửi các phòng'] }, { lines: ['Văn phòng Sở'], merge: 'restart' }, { lines: ['Phòng A', 'Phòng B'] }, 'Tháng 5', 'Dự thảo'],
            ['2', 'Họp góp ý', { lines: [], merge: 'continue' }, '', 'Tháng 6', 'Biên bản'],
          ]),
          new Paragraph({ children: [new PageBreak()] }),
          table([HEADER, ['3', 'Tổng kết', 'Phòng A', '', 'Tháng 12/2027', 'Báo cáo']]),
          table(
            [
              ['Nơi nhận:', 'KT. GIÁM ĐỐC'],
              ['- Như trên;', 'Nguyễn Văn A'],
            ],
            false,
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('.docx import', () => {
  it('reads back the appendix the app exports: the 17 tasks of the default plan, no problems', async () => {
    const plan = createDefaultPlan();
    const bytes = await planTableDocx(plan, { columns: ['start', 'finish', 'percentComplete', 'critical', 'late'] });
    const table = await readImportFile('Phu-luc-nhiem-vu.docx', bytes, { docxToHtml });
    expect(table.problems).toEqual([]);
    expect(table.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(table.rows).toHaveLength(17);
    expect(importedRows(table.rows)).toEqual(planRows(plan));
    expect(table).toMatchObject({ format: 'text', document: null });
  });

  it('resolves merged cells, keeps HTML-looking text literal, joins the split table and reads the heading', async () => {
    const table = await readImportFile('ke-hoach.docx', await handMadeDocument(), { docxToHtml });
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('document');
    expect(table.document).toMatchObject({ number: 'Số: 12/KH-SKHCN', placeAndDate: 'Hải Phòng, ngày 02 tháng 4 năm 2027' });
    expect(table.document?.title).toBe('Kế hoạch tổ chức hội nghị tổng kết');
    expect(table.rows.map((r) => [r.wbs, r.summary, r.parent])).toEqual([['I', true, null], ['1', false, 0], ['2', false, 0], ['3', false, 0]]);
    expect(table.rows.map((r) => r.name)).toEqual(['CHUẨN BỊ', expect.stringContaining('Soạn <b>x</b> & kiểm tra &amp; lưu'), 'Họp góp ý', 'Tổng kết']);
    expect(table.rows[1]?.name).toMatch(/lưu\s+Gửi các phòng$/);
    // Merged down: the lead unit of both rows; the signature table is not read as tasks.
    expect(table.rows.map((r) => r.lead)).toEqual(['', 'Văn phòng Sở', 'Văn phòng Sở', 'Phòng A']);
    expect(table.rows[1]?.coordinators).toEqual(['Phòng A', 'Phòng B']);
    expect(table.rows[1]?.window).toMatchObject({ start: '2027-05-01', end: '2027-05-31' }); // the document's year
  });

  it('reads mammoth-style HTML: spans, entities decoded once, nested tables as cell text', () => {
    const html =
      '<p>Trước</p><table><tr><td rowspan="2" colspan="2"><p>A &amp;amp; B</p><p>&lt;i&gt;</p></td><td><p>c&#x1EBF;</p></td></tr>' +
      '<tr><td><table><tr><td><p>lồng</p></td></tr></table></td></tr><tr><td><p>x<br />y</p></td><td></td><td><p>z</p></td></tr></table><p>Sau</p>';
    const content = readDocxHtml(html);
    expect(content.paragraphs).toEqual(['Trước', 'Sau']);
    expect(content.paragraphsBefore).toEqual([1]);
    expect(content.tables).toEqual([
      [
        ['A &amp; B\n<i>', '', 'cế'],
        ['A &amp; B\n<i>', '', 'lồng'],
        ['x\ny', '', 'z'],
      ],
    ]);
    expect(decodeEntities('&amp;lt; &#0; &bogus; &#38;')).toBe('&lt; &#0; &bogus; &');
  });

  it('refuses .doc, .xls, a .docx without the main-process reader, and a broken .docx', async () => {
    await expect(readImportFile('a.doc', new Uint8Array([0xd0, 0xcf]), { docxToHtml })).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(readImportFile('a.xls', new Uint8Array([0xd0, 0xcf]), { docxToHtml })).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(readImportFile('a.docx', await handMadeDocument())).rejects.toMatchObject({ code: 'unsupported-format' });
    await expect(readImportFile('a.docx', new TextEncoder().encode('không phải zip'), { docxToHtml })).rejects.toMatchObject({ code: 'unreadable-file' });
  });

  it('previewImport of a .docx file gives the rows', async () => {
    const dir = tempDir();
    const plan = createDefaultPlan();
    const session = openPlanSession(createPlanFile(path.join(dir, 'Ke-hoach.tiendo'), plan));
    const host = createTestHost({ now: () => new Date('2026-05-04T08:00:00Z') });
    const handlers = createApiHandlers(session, host);
    const call = async <T>(method: ApiMethod, ...args: unknown[]): Promise<T> => {
      const response = await dispatch(handlers, method, args);
      if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
      return response.value as T;
    };
    try {
      const source = path.join(dir, 'Phu-luc.docx');
      fs.writeFileSync(source, await planTableDocx(plan));
      host.openAnswers.push(source);
      const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
      expect(preview).toMatchObject({ sourceName: 'Phu-luc.docx', format: 'text', title: '', problems: [], newUnits: [] });
      expect(importedRows(preview.rows)).toEqual(planRows(plan));
      expect(preview.rows.every((r) => r.problems.length === 0)).toBe(true);
      expect(host.asked.at(-1)).toMatchObject({ kind: 'open' });
    } finally {
      session.close();
    }
  });
});
