/** Text measuring for the layout: the tables are the bundled font's, and wrapping respects widths. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from '../../../../core/export/fontMetrics';
import { metricsTable } from './woffMetrics';

describe('font metrics', () => {
  it('match the advance widths of the installed @fontsource/noto-sans files', () => {
    const source = readFileSync(new URL('../../../../core/export/fontMetrics.ts', import.meta.url), 'utf8');
    // The table is the concatenation of the string literals after `const NAME =`, up to the `;`.
    const table = (name: string) => {
      const start = source.indexOf(`const ${name} =`);
      const end = source.indexOf(';', start);
      return [...source.slice(start, end).matchAll(/'([^']*)'/g)].map((m) => m[1]).join('');
    };
    expect(table('REGULAR')).toBe(metricsTable(400));
    expect(table('SEMIBOLD')).toBe(metricsTable(600));
  });

  it('measures Vietnamese letters, combining marks and unknown characters', () => {
    expect(textWidth('a', 1000)).toBe(561);
    expect(textWidth('ơ', 1000)).toBe(616); // the horn makes ơ wider than o
    expect(textWidth('ệ', 1000)).toBe(textWidth('e', 1000));
    expect(textWidth('e\u0302\u0323', 1000)).toBe(textWidth('e', 1000)); // decomposed: marks add nothing
    expect(textWidth('中', 10)).toBe(10);
    expect(textWidth('Đề án', 20, 600)).toBeGreaterThan(textWidth('Đề án', 20, 400));
  });

  it('cuts with "…" to fit', () => {
    expect(fitText('Triển khai', 1000, 10)).toBe('Triển khai');
    const cut = fitText('Triển khai xây dựng nội dung Đề án', 60, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(60);
    expect(fitText('abc', 1, 10)).toBe('');
  });

  it('wraps any text into lines that fit, keeping every word when the lines suffice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Hoàn', 'thiện', 'hồ', 'sơ', 'trình', 'UBND', 'TP', 'Quyết-định-số-1049/QĐ-UBND-ngày-23/3/2026', 'đ'), { maxLength: 40 }), fc.integer({ min: 30, max: 400 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width, 12, 400, 1000);
        for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('stops at the line limit with "…"', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười '.repeat(10), 80, 12, 400, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
    expect(wrapText('  \n\t ', 80, 12, 400, 2)).toEqual([]);
  });
});
