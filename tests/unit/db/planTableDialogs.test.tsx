// @vitest-environment happy-dom
/**
 * The export and import dialogs over the real API: window.tiendo is the
 * real client → dispatcher → handlers → SQLite file, as in the app; only
 * the native dialogs are answered by the test host. Outcomes are checked in
 * the files written.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../core/api/client';
import { dispatch } from '../../../core/api/dispatch';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession, type PlanSession } from '../../../db/session';
import { ExportPlanTableDialog, ImportPlanTableDialog } from '../../../renderer/features/planTable';
import { usePlanStore } from '../../../renderer/state/usePlanStore';
import { createTestHost } from '../../support/testHost';
import { tempDir } from './fixtures';

let session: PlanSession | null = null;
afterEach(() => {
  cleanup();
  session?.close();
  session = null;
});

async function setUp() {
  const dir = tempDir();
  const planPath = createPlanFile(path.join(dir, 'Ke-hoach.tiendo'), createDefaultPlan());
  session = openPlanSession(planPath);
  const host = createTestHost();
  const handlers = createApiHandlers(session, host);
  Object.defineProperty(window, 'tiendo', {
    configurable: true,
    value: createApiClient((method, args) => dispatch(handlers, method, args)),
  });
  usePlanStore.setState({ language: 'vi', openPlan: null, error: null });
  await act(() => usePlanStore.getState().load());
  return { dir, planPath, host };
}

describe('ExportPlanTableDialog', () => {
  it('exports the chosen format and columns and says where it saved', async () => {
    const { dir, host } = await setUp();
    const target = path.join(dir, 'phu-luc.csv');
    host.saveAnswers.push(target);
    const onExported = vi.fn();
    render(<ExportPlanTableDialog onClose={() => {}} onExported={onExported} />);
    fireEvent.click(screen.getByLabelText('CSV UTF-8 (.csv)'));
    fireEvent.click(screen.getByLabelText('Găng'));
    fireEvent.click(screen.getByLabelText('Kết thúc')); // on by default: now off
    expect(screen.getByText(/dấu nháy đơn/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xuất…' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`Đã lưu ${target}`));
    expect(host.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Phu-luc-nhiem-vu.csv' });
    const header = fs.readFileSync(target, 'utf8').split('\r\n')[0];
    expect(header).toBe('\uFEFFSTT,Nội dung công việc,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian thực hiện,Sản phẩm,Bắt đầu,Găng');
    expect(onExported).toHaveBeenCalledWith({ path: target, bytes: fs.statSync(target).size });
  });

  it('shows the Vietnamese message when the file cannot be written', async () => {
    const { dir, host } = await setUp();
    host.saveAnswers.push(path.join(dir, 'khong-co', 'bang.xlsx'));
    render(<ExportPlanTableDialog onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Xuất…' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Không tìm thấy thư mục/));
  });
});

/** The table is read in a worker thread (started through tsx from source): slower to answer than a direct call. */
const READ = { timeout: 20_000 };

