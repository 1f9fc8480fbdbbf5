import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../core/dates';
import { describeWindow, parseTimeWindow, type TimeWindow } from '../../../core/timeWindow';
import { foldVietnamese, normaliseSpaces } from '../../../core/text';

const range = (start: string, end: string): TimeWindow => ({ kind: 'range', start, end });
const UNREADABLE: TimeWindow = { kind: 'unreadable', start: null, end: null };

describe('text helpers', () => {
  it('folds case, diacritics (đ → d) and whitespace', () => {
    expect(foldVietnamese('  Thời gian\tTHỰC  HIỆN ')).toBe('thoi gian thuc hien');
    expect(foldVietnamese('Đơn vị chủ trì')).toBe('don vi chu tri');
    expect(foldVietnamese('Hằng tháng')).toBe(foldVietnamese('hang thang'));
  });
  it('normalises spaces without touching letters', () => {
    expect(normaliseSpaces(' Sở\u00a0Tài \n chính ')).toBe('Sở Tài chính');
  });
});

describe('parseTimeWindow: the windows of DOMAIN.md', () => {
  it.each([
    ['Tháng 4/2026', range('2026-04-01', '2026-04-30')],
    ['Tháng 4-5/2026', range('2026-04-01', '2026-05-31')],
    ['Tháng 6/2026-9/2026', range('2026-06-01', '2026-09-30')],
    ['Tháng 11-12/2026', range('2026-11-01', '2026-12-31')],
    ['Tháng 5-9/2026', range('2026-05-01', '2026-09-30')],
    ['Tháng 2/2028', range('2028-02-01', '2028-02-29')],
  ])('%s', (text, expected) => {
    expect(parseTimeWindow(text)).toEqual(expected);
  });

  it('reads "Theo tiến độ thực hiện" as following its links', () => {
    expect(parseTimeWindow('Theo tiến độ thực hiện')).toEqual({ kind: 'follows', start: null, end: null });
    expect(parseTimeWindow('theo tien do thuc hien')).toEqual({ kind: 'follows', start: null, end: null });
  });
});

describe('parseTimeWindow: other forms users paste', () => {
  it.each([
    ['Quý III/2026', range('2026-07-01', '2026-09-30')],
    ['Quý 3/2026', range('2026-07-01', '2026-09-30')],
    ['Q3/2026', range('2026-07-01', '2026-09-30')],
    ['Quý I năm 2027', range('2027-01-01', '2027-03-31')],
    ['Quý IV/2026', range('2026-10-01', '2026-12-31')],
    ['Quý III-IV/2026', range('2026-07-01', '2026-12-31')],
    ['6 tháng đầu năm 2026', range('2026-01-01', '2026-06-30')],
    ['6 tháng cuối năm 2026', range('2026-07-01', '2026-12-31')],
    ['Năm 2026', range('2026-01-01', '2026-12-31')],
    ['Từ 01/6/2026 đến 30/9/2026', range('2026-06-01', '2026-09-30')],
    ['Từ ngày 01/6/2026 đến ngày 30/9/2026', range('2026-06-01', '2026-09-30')],
    ['Từ tháng 6 đến tháng 9/2026', range('2026-06-01', '2026-09-30')],
    ['Tháng 12/2026 - Tháng 01/2027', range('2026-12-01', '2027-01-31')],
    ['01/6/2026 - 30/9/2026', range('2026-06-01', '2026-09-30')],
    ['01/6 - 30/9/2026', range('2026-06-01', '2026-09-30')],
    ['Tháng 4 năm 2026', range('2026-04-01', '2026-04-30')],
    ['Trong tháng 10/2026', range('2026-10-01', '2026-10-31')],
    ['Ngày 15 tháng 10 năm 2026', range('2026-10-15', '2026-10-15')],
  ])('%s', (text, expected) => {
    expect(parseTimeWindow(text)).toEqual(expected);
  });

  it('reads deadlines', () => {
    expect(parseTimeWindow('Trước ngày 15/10/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-10-15' });
    expect(parseTimeWindow('Chậm nhất ngày 5/1/2027')).toEqual({ kind: 'deadline', start: null, end: '2027-01-05' });
    // "before October" ends with September
    expect(parseTimeWindow('Trước tháng 10/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-09-30' });
  });

  it('reads recurring work', () => {
    const every = (text: string) => {
      const w = parseTimeWindow(text);
      return w.kind === 'recurring' ? w.every : w.kind;
    };
    expect(every('Thường xuyên')).toBe('continuous');
    expect(every('Hằng tháng')).toBe('monthly');
    expect(every('Hàng tháng')).toBe('monthly');
    expect(every('HANG THANG')).toBe('monthly');
  });

  it('uses the context year only when the text has none', () => {
    expect(parseTimeWindow('Tháng 4', { year: 2026 })).toEqual(range('2026-04-01', '2026-04-30'));
    expect(parseTimeWindow('Quý II', { year: 2026 })).toEqual(range('2026-04-01', '2026-06-30'));
    expect(parseTimeWindow('Tháng 4/2027', { year: 2026 })).toEqual(range('2027-04-01', '2027-04-30'));
    expect(parseTimeWindow('Tháng 4')).toEqual(UNREADABLE);
  });
});

