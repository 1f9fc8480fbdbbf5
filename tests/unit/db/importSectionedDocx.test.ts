/**
 * The sectioned appendix of tests/unit/core/import/sectionedPlan.ts as a
 * real Word document (written with the `docx` library, read through
 * mammoth as the app does): the Decree 30/2020 heading in a two-column
 * layout table, the two-row header with merged cells, the column-number
 * row, a section merged across the table, a footnote and the signature
 * table. Then through previewImport: the outline is in the preview before
 * anything is written, and the file is untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../core/api/contract';
import { dispatch } from '../../../core/api/dispatch';
import type { ImportPreview } from '../../../core/api/features/planTable';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { readImportFile } from '../../../core/import/source';
import { tasksInOrder } from '../../../core/model';
import { createApiHandlers } from '../../../db/handlers';
import { docxToHtml } from '../../../db/importing/docx';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { BODY, COLUMN_NUMBERS, expectSectionedPlan, FOOTNOTE, HEADER_TOP, HEADING, SIGNATURE, TITLE } from '../core/import/sectionedPlan';
import { tempDir } from './fixtures';

type Cell = { text: string; span?: number; merge?: 'restart' | 'continue' };
const cell = ({ text, span, merge }: Cell) =>
  new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
    ...(span ? { columnSpan: span } : {}),
    ...(merge ? { verticalMerge: merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
  });
const row = (cells: Cell[]) => new TableRow({ children: cells.map(cell) });
const plain = (texts: string[]) => row(texts.map((text) => ({ text })));

async function sectionedDocx(): Promise<Uint8Array> {
  const down = (text: string): [Cell, Cell] => [{ text, merge: 'restart' }, { text: '', merge: 'continue' }];
  const headers = [0, 1, 2, 3].map((i) => down(HEADER_TOP[i]!));
  const product = down(HEADER_TOP[6]!);
  const planTable = new Table({
    rows: [
      row([...headers.map(([top]) => top), { text: HEADER_TOP[4]!, span: 2 }, product[0]]),
      row([...headers.map(([, under]) => under), { text: 'Bắt đầu' }, { text: 'Kết thúc' }, product[1]]),
      plain(COLUMN_NUMBERS),
      ...BODY.map((r) => (Array.isArray(r) ? plain(r) : row([{ text: r.section, span: 7 }]))),
    ],
  });
  /** A borderless layout table: one row, the lines of each column in one cell. */
  const layout = (rows: string[][]) => new Table({ rows: [row([0, 1].map((c) => ({ text: rows.map((r) => r[c]!).join('\n') })))] });
  const doc = new Document({
    sections: [
      {
        children: [
          // Decree 30/2020: organisation and number left, motto, place and date right.
          layout(HEADING),
          ...TITLE.map((t) => new Paragraph(t)),
          planTable,
          new Paragraph(FOOTNOTE),
          layout(SIGNATURE),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('a sectioned plan document from Word', () => {
  it('reads the heading table, the outline, the numbering and the dates as written', async () => {
    const table = await readImportFile('Ke-hoach.docx', await sectionedDocx(), { docxToHtml, year: 2027 });
    expectSectionedPlan(table.rows);
    expect(table.problems).toEqual([]);
    expect(table.format).toBe('document');
    expect(table.document).toEqual({
      title: 'Kế hoạch triển khai nhiệm vụ chuyển đổi số năm 2027',
      number: 'Số: 15/KH-SKHCN',
      placeAndDate: 'Hải Phòng, ngày 10 tháng 01 năm 2027',
      organisation: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
      signer: 'Nguyễn Văn An',
    });
  });

  it('previews the outline before anything is written, and flags the year against the open plan', async () => {
    const dir = tempDir();
    const planPath = createPlanFile(path.join(dir, 'Ke-hoach-2026.tiendo'), createDefaultPlan());
    const before = fs.readFileSync(planPath);
    const session = openPlanSession(planPath);
    const host = createTestHost();
    const handlers = createApiHandlers(session, host);
    const call = async <T>(method: ApiMethod, ...args: unknown[]): Promise<T> => {
      const response = await dispatch(handlers, method, args);
      if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
      return response.value as T;
    };
    try {
      const source = path.join(dir, 'Ke-hoach-2027.docx');
      fs.writeFileSync(source, await sectionedDocx());
      host.openAnswers.push(source);
      const preview = await call<ImportPreview>('previewImport', { kind: 'file' });
      expect(preview.rows.map((r) => [r.wbs, r.level, r.summary])).toEqual([
        ['I', 0, true],
        ['1', 1, false],
        ['2', 1, false],
        ['II', 0, true],
        ['1', 1, true],
        ['1.1', 2, false],
        ['1.2', 2, false],
        ['2', 1, true],
        ['a', 2, false],
        ['b)', 2, false],
        ['3', 1, false],
      ]);
      expect(preview.problems).toEqual([expect.stringMatching(/^Văn bản là kế hoạch năm 2027, còn kế hoạch đang mở là năm 2026/)]);
      expect(preview.skipped).toEqual([]); // the footnote is a paragraph and the signature a layout table: outside the plan table
      expect(preview.rows[10]?.window).toBe('Từ 01/10/2027 (không có hạn chót)');
      expect(fs.readFileSync(planPath).equals(before)).toBe(true); // nothing written by the preview

      // Appended in one step: the sections are the parents of their rows in the plan (the session's working copy).
      await call('applyImport', { mode: 'append', previewId: preview.previewId });
      const tasks = tasksInOrder(session.getPlan().plan).slice(-11);
      const wbsOf = new Map(tasks.map((t) => [t.id, t.wbs]));
      expect(tasks.map((t) => [t.wbs, t.parentId === null ? null : wbsOf.get(t.parentId)])).toEqual([
        ['I', null], ['1', 'I'], ['2', 'I'], ['II', null], ['1', 'II'], ['1.1', '1'], ['1.2', '1'], ['2', 'II'], ['a', '2'], ['b)', '2'], ['3', 'II'],
      ]);
      expect(tasks.every((t) => t.notes === '')).toBe(true);
    } finally {
      session.close();
    }
  });
});
