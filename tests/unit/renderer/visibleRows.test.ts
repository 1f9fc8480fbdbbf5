import { expect, it } from 'vitest';
import { GANTT_HEADER_HEIGHT, GANTT_ROW_HEIGHT } from '../../../renderer/gantt/GanttChart';
import { VIRTUALIZE_FROM, visibleRange } from '../../../renderer/components/table/useVisibleRows';

it('renders every row of a small plan', () => {
  expect(visibleRange(17, 500, 300)).toEqual({ first: 0, last: 17 });
  expect(visibleRange(VIRTUALIZE_FROM - 1, 10_000, 300)).toEqual({ first: 0, last: VIRTUALIZE_FROM - 1 });
});

it('renders only the rows in view, with a margin, for a large plan', () => {
  const height = 600;
  const top = GANTT_HEADER_HEIGHT + 400 * GANTT_ROW_HEIGHT;
  const { first, last } = visibleRange(1000, top, height);
  // Rows 400 … 400 + 20 are on screen; the margin keeps a few more either side.
  expect(first).toBeLessThanOrEqual(400);
  expect(first).toBeGreaterThan(380);
  expect(last).toBeGreaterThanOrEqual(400 + Math.ceil(height / GANTT_ROW_HEIGHT));
  expect(last - first).toBeLessThan(60);
  expect(visibleRange(1000, 0, height).first).toBe(0);
  expect(visibleRange(1000, 10_000_000, height).last).toBe(1000);
});