describe('parseTimeWindow: spelling variants', () => {
  it.each([
    'Tháng 4-5/2026',
    'Tháng 4 - 5 / 2026',
    'Tháng 4–5/2026',
    'Tháng 4 — 5/2026',
    'tháng 04-05/2026',
    'THÁNG 4-5/2026',
    'Thang 4-5/2026',
    'thang 4 - 5/2026.',
    '  Tháng\u00a04-5/2026  ',
    'Từ tháng 4 đến tháng 5/2026',
  ])('%s', (text) => {
    expect(parseTimeWindow(text)).toEqual(range('2026-04-01', '2026-05-31'));
  });

  it.each(['Từ 01/06/2026 đến 30/09/2026', 'tu 1/6/2026 den 30/9/2026', '01/6/2026–30/9/2026', '1/6/2026 — 30/9/2026'])(
    '%s',
    (text) => {
      expect(parseTimeWindow(text)).toEqual(range('2026-06-01', '2026-09-30'));
    },
  );

  it('reads forms without diacritics', () => {
    expect(parseTimeWindow('Quy III/2026')).toEqual(range('2026-07-01', '2026-09-30'));
    expect(parseTimeWindow('6 thang dau nam 2026')).toEqual(range('2026-01-01', '2026-06-30'));
    expect(parseTimeWindow('Truoc ngay 15/10/2026')).toEqual({ kind: 'deadline', start: null, end: '2026-10-15' });
    expect(parseTimeWindow('Thuong xuyen').kind).toBe('recurring');
    expect(parseTimeWindow('Thang 12/2026 - Thang 1/2027')).toEqual(range('2026-12-01', '2027-01-31'));
  });
});

describe('parseTimeWindow: unreadable', () => {
  it.each([
    'Tháng 13/2026',
    'Tháng 0/2026',
    '31/02/2026',
    'Từ 30/9/2026 đến 01/6/2026',
    'Tháng 11-2/2027', // one year for both ends: no implicit year change
    'Tháng 9/2026-6/2026',
    'Quý V/2026',
    'Trước ngày 31/04/2026',
    '',
    '   ',
    'Sớm nhất có thể',
    'Tháng 4/26',
    '1-2-3',
    'Năm 1066',
  ])('%j', (text) => {
    expect(parseTimeWindow(text)).toEqual(UNREADABLE);
  });

  it('never throws and keeps ranges ordered, on any string', () => {
    const pieces = fc.constantFrom('Tháng', 'tháng', 'Quý', 'Q', 'III', 'năm', 'Từ', 'đến', 'trước', 'ngày', 'và', ';', 'Đợt 1:', 'Tuần đầu', '06 tháng đầu', 'Giai đoạn', 'Hằng', '-', '–', '/', ' ', '.', '0', '1', '2', '9', '12', '13', '31', '2026', '2027');
    const arbitraryText = fc.oneof(fc.string({ maxLength: 60 }), fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')));
    fc.assert(
      fc.property(arbitraryText, fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: undefined }), (text, year) => {
        const w = parseTimeWindow(text, { year });
        if (w.kind === 'range') {
          expect(isIsoDate(w.start) && isIsoDate(w.end)).toBe(true);
          expect(w.start <= w.end).toBe(true);
        } else if (w.kind === 'deadline') {
          expect(isIsoDate(w.end)).toBe(true);
        } else if (w.kind === 'from') {
          expect(isIsoDate(w.start)).toBe(true);
          expect(w.end).toBeNull();
        } else {
          expect(w.start).toBeNull();
          expect(w.end).toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is not fooled by very long input', () => {
    expect(parseTimeWindow('Tháng 4/2026 '.repeat(10_000))).toEqual(UNREADABLE);
  });
});

describe('describeWindow', () => {
  it('describes each kind in both languages', () => {
    expect(describeWindow(range('2026-04-01', '2026-05-31'), 'vi')).toBe('01/04/2026 – 31/05/2026');
    expect(describeWindow(range('2026-04-01', '2026-05-31'), 'en')).toBe('01/04/2026 – 31/05/2026');
    expect(describeWindow(range('2026-10-15', '2026-10-15'), 'vi')).toBe('15/10/2026');
    expect(describeWindow({ kind: 'deadline', start: null, end: '2026-10-15' }, 'vi')).toBe('Hạn chót 15/10/2026');
    expect(describeWindow({ kind: 'deadline', start: null, end: '2026-10-15' }, 'en')).toBe('Deadline 15/10/2026');
    expect(describeWindow(parseTimeWindow('Theo tiến độ thực hiện'), 'vi')).toBe('Theo tiến độ thực hiện');
    expect(describeWindow(parseTimeWindow('Hàng tháng'), 'vi')).toBe('Hằng tháng');
    expect(describeWindow(parseTimeWindow('Thường xuyên'), 'en')).toBe('Continuous');
    expect(describeWindow(UNREADABLE, 'vi')).toBe('Không đọc được');
    expect(describeWindow(UNREADABLE, 'en')).toBe('Unreadable');
  });
});
