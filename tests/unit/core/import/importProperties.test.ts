/** Property: whatever text is pasted, the import neither throws nor builds a plan the file would refuse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { readCsvTable, readImportText } from '../../../../core/import/source';
import { appendImportedRows, planFromImport } from '../../../../core/import/toPlan';
import { parsePlan } from '../../../../db/planValidation';

const piece = fc.constantFrom(
  'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n',
  '\t', '\n', '\r\n', '"', ';', ',', '1.', 'Tháng 4-5/2026', 'Quý III', 'Trước ngày 31/02/2026', 'Theo tiến độ thực hiện',
  'Văn phòng Sở', 'van phong so', '<b>x</b>', 'KẾ HOẠCH\n', 'Hải Phòng, ngày 1 tháng 4 năm 2026\n', '=1+1', '\u0000', 'x'.repeat(2500),
);
const text = fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }).map((parts) => parts.join(''));
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('import of arbitrary text', () => {
  it('never throws and always gives a valid plan, new or appended', () => {
    const base = createDefaultPlan(ids());
    fc.assert(
      fc.property(text, fc.boolean(), (source, asCsv) => {
        const table = asCsv ? readCsvTable(source) : readImportText(source);
        const fresh = planFromImport(table, 'dán.txt', ids(), new Date(2026, 5, 1)).plan;
        const freshCheck = parsePlan(fresh);
        expect(freshCheck.ok ? [] : freshCheck.problems).toEqual([]);
        expect(fresh.tasks).toHaveLength(table.rows.length);
        let n = 0;
        const appended = appendImportedRows(base, table.rows, () => `new-${++n}`).plan;
        const appendedCheck = parsePlan(appended);
        expect(appendedCheck.ok ? [] : appendedCheck.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
