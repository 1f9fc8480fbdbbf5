/** The time scale's labels: one form per row, never wider than their room, never overlapping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toEpochDay } from '../../../../core/dates';
import { textWidth } from '../../../../core/export/fontMetrics';
import { buildTimeAxis, type AxisLabel } from '../../../../core/export/timeAxis';

function axis(from: string, to: string, chartWidth: number, scale: 'week' | 'month', fontSize = 10) {
  return buildTimeAxis({ startDay: toEpochDay(from), endDay: toEpochDay(to), chartX: 100, chartWidth, scale, language: 'vi', fontSize, calendar: null });
}

/** Shown labels fit their column (centred) or end before the next shown label starts (thinned). */
function expectNoOverlap(labels: AxisLabel[], size: number, weight: 400 | 600) {
  const shown = labels.filter((l) => l.text !== '');
  shown.forEach((l, i) => {
    const w = textWidth(l.text, size, weight);
    if (l.anchor === 'middle') expect(w).toBeLessThanOrEqual(l.width);
    else if (i + 1 < shown.length) expect(l.x + size * 0.25 + w).toBeLessThan(shown[i + 1]!.x);
  });
}

describe('time axis', () => {
  it('uses one form for all months: full, a little smaller, then short', () => {
    const wide = axis('2026-04-01', '2026-12-31', 1000, 'week');
    expect(wide.upper.map((l) => l.text)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `Tháng ${m}/2026`));
    const narrow = axis('2026-04-01', '2026-12-31', 520, 'week');
    expect(new Set(narrow.upper.map((l) => l.text.replace(/\d+/g, 'n')))).toEqual(new Set(['Tn/n']));
    expect(narrow.upper.map((l) => l.full)).toEqual(wide.upper.map((l) => l.full));
  });

  it('labels every other week from its start when a week is too narrow for its date', () => {
    const a = axis('2026-04-01', '2026-12-31', 520, 'week');
    const shown = a.lower.filter((l) => l.text !== '');
    expect(shown.every((l) => l.anchor === 'start')).toBe(true);
    expect(shown.length).toBeLessThan(a.lower.length / 1.5);
    expectNoOverlap(a.lower, a.lowerFontSize, 400);
  });

  it('never overlaps, whatever the range and width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 120, max: 2000 }),
        fc.constantFrom('week' as const, 'month' as const),
        (offset, days, width, scale) => {
          const from = addDays('2025-01-01', offset);
          const a = axis(from, addDays(from, days), width, scale, 11);
          expectNoOverlap(a.upper, a.upperFontSize, 600);
          expectNoOverlap(a.lower, a.lowerFontSize, 400);
          expect(a.upper.every((l) => l.x >= 100 - 1e-9 && l.x + l.width <= 100 + width + 1e-6)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
