// @vitest-environment happy-dom
/**
 * The import preview shows the plan's outline before anything is written:
 * the rows of a real pasted, sectioned table (read by the real reader)
 * with sections in bold, rows indented by their depth, the plan's own
 * numbering, the window as read in the UI language, and the lines after
 * the table that are not imported.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { previewRow } from '../../../core/import/preview';
import { readImportText } from '../../../core/import/source';
import { ImportPreviewTable } from '../../../renderer/features/planTable/ImportPreviewTable';
import { usePlanStore } from '../../../renderer/state/usePlanStore';

afterEach(cleanup);

const PASTE = [
  'STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
  'I. NHIỆM VỤ CHUNG\t\t\t\t\t',
  '1\tXây dựng cơ sở dữ liệu\t\t\t\t',
  '1.1\tThu thập dữ liệu\tTrung tâm Thông tin\t\tQuý III và Quý IV năm 2026\tBộ dữ liệu',
  '1.2\tChuẩn hóa\tTrung tâm Thông tin\t\tTừ tháng 4/2026\tDữ liệu',
  'II. NHIỆM VỤ CỤ THỂ\t\t\t\t\t',
  '1\tTổng kết\tVăn phòng Sở\t\tTháng 12/2026\tBáo cáo',
  'Ghi chú: các đơn vị chủ động bố trí kinh phí\t\t\t\t\t',
].join('\n');

function renderPreview(language: 'vi' | 'en') {
  usePlanStore.setState({ language });
  const table = readImportText(PASTE, { year: 2026 });
  render(<ImportPreviewTable rows={table.rows.map(previewRow)} onlyProblems={false} skipped={table.skipped} />);
  return screen.getAllByRole('row').slice(1); // below the header
}

describe('ImportPreviewTable: the outline before import', () => {
  it('draws sections bold, rows indented by depth, the plan’s own numbering', () => {
    const rows = renderPreview('vi');
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['I', '1', '1.1', '1.2', 'II', '1']);
    expect(rows.map((r) => r.classList.contains('pt-section'))).toEqual([true, true, false, false, true, false]);
    expect(rows.map((r) => r.getAttribute('aria-level'))).toEqual(['1', '2', '3', '3', '1', '2']);
    const indent = (r: HTMLElement) => parseInt((within(r).getAllByRole('cell')[1] as HTMLElement).style.paddingLeft, 10);
    expect(rows.map(indent)).toEqual([6, 22, 38, 38, 6, 22]);
    expect(within(rows[2]!).getByText('01/07/2026 – 31/12/2026')).toBeTruthy();
    expect(within(rows[3]!).getByText('Từ 01/04/2026 (không có hạn chót)')).toBeTruthy();
    // Only the open start is flagged: no duplicate-number warning for the restarted "1", none for the sections.
    expect(rows.map((r) => r.classList.contains('pt-flagged'))).toEqual([false, false, false, true, false, false]);
    expect(screen.getByText('1 dòng sau bảng không phải công việc (ghi chú, nơi nhận, chữ ký): không nhập')).toBeTruthy();
    expect(screen.getByText('Ghi chú: các đơn vị chủ động bố trí kinh phí')).toBeTruthy();
  });

  it('describes the windows in English when the UI is English', () => {
    const rows = renderPreview('en');
    expect(within(rows[3]!).getByText('From 01/04/2026 (no deadline)')).toBeTruthy();
  });
});
