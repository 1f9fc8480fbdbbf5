// @vitest-environment happy-dom
/**
 * "Danh mục đơn vị" over the real API: window.tiendo is the real client →
 * dispatcher → handlers → SQLite file. Outcomes are read back from the file.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../core/api/client';
import { dispatch } from '../../../core/api/dispatch';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { tasksInOrder } from '../../../core/model';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile, readPlan } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { UnitsDialog } from '../../../renderer/features/units';
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
  return { stored: () => readPlan(opened.db) };
}

const row = (name: string) => {
  const cell = screen.getAllByRole('row').find((r) => r.querySelector('.ud-name')?.textContent === name);
  if (!cell) throw new Error(`Không thấy dòng ${name}`);
  return cell;
};
const counts = (name: string) => [...row(name).querySelectorAll('.ud-count')].map((c) => Number(c.textContent));

describe('UnitsDialog', () => {
  it('lists every unit with the tasks it leads and coordinates, and searches without diacritics', async () => {
    await setUp();
    render(<UnitsDialog onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Danh mục đơn vị' })).toBeTruthy();
    expect(document.querySelectorAll('.ud-row')).toHaveLength(39);
    expect(counts('Phòng Quản lý Khoa học')).toEqual([7, 9]);
    expect(counts('Đơn vị tư vấn')).toEqual([5, 6]);
    expect(counts('Sở Y tế')).toEqual([0, 0]);
    fireEvent.change(screen.getByLabelText('Tìm đơn vị (gõ không dấu cũng được)'), { target: { value: 'DON VI TU' } });
    expect([...document.querySelectorAll('.ud-name')].map((c) => c.textContent)).toEqual(['Đơn vị tư vấn']);
    expect(screen.getByText('1/39 đơn vị')).toBeTruthy();
  });

  it('renames in place: the file and every task refer to the new name; a duplicate is refused at the field', async () => {
    const { stored } = await setUp();
    render(<UnitsDialog onClose={() => {}} />);
    fireEvent.click(within(row('Đơn vị tư vấn')).getByRole('button', { name: 'Đổi tên Đơn vị tư vấn' }));
    const field = screen.getByLabelText('Tên mới của “Đơn vị tư vấn”');
    fireEvent.change(field, { target: { value: 'phong quan ly khoa hoc' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Đơn vị “Phòng Quản lý Khoa học” đã có trong danh mục.'));
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: '  Đơn vị tư vấn   lập Đề án ' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(screen.queryByLabelText('Tên mới của “Đơn vị tư vấn”')).toBeNull());
    const plan = stored();
    const unit = plan.units.find((u) => u.name === 'Đơn vị tư vấn lập Đề án')!;
    expect(unit).toBeTruthy();
    expect(tasksInOrder(plan).filter((t) => t.leadUnitId === unit.id).map((t) => t.position)).toEqual([8, 10, 12, 14, 16]);
    expect(counts('Đơn vị tư vấn lập Đề án')).toEqual([5, 6]);
    expect(usePlanStore.getState().undo.canUndo).toBe(true);
  });

  it('merges after confirming: tasks move to the target and the source leaves the directory', async () => {
    const { stored } = await setUp();
    const before = stored();
    const sourceId = before.units.find((u) => u.name === 'VP UBND TP')!.id;
    const usedBy = before.tasks.filter((t) => t.coordinatingUnitIds.includes(sourceId)).map((t) => t.id);
    render(<UnitsDialog onClose={() => {}} />);
    fireEvent.click(within(row('VP UBND TP')).getByRole('button', { name: 'Gộp VP UBND TP vào đơn vị khác' }));
    const picker = screen.getByRole('combobox', { name: 'Tìm đơn vị sẽ nhận' });
    fireEvent.change(picker, { target: { value: 'van phong uy ban' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(screen.getByText(/^Mọi công việc của “VP UBND TP” \(0 chủ trì, 3 phối hợp\) sẽ chuyển sang “Văn phòng Ủy ban nhân dân thành phố Hải Phòng”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gộp' }));
    await waitFor(() => expect(document.querySelectorAll('.ud-row')).toHaveLength(38));

    const after = stored();
    const target = after.units.find((u) => u.name === 'Văn phòng Ủy ban nhân dân thành phố Hải Phòng')!;
    expect(after.units.some((u) => u.id === sourceId)).toBe(false);
    for (const id of usedBy) expect(after.tasks.find((t) => t.id === id)!.coordinatingUnitIds).toContain(target.id);
    expect(counts('Văn phòng Ủy ban nhân dân thành phố Hải Phòng')).toEqual([0, 3]);
  });

  it('adds a unit (kept as text), refuses a duplicate name under the field, and Esc cancels a rename only', async () => {
    const { stored } = await setUp();
    let closed = 0;
    render(<UnitsDialog onClose={() => closed++} />);
    const field = screen.getByPlaceholderText('Tên đơn vị mới');
    fireEvent.change(field, { target: { value: 'so y te' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Đơn vị “Sở Y tế” đã có trong danh mục.'));
    fireEvent.change(field, { target: { value: 'Ban Quản lý dự án <b>ĐTXD</b>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(stored().units).toHaveLength(40));
    expect(stored().units.at(-1)!.name).toBe('Ban Quản lý dự án <b>ĐTXD</b>');
    expect(row('Ban Quản lý dự án <b>ĐTXD</b>').classList.contains('is-new')).toBe(true);
    expect(document.querySelector('.ud-table b')).toBeNull();

    fireEvent.click(within(row('Sở Y tế')).getByRole('button', { name: 'Đổi tên Sở Y tế' }));
    fireEvent.keyDown(screen.getByLabelText('Tên mới của “Sở Y tế”'), { key: 'Escape' });
    expect(screen.queryByLabelText('Tên mới của “Sở Y tế”')).toBeNull();
    expect(closed).toBe(0);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(closed).toBe(1);
  });
});
