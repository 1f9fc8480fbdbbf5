// @vitest-environment happy-dom
/**
 * "Lịch làm việc" over the real API and SQLite file: the month summary of
 * the 2026 calendar, adding and removing days, the work week and the status
 * date, each checked in the file.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../core/api/client';
import { dispatch } from '../../../core/api/dispatch';
import { isoFromLocalDate } from '../../../core/dates';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { CalendarDialog, workingDaysByMonth } from '../../../renderer/features/calendar';
import { calendarOf } from '../../../core/schedule';
import { CALENDAR_2026 } from '../../../core/seed/calendar2026';
import { usePlanStore } from '../../../renderer/state/usePlanStore';
import { createTestHost } from '../../support/testHost';
import { tempDir } from '../db/fixtures';

let session: PlanSession | null = null;
afterEach(() => {
  cleanup();
  session?.close();
  session = null;
});

async function setUp() {
  const planPath = createPlanFile(path.join(tempDir(), 'Ke-hoach.tiendo'), createDefaultPlan());
  const opened = openPlanSession(planPath);
  session = opened;
  const handlers = createApiHandlers(opened, createTestHost());
  Object.defineProperty(window, 'tiendo', { configurable: true, value: createApiClient((method, args) => dispatch(handlers, method, args)) });
  usePlanStore.setState({ language: 'vi', openPlan: null, error: null });
  await act(() => usePlanStore.getState().load());
  render(<CalendarDialog onClose={() => {}} />);
  return { stored: () => readPlan(opened.db) };
}

const APR_DEC_2026 = [20, 20, 22, 23, 21, 20, 22, 21, 23];
const monthDays = () => [...document.querySelectorAll('.cal-month-days')].map((m) => Number(m.textContent));
const total = () => Number(screen.getByTestId('cal-total').textContent);

describe('workingDaysByMonth', () => {
  it('counts the 2026 calendar Apr–Dec as 20, 20, 22, 23, 21, 20, 22, 21, 23 and clips partial months', () => {
    const cal = calendarOf(CALENDAR_2026);
    expect(workingDaysByMonth(cal, '2026-04-01', '2026-12-31').map((m) => m.days)).toEqual(APR_DEC_2026);
    expect(workingDaysByMonth(cal, '2026-08-20', '2026-09-03').map((m) => [m.month, m.from, m.to, m.days])).toEqual([
      [8, '2026-08-20', '2026-08-31', 8], // 20, 21, Sat 22 (make-up), 24–28; 31 off
      [9, '2026-09-01', '2026-09-03', 1],
    ]);
    expect(workingDaysByMonth(cal, '2026-12-15', '2027-01-04').map((m) => `${m.month}/${m.year}`)).toEqual(['12/2026', '1/2027']);
    expect(workingDaysByMonth(cal, '2026-05-01', '2026-04-01')).toEqual([]);
  });
});

describe('CalendarDialog', () => {
  it('shows the work week, the 2026 days off and make-up day, and 192 working days Apr–Dec', async () => {
    await setUp();
    expect(screen.getByRole('dialog', { name: 'Lịch làm việc' })).toBeTruthy();
    const checked = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'].map((d) => (screen.getByLabelText(d) as HTMLInputElement).checked);
    expect(checked).toEqual([true, true, true, true, true, false, false]);
    const holidays = screen.getByRole('region', { name: 'Ngày nghỉ lễ, nghỉ bù (12)' });
    expect(within(holidays).getAllByRole('row')[6]!.textContent).toBe('27/04/2026Thứ HaiNghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)×');
    const workdays = screen.getByRole('region', { name: 'Ngày làm bù (1)' });
    expect(within(workdays).getByRole('row').textContent).toBe('22/08/2026Thứ BảyLàm bù cho ngày 31/08×');
    expect([...document.querySelectorAll('.cal-month-name')].map((m) => m.textContent)).toEqual(
      [4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `Tháng ${m}/2026`),
    );
    expect(monthDays()).toEqual(APR_DEC_2026);
    expect(total()).toBe(192);
  });

  it('refuses a date that is not dd/mm/yyyy, adds a holiday and removes it again', async () => {
    const { stored } = await setUp();
    const date = screen.getByLabelText('Ngày (dd/mm/yyyy)');
    fireEvent.change(date, { target: { value: '31/02/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    expect(screen.getByRole('alert').textContent).toBe('Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(stored().calendar.holidays).toHaveLength(12);

    fireEvent.change(date, { target: { value: '15/12/2026' } });
    fireEvent.change(screen.getByLabelText('Tên ngày'), { target: { value: 'Nghỉ đột xuất' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(total()).toBe(191));
    expect(stored().calendar.holidays.at(-1)).toEqual({ date: '2026-12-15', name: 'Nghỉ đột xuất' });
    expect(monthDays().at(-1)).toBe(22);
    await waitFor(() => expect((date as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: 'Xoá ngày nghỉ 15/12/2026' }));
    await waitFor(() => expect(total()).toBe(192));
    expect(stored().calendar.holidays.some((h) => h.date === '2026-12-15')).toBe(false);
  });

  it('adds a make-up working day and changes the work week', async () => {
    const { stored } = await setUp();
    fireEvent.change(screen.getByLabelText('Loại ngày'), { target: { value: 'workday' } });
    fireEvent.change(screen.getByLabelText('Ngày (dd/mm/yyyy)'), { target: { value: '5/12/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(total()).toBe(193));
    expect(stored().calendar.workdays.map((w) => w.date)).toEqual(['2026-08-22', '2026-12-05']);

    fireEvent.click(screen.getByLabelText('Thứ Bảy'));
    await waitFor(() => expect((screen.getByLabelText('Thứ Bảy') as HTMLInputElement).checked).toBe(true));
    expect(stored().calendar.workWeek).toEqual([1, 2, 3, 4, 5, 6]);
    // 39 Saturdays Apr–Dec, two of them (22/08, 05/12) already worked.
    expect(total()).toBe(193 + 39 - 2);
  });

  it('turns the status date on (today by default), changes it, refuses a bad one, and turns it off', async () => {
    const { stored } = await setUp();
    const track = screen.getByLabelText('Theo dõi tiến độ theo ngày cập nhật') as HTMLInputElement;
    const field = screen.getByLabelText('Ngày cập nhật') as HTMLInputElement;
    expect(track.checked).toBe(false);
    expect(screen.getByText(/không được xếp lịch trước ngày cập nhật/)).toBeTruthy();
    const today = isoFromLocalDate(new Date());
    expect(field.value).toBe(today.split('-').reverse().join('/'));

    fireEvent.click(track);
    await waitFor(() => expect(stored().info.statusDate).toBe(today));
    expect(track.checked).toBe(true);
    fireEvent.change(field, { target: { value: '15/6/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    await waitFor(() => expect(stored().info.statusDate).toBe('2026-06-15'));
    fireEvent.change(field, { target: { value: '15-juin' } });
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect(screen.getByRole('alert').textContent).toBe('Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy');
    expect(stored().info.statusDate).toBe('2026-06-15');

    fireEvent.click(track);
    await waitFor(() => expect(stored().info.statusDate).toBeNull());
  });
});
