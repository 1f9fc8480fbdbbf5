/**
 * The time expressions real plan tables use (issue 11): lists and batches
 * of months, quarter ranges, weeks, multi-year stages, open starts,
 * deadlines before a quarter, recurring work. Examples are the README's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isoFromParts } from '../../../core/dates';
import { describeWindow, parseTimeWindow, type TimeWindow } from '../../../core/timeWindow';

const range = (start: string, end: string): TimeWindow => ({ kind: 'range', start, end });
const monthStart = (y: number, m: number) => isoFromParts(y, m, 1);
const monthEnd = (y: number, m: number) => isoFromParts(y, m, daysInMonth(y, m));

describe('parseTimeWindow: expressions of real plan tables', () => {
  it.each([
    ['Quý III và Quý IV năm 2026', range('2026-07-01', '2026-12-31')],
    ['Quý I đến Quý III/2026', range('2026-01-01', '2026-09-30')],
    ['Tháng 6 và tháng 9/2026', range('2026-06-01', '2026-09-30')],
    ['Đợt 1: tháng 5/2026; đợt 2: tháng 10/2026', range('2026-05-01', '2026-10-31')],
    ['Tháng 3, 6, 9 và 12/2026', range('2026-03-01', '2026-12-31')],
    ['Tuần đầu tháng 7/2026', range('2026-07-01', '2026-07-07')],
    ['Tuần cuối tháng 2/2028', range('2028-02-23', '2028-02-29')],
    ['Tuần thứ 2 tháng 7/2026', range('2026-07-08', '2026-07-14')],
    ['Giai đoạn 2026-2030', range('2026-01-01', '2030-12-31')],
    ['06 tháng đầu năm 2026', range('2026-01-01', '2026-06-30')],
    ['9 tháng đầu năm 2026', range('2026-01-01', '2026-09-30')],
    ['Tháng 12/2026 - Quý I/2027', range('2026-12-01', '2027-03-31')],
    ['Quý IV/2026 - tháng 02/2027', range('2026-10-01', '2027-02-28')],
    ['Năm 2027', range('2027-01-01', '2027-12-31')],
  ])('%s', (text, expected) => {
    expect(parseTimeWindow(text)).toEqual(expected);
  });

  it('reads a start without an end as open-ended, never as a deadline', () => {
    expect(parseTimeWindow('Từ tháng 4/2026')).toEqual({ kind: 'from', start: '2026-04-01', end: null });
    expect(parseTimeWindow('Từ ngày 15/5/2026')).toEqual({ kind: 'from', start: '2026-05-15', end: null });
    expect(parseTimeWindow('Từ Quý III', { year: 2027 })).toEqual({ kind: 'from', start: '2027-07-01', end: null });
    expect(describeWindow(parseTimeWindow('Từ tháng 4/2026'), 'vi')).toBe('Từ 01/04/2026 (không có hạn chót)');
  });

  it('reads deadlines before a quarter, and "đến ngày"', () => {
    expect(parseTimeWindow('Trước Quý IV/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-09-30' });
    expect(parseTimeWindow('Chậm nhất Quý II/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-06-30' });
    expect(parseTimeWindow('Đến ngày 30/9/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-09-30' });
    expect(parseTimeWindow('Trước năm 2027')).toEqual({ kind: 'deadline', start: null, end: '2026-12-31' });
  });

  it('reads recurring work as level-of-effort', () => {
    expect(parseTimeWindow('Hằng năm')).toEqual({ kind: 'recurring', start: null, end: null, every: 'yearly' });
    expect(parseTimeWindow('Hàng quý')).toEqual({ kind: 'recurring', start: null, end: null, every: 'quarterly' });
    expect(describeWindow(parseTimeWindow('Hằng quý'), 'vi')).toBe('Hằng quý');
    expect(describeWindow(parseTimeWindow('Hằng năm'), 'en')).toBe('Yearly');
  });

  it('refuses lists that go back in time and impossible weeks', () => {
    expect(parseTimeWindow('Tháng 9 và tháng 6/2026').kind).toBe('unreadable');
    expect(parseTimeWindow('Tuần thứ 6 tháng 7/2026').kind).toBe('unreadable');
    expect(parseTimeWindow('Quý III và').kind).toBe('unreadable');
  });
});

describe('parseTimeWindow: properties of lists and ranges', () => {
  const yearArb = fc.integer({ min: 1990, max: 2100 });
  const monthPair = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const quarterPair = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const ROMAN = ['I', 'II', 'III', 'IV'];

  it('a list or batches of months is one window from the first start to the last end, the year written once', () => {
    fc.assert(
      fc.property(yearArb, monthPair, fc.boolean(), (y, [a, b], batches) => {
        const text = batches ? `Đợt 1: tháng ${a}/${y}; đợt 2: tháng ${b}/${y}` : `Tháng ${a} và tháng ${b}/${y}`;
        expect(parseTimeWindow(text)).toEqual(range(monthStart(y, a), monthEnd(y, b)));
      }),
    );
  });

  it('a quarter range covers whole quarters, with the year in either spelling', () => {
    fc.assert(
      fc.property(yearArb, quarterPair, fc.boolean(), (y, [a, b], spelledYear) => {
        const text = `Quý ${ROMAN[a - 1]} đến Quý ${ROMAN[b - 1]}${spelledYear ? ` năm ${y}` : `/${y}`}`;
        expect(parseTimeWindow(text)).toEqual(range(monthStart(y, a * 3 - 2), monthEnd(y, b * 3)));
      }),
    );
  });

  it('"Từ tháng m/y" starts on the first of the month and has no end', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(parseTimeWindow(`Từ tháng ${m}/${y}`)).toEqual({ kind: 'from', start: monthStart(y, m), end: null });
      }),
    );
  });

  it('a multi-year stage spans whole years', () => {
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 0, max: 10 }), (y, n) => {
        expect(parseTimeWindow(`Giai đoạn ${y}-${y + n}`)).toEqual(range(`${y}-01-01`, `${y + n}-12-31`));
      }),
    );
  });
});