describe('ImportPlanTableDialog', () => {
  const pasted =
    'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n' +
    '1\t<img src=x onerror="window.__pwned=1">Báo cáo\tphong quan ly khoa hoc\tCảng vụ Hàng hải Hải Phòng\tTháng 12/2026\tBáo cáo\n' +
    '2\tViệc chưa rõ thời gian\tVăn phòng Sở\t\tKhi có kinh phí\t\n';

  it('previews pasted rows with their windows and problems, then appends them and reloads the plan', async () => {
    await setUp();
    const onImported = vi.fn();
    const { container } = render(<ImportPlanTableDialog onClose={() => {}} onImported={onImported} />);
    fireEvent.change(screen.getByLabelText(/Hoặc dán bảng/), { target: { value: pasted } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await waitFor(() => expect(container.querySelectorAll('tr.pt-row')).toHaveLength(2), READ);

    expect(screen.getByRole('status').textContent).toBe('Văn bản dán vào: 2 dòng, 2 dòng cần kiểm tra');
    const cells = [...container.querySelectorAll('tr.pt-row')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells[0]?.slice(0, 6)).toEqual([
      '1',
      '<img src=x onerror="window.__pwned=1">Báo cáo',
      'phong quan ly khoa hoc',
      'Cảng vụ Hàng hải Hải Phòng',
      'Tháng 12/2026',
      '01/12/2026 – 31/12/2026',
    ]);
    expect(cells[1]?.[5]).toBe('Không đọc được');
    expect(cells[1]?.[7]).toBe('Không đọc được thời gian thực hiện');
    expect(container.querySelector('img')).toBeNull(); // the name is text, never markup
    expect(screen.getByText(/sẽ được thêm: Cảng vụ Hàng hải Hải Phòng/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Thêm vào kế hoạch đang mở' }));
    await waitFor(() => expect(screen.getByText('Đã thêm 2 công việc vào cuối kế hoạch (có thể hoàn tác).')).toBeTruthy());
    // Rows in the open plan's database (where edits to the open plan are written).
    expect(Number(session!.db.prepare('SELECT count(*) FROM tasks').pluck().get())).toBe(19);
    expect(usePlanStore.getState().openPlan?.plan.tasks).toHaveLength(19);
    expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ mode: 'append', addedTasks: 2, flaggedTasks: 2 }));
  });

  it('creates a new plan from a chosen file and shows it', async () => {
    const { dir, host } = await setUp();
    const source = path.join(dir, 'bang.txt');
    fs.writeFileSync(source, pasted);
    host.openAnswers.push(source);
    host.saveAnswers.push(path.join(dir, 'Ke-hoach-moi.tiendo'));
    render(<ImportPlanTableDialog onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Chọn tệp… (.txt, .docx, .xlsx, .csv, .tsv, .xml, .gan)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^bang\.txt: 2 dòng/), READ);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo kế hoạch mới…' }));
    await waitFor(() => expect(screen.getByText(/Đã tạo và mở kế hoạch mới Ke-hoach-moi\.tiendo với 2 công việc/)).toBeTruthy());
    expect(usePlanStore.getState().openPlan?.fileName).toBe('Ke-hoach-moi.tiendo');
    expect(usePlanStore.getState().openPlan?.plan.info.title).toBe('Kế hoạch nhập từ bang.txt');
  });

  it('shows that it is reading, and "Hủy đọc" stops the read with nothing written', async () => {
    await setUp();
    const row = '1\tViệc\tVăn phòng Sở\t\tTháng 12/2026\t\n';
    const { container } = render(<ImportPlanTableDialog onClose={() => {}} />);
    fireEvent.change(screen.getByLabelText(/Hoặc dán bảng/), { target: { value: pasted + row.repeat(120_000) } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(screen.getByText(/^Đang đọc…/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy đọc' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Hủy đọc' })).toBeNull(), READ);
    expect(container.querySelector('#pt-paste')).toBeTruthy(); // back at the source, the pasted text kept
    expect(screen.queryByRole('alert')).toBeNull();
    expect(Number(session!.db.prepare('SELECT count(*) FROM tasks').pluck().get())).toBe(17);
  }, 60_000);
});

describe('the plan-table dialogs use the shared dialog shell (issue 10 §4)', () => {
  it('focus starts inside, Tab wraps at the last control, Escape closes, focus returns to the opener', async () => {
    await setUp();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    for (const Dialog of [ExportPlanTableDialog, ImportPlanTableDialog]) {
      const onClose = vi.fn();
      const view = render(<Dialog onClose={onClose} />);
      const box = screen.getByRole('dialog');
      expect(box.contains(document.activeElement)).toBe(true);
      const controls = [...box.querySelectorAll<HTMLElement>('input:not([disabled]), button:not([disabled]), textarea:not([disabled])')];
      controls.at(-1)!.focus();
      fireEvent.keyDown(controls.at(-1)!, { key: 'Tab' });
      expect(document.activeElement).toBe(controls[0]);
      fireEvent.keyDown(window, { key: 'Escape' });
      expect(onClose).toHaveBeenCalledTimes(1);
      view.unmount();
      expect(document.activeElement).toBe(opener);
    }
    opener.remove();
  });
});
