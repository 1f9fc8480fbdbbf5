/** Issue 16's pure helpers: Ctrl+wheel scales, the table's column layout, the menu keys. */
import { describe, expect, it } from 'vitest';
import { isMenuKey } from '../../../renderer/app/shortcutList';
import { COLUMNS } from '../../../renderer/components/table/columns';
import { columnWidth, fixedWidth, MIN_COLUMN_WIDTH, tableCssWidth, visibleColumns } from '../../../renderer/components/table/columnLayout';
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
    expect(fixedWidth(COLUMNS, none)).toBe(480);
    expect(tableCssWidth(null, COLUMNS, none)).toBe('max(var(--table-width), 600px)');
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
