/** Property: any table of text survives our CSV writer and reader unchanged (formula guard included). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../core/formats';
import { parseCsv } from '../../../../core/import/csv';

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'ệ', ',', ';', '"', '\n', '\r', '\t', "'", '=', '+', '-', '@', ' ', 'Đ') }),
  fc.string(),
);

describe('CSV round trip', () => {
  it('parseCsv(toCsv(rows)) === rows for any text cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        (rows) => {
          // A record whose only cell is empty is a blank line: the reader cannot tell it from nothing.
          fc.pre(rows.every((r) => r.length > 1 || r[0] !== ''));
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});
