import { describe, expect, it } from 'vitest';
import { createWorkCalendar, parseEpochDay } from '../../../core/calendar';
import { fromEpochDay, toEpochDay } from '../../../core/dates';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';

const cal = createWorkCalendar(CALENDAR_2026);

describe('createWorkCalendar with the 2026 Hải Phòng calendar', () => {
  it('has the working days per month of DOMAIN.md, April–December 2026', () => {
    const months = ['04', '05', '06', '07', '08', '09', '10', '11', '12'];
    const lastDay = ['30', '31', '30', '31', '31', '30', '31', '30', '31'];
    const counts = months.map((m, i) => cal.countWorkingDays(`2026-${m}-01`, `2026-${m}-${lastDay[i]}`));
    expect(counts).toEqual([20, 20, 22, 23, 21, 20, 22, 21, 23]);
    expect(cal.countWorkingDays('2026-04-01', '2026-12-31')).toBe(192);
  });

  it('works Saturday 22/08/2026 and rests on the holidays', () => {
    expect(cal.isWorkingDay('2026-08-22')).toBe(true);
    for (const d of ['2026-08-31', '2026-09-01', '2026-09-02', '2026-04-27', '2026-04-30', '2026-05-01']) {
      expect(cal.isWorkingDay(d), d).toBe(false);
    }
    expect(cal.isWorkingDay('2026-08-23')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2026-08-29')).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('maps weekends and holidays to the next working day (start) and the previous one (finish)', () => {
    // Saturday 04/04 → Monday 06/04 / Friday 03/04.
    expect(cal.dateOf(cal.startNumber('2026-04-04'))).toBe('2026-04-06');
    expect(cal.dateOf(cal.finishNumber('2026-04-04'))).toBe('2026-04-03');
    // 30/04 and 01/05 are holidays followed by a weekend.
    expect(cal.dateOf(cal.startNumber('2026-04-30'))).toBe('2026-05-04');
    expect(cal.dateOf(cal.finishNumber('2026-05-03'))).toBe('2026-04-29');
    // 29/08 (Sat) … 02/09 are all off; 22/08 is worked.
    expect(cal.dateOf(cal.startNumber('2026-08-29'))).toBe('2026-09-03');
    expect(cal.dateOf(cal.finishNumber('2026-09-02'))).toBe('2026-08-28');
    expect(cal.finishNumber('2026-08-23')).toBe(cal.startNumber('2026-08-22'));
    expect(cal.startNumber('2026-08-22') - cal.finishNumber('2026-08-21')).toBe(1);
    // On a working day both are the day itself; differences are working days.
    expect(cal.startNumber('2026-04-28')).toBe(cal.finishNumber('2026-04-28'));
    expect(cal.startNumber('2026-05-04') - cal.startNumber('2026-04-24')).toBe(3); // 24, 28, 29 between
  });

  it('round-trips every day of 2026', () => {
    const first = toEpochDay('2026-01-01');
    for (let day = first; day < first + 365; day++) {
      const iso = fromEpochDay(day);
      const s = cal.startNumber(iso);
      const f = cal.finishNumber(iso);
      expect(cal.isWorkingDay(iso) ? s === f : s === f + 1, iso).toBe(true);
      expect(cal.dateOf(s) >= iso && cal.isWorkingDay(cal.dateOf(s))).toBe(true);
      expect(cal.dateOf(f) <= iso && cal.isWorkingDay(cal.dateOf(f))).toBe(true);
      if (cal.isWorkingDay(iso)) expect(cal.dateOf(s)).toBe(iso);
      expect(cal.startNumberOfDay(day)).toBe(s);
      expect(cal.finishNumberOfDay(day)).toBe(f);
    }
    for (let n = cal.startNumber('2026-01-01'); n <= cal.finishNumber('2026-12-31'); n++) {
      expect(cal.startNumber(cal.dateOf(n))).toBe(n);
      expect(cal.finishNumber(cal.dateOf(n))).toBe(n);
      expect(cal.epochDayOf(n)).toBe(toEpochDay(cal.dateOf(n)));
    }
    // 261 weekdays, 12 of them holidays, 1 Saturday worked.
    expect(cal.countWorkingDays('2026-01-01', '2026-12-31')).toBe(261 - 12 + 1);
  });

  it('counts zero for an empty or reversed range', () => {
    expect(cal.countWorkingDays('2026-04-04', '2026-04-05')).toBe(0);
    expect(cal.countWorkingDays('2026-04-10', '2026-04-01')).toBe(0);
  });

  it('refuses dates outside 1970–2199 and malformed dates with a RangeError in Vietnamese', () => {
    expect(() => cal.startNumber('1969-12-31')).toThrow(RangeError);
    expect(() => cal.finishNumber('2200-01-01')).toThrow(/nằm ngoài phạm vi lịch/);
    expect(() => cal.dateOf(-1)).toThrow(/nằm ngoài phạm vi lịch/);
    expect(() => cal.dateOf(cal.workingDayCount)).toThrow(RangeError);
    expect(() => cal.startNumber('2026-02-30')).toThrow(/Ngày không hợp lệ/);
    expect(() => cal.startNumber('26-1-1')).toThrow(RangeError);
    expect(cal.dateOf(cal.startNumber('1970-01-01'))).toBe('1970-01-01'); // a Thursday
    expect(cal.dateOf(cal.finishNumber('2199-12-31'))).toBe('2199-12-31'); // a Tuesday
  });
});

describe('custom working weeks', () => {
  it('Monday–Saturday with the 2026 holidays', () => {
    const sixDays = createWorkCalendar({ ...CALENDAR_2026, workWeek: [1, 2, 3, 4, 5, 6] });
    // April 2026 has 26 days that are not Sundays; 27/04 and 30/04 are holidays.
    expect(sixDays.countWorkingDays('2026-04-01', '2026-04-30')).toBe(24);
    expect(sixDays.isWorkingDay('2026-04-04')).toBe(true);
    expect(sixDays.dateOf(sixDays.startNumber('2026-04-30'))).toBe('2026-05-02'); // Saturday
  });

  it('a Sunday-only week, no exceptions', () => {
    const sundays = createWorkCalendar({ workWeek: [7], holidays: [], workdays: [] });
    expect(sundays.countWorkingDays('2026-01-01', '2026-12-31')).toBe(52);
    expect(sundays.dateOf(sundays.startNumber('2026-04-01'))).toBe('2026-04-05');
  });

  it('a date both a holiday and a make-up day is worked', () => {
    const c = createWorkCalendar({
      workWeek: [1, 2, 3, 4, 5],
      holidays: [{ date: '2026-04-06', name: 'a' }],
      workdays: [{ date: '2026-04-06', name: 'b' }],
    });
    expect(c.isWorkingDay('2026-04-06')).toBe(true);
  });
});

describe('parseEpochDay', () => {
  it('agrees with the Date-based toEpochDay and validates', () => {
    for (const d of ['1970-01-01', '2000-02-29', '2026-08-22', '2199-12-31', '1900-03-01', '2400-02-29']) {
      expect(parseEpochDay(d), d).toBe(toEpochDay(d));
    }
    for (const d of ['1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-01', ' 2026-04-01']) {
      expect(() => parseEpochDay(d), d).toThrow(RangeError);
    }
  });
});
