/** Issue 16's pure helpers: Ctrl+wheel scales, the table's column layout, the menu keys, bar labels at the chart's edges. */
import { describe, expect, it } from 'vitest';
import { isMenuKey } from '../../../renderer/app/shortcutList';
import { COLUMNS } from '../../../renderer/components/table/columns';
import { columnWidth, fixedWidth, MIN_COLUMN_WIDTH, tableCssWidth, toggledColumn, visibleColumns } from '../../../renderer/components/table/columnLayout';
import type { FrappeBar } from 'frappe-gantt';
import { LabelPlacer } from '../../../renderer/gantt/labels';
import { zoomedMode } from '../../../renderer/gantt/viewModes';

describe('zoomedMode', () => {
  it('goes Tháng → Tuần → Ngày in, back out, and stops at both ends', () => {
    expect(zoomedMode('Month', 'in')).toBe('Week');
    expect(zoomedMode('Week', 'in')).toBe('Day');
    expect(zoomedMode('Day', 'in')).toBeNull();
    expect(zoomedMode('Day', 'out')).toBe('Week');
    expect(zoomedMode('Month', 'out')).toBeNull();
  });
});

describe('column layout', () => {
  const none = { columnWidths: {}, hiddenColumns: [] };

  it('keeps STT and the name whatever is hidden, and hides the others by key (unknown keys are ignored)', () => {
    const shown = visibleColumns(COLUMNS, { columnWidths: {}, hiddenColumns: ['stt', 'name', 'lead', 'gone'] }).map((c) => c.key);
    expect(shown).toEqual(['stt', 'name', 'window', 'start', 'finish', 'duration', 'progress']);
  });

  it('an optional column (defaultHidden) shows only once the user turns it on; toggling lists it in the right place', () => {
    const optional = { key: 'variance' as never, label: 'colName' as const, className: '', editor: null, defaultHidden: true };
    const lead = COLUMNS.find((c) => c.key === 'lead')!;
    const columns = [...COLUMNS, optional];
    expect(visibleColumns(columns, none).map((c) => c.key)).not.toContain('variance');
    const on = toggledColumn(optional, none);
    expect(on).toEqual({ hiddenColumns: [], shownColumns: ['variance'] });
    expect(visibleColumns(columns, { ...none, ...on }).map((c) => c.key)).toContain('variance');
    const leadOff = toggledColumn(lead, { ...none, ...on });
    expect(leadOff).toEqual({ hiddenColumns: ['lead'], shownColumns: ['variance'] });
    expect(toggledColumn(optional, { ...none, ...leadOff })).toEqual({ hiddenColumns: ['lead'], shownColumns: [] });
  });

  it('uses the saved width over the default, never under the minimum; the name stretches', () => {
    const lead = COLUMNS.find((c) => c.key === 'lead')!;
    const name = COLUMNS.find((c) => c.key === 'name')!;
    expect(columnWidth(lead, none)).toBe(100);
    expect(columnWidth(lead, { columnWidths: { lead: 150.4 }, hiddenColumns: [] })).toBe(150);
    expect(columnWidth(lead, { columnWidths: { lead: 3 }, hiddenColumns: [] })).toBe(MIN_COLUMN_WIDTH);
    expect(columnWidth(name, { columnWidths: { name: 500 }, hiddenColumns: [] })).toBeNull();
    // A column added later without a width takes the default.
    expect(columnWidth({ key: 'new' as never, label: 'colName', className: '', editor: null }, none)).toBe(80);
  });

  it('never lets the table squeeze the name under its minimum', () => {
    // The default columns (the optional baseline ones hidden).
    const shown = visibleColumns(COLUMNS, none);
    expect(fixedWidth(shown, none)).toBe(480);
    expect(tableCssWidth(null, shown, none)).toBe('max(var(--table-width), 600px)');
    expect(tableCssWidth(700, visibleColumns(COLUMNS, { columnWidths: {}, hiddenColumns: ['window'] }), none)).toBe('max(700px, 516px)');
  });
});

describe('isMenuKey', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
  it('is Shift+F10 or the menu key, outside a text field', () => {
    expect(isMenuKey(key('F10', { shiftKey: true }), false)).toBe(true);
    expect(isMenuKey(key('ContextMenu'), false)).toBe(true);
    expect(isMenuKey(key('F10'), false)).toBe(false);
    expect(isMenuKey(key('ContextMenu'), true)).toBe(false);
    expect(isMenuKey(key('F10', { shiftKey: true, ctrlKey: true }), false)).toBe(false);
  });
});

describe('bar labels near the chart edges (LabelPlacer)', () => {
  /** A stand-in for frappe's bar: its rect and its label, with the label's measured width. */
  function fakeBar(x: number, width: number, labelWidth: number) {
    const attrs = new Map<string, string>();
    const classes = new Set<string>();
    const label = {
      getBBox: () => ({ width: labelWidth }),
      getAttribute: (name: string) => attrs.get(name) ?? null,
      setAttribute: (name: string, value: string) => void attrs.set(name, value),
      classList: { toggle: (name: string, on: boolean) => void (on ? classes.add(name) : classes.delete(name)) },
    };
    const rect = { getAttribute: (name: string) => (name === 'x' ? String(x) : name === 'width' ? String(width) : null), hasAttribute: () => false };
    const bar = { $bar: rect, bar_group: { querySelector: () => label } } as unknown as FrappeBar;
    return { bar, x: () => Number(attrs.get('x')), classes };
  }
  // A chart 400 px wide.
  const geo = { firstDay: 0, dayCount: 40, pxPerDay: 10, headerHeight: 56, rowHeight: 30, gridHeight: 600 };

  it('puts a label that does not fit inside after the bar, or before it at the right edge, never past the left edge', () => {
    const placer = new LabelPlacer();
    const after = fakeBar(20, 30, 120);
    const before = fakeBar(300, 30, 120);
    const nearLeft = fakeBar(60, 30, 120); // 120 px before it would start at x = -65: after it instead, even if the right end is cut
    const wideNearRight = fakeBar(60, 300, 120); // inside its own bar
    const clipped = fakeBar(-50, 200, 60); // starts before the chart: inside, from the chart's left edge
    placer.placeAll([after.bar, before.bar, nearLeft.bar, wideNearRight.bar, clipped.bar], geo);
    expect(after.x()).toBe(55);
    expect(before.x()).toBe(300 - 5 - 120);
    expect(before.classes.has('is-before')).toBe(true);
    expect(nearLeft.x()).toBe(95);
    expect(nearLeft.classes.has('is-before')).toBe(false);
    expect(wideNearRight.x()).toBe(66);
    expect(clipped.x()).toBe(6);
    for (const b of [after, before, nearLeft, wideNearRight, clipped]) expect(b.x()).toBeGreaterThanOrEqual(0);
  });
});
