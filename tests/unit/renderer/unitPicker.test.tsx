// @vitest-environment happy-dom
/**
 * UnitPicker over the default plan's real units directory: search without
 * diacritics, keyboard, single and multi mode, adding a new unit. Outcomes
 * are the ids the picker hands back and the text it shows.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDefaultPlan } from '../../../core/defaultPlan';
import type { Unit } from '../../../core/model';
import { UnitPicker, type UnitPickerProps } from '../../../renderer/components/UnitPicker';
import { searchUnits } from '../../../renderer/features/units/unitSearch';
import { usePlanStore } from '../../../renderer/state/usePlanStore';

const UNITS: Unit[] = [...createDefaultPlan().units].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
const idOf = (name: string) => UNITS.find((u) => u.name === name)!.id;
const QLKH = 'Phòng Quản lý Khoa học';
const VP = 'Văn phòng Sở';
const TC = 'Sở Tài chính';

beforeEach(() => usePlanStore.setState({ language: 'vi' }));
afterEach(cleanup);

/** A controlled picker whose value follows onChange, as the table and details panel use it. */
function Controlled(props: Omit<UnitPickerProps, 'value' | 'onChange'> & { initial: string[]; changes: string[][] }) {
  const { initial, changes, ...rest } = props;
  const [value, setValue] = useState(initial);
  return (
    <UnitPicker
      {...rest}
      value={value}
      onChange={(ids) => {
        changes.push(ids);
        setValue(ids);
      }}
    />
  );
}

const input = () => screen.getByRole('combobox') as HTMLInputElement;
const optionTexts = () => screen.queryAllByRole('option').map((o) => o.textContent);
const activeText = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')?.textContent;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });
const key = (k: string) => fireEvent.keyDown(input(), { key: k });
const chips = () => [...document.querySelectorAll('.up-chip-name')].map((c) => c.textContent);

describe('searchUnits', () => {
  it('ignores diacritics, case and word order, names starting with the query first', () => {
    // Every word counts, wherever it is ("Hải Phòng" has "phong"); names starting with the query come first.
    expect(searchUnits(UNITS, 'phong quan ly').map((u) => u.name)).toEqual([QLKH, 'Trường Đại học Quản lý và Công nghệ Hải Phòng']);
    expect(searchUnits(UNITS, 'PHÒNG QUẢN LÝ KHOA').map((u) => u.name)).toEqual([QLKH]);
    expect(searchUnits(UNITS, 'khoa hoc quan ly').map((u) => u.name)).toContain(QLKH);
    const dai = searchUnits(UNITS, 'dai hoc').map((u) => u.name);
    expect(dai.length).toBe(8);
    expect(dai.every((n) => n.startsWith('Trường Đại học'))).toBe(true);
    const so = searchUnits(UNITS, 'so').map((u) => u.name);
    expect(so.indexOf('Sở Công Thương')).toBeLessThan(so.indexOf(VP));
    expect(searchUnits(UNITS, '')).toHaveLength(UNITS.length);
    expect(searchUnits(UNITS, 'không có đơn vị này')).toEqual([]);
  });
});

describe('UnitPicker, single mode (lead unit)', () => {
  it('finds "Phòng Quản lý Khoa học" from "phong quan ly" and picks it with Enter', () => {
    const changes: string[][] = [];
    render(<Controlled units={UNITS} mode="single" initial={[idOf(VP)]} changes={changes} autoFocus />);
    expect(input().value).toBe(VP);
    expect(optionTexts()[0]).toBe('(không có)');
    expect(activeText()).toBe(VP); // the list opens on the current unit
    type('phong quan ly');
    expect(optionTexts()).toEqual([QLKH, 'Trường Đại học Quản lý và Công nghệ Hải Phòng']);
    expect(activeText()).toBe(QLKH);
    key('Enter');
    expect(changes).toEqual([[idOf(QLKH)]]);
    expect(input().value).toBe(QLKH);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('moves with ↓ and ↑ (staying inside the list) and picks "(không có)"', () => {
    const changes: string[][] = [];
    render(<Controlled units={UNITS} mode="single" initial={[]} changes={changes} autoFocus />);
    expect(activeText()).toBe('(không có)');
    key('ArrowUp');
    expect(activeText()).toBe('(không có)');
    key('ArrowDown');
    key('ArrowDown');
    expect(activeText()).toBe(UNITS[1]!.name);
    key('ArrowUp');
    expect(activeText()).toBe(UNITS[0]!.name);
    key('Enter');
    expect(changes).toEqual([[UNITS[0]!.id]]);

    fireEvent.click(input());
    key('ArrowUp');
    expect(activeText()).toBe('(không có)');
    key('Enter');
    expect(changes).toEqual([[UNITS[0]!.id], []]);
    expect(input().value).toBe('');
  });

  it('cancels with Esc: nothing changes, onCancel is called and the key does not reach the page', () => {
    const changes: string[][] = [];
    const onCancel = vi.fn();
    const pageKeys: boolean[] = [];
    const listener = (e: KeyboardEvent) => pageKeys.push(e.defaultPrevented);
    window.addEventListener('keydown', listener);
    render(<Controlled units={UNITS} mode="single" initial={[idOf(TC)]} changes={changes} onCancel={onCancel} autoFocus />);
    type('van phong');
    key('ArrowDown');
    key('Escape');
    window.removeEventListener('keydown', listener);
    expect(changes).toEqual([]);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(input().value).toBe(TC);
    expect(pageKeys.every((prevented) => prevented)).toBe(true);
  });

  it('renders names from the plan as text, never as HTML', () => {
    const hostile: Unit = { id: 'x', name: '<img src=x onerror="window.__pwned=1">Ban <b>B</b>', recipientOrder: null };
    render(<Controlled units={[...UNITS, hostile]} mode="single" initial={['x']} changes={[]} autoFocus />);
    expect(input().value).toBe(hostile.name);
    type('img');
    expect(optionTexts()).toEqual([hostile.name]);
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('UnitPicker, multi mode (coordinating units)', () => {
  it('shows chips in order, removes with × and Backspace, adds by search at the end', () => {
    const changes: string[][] = [];
    render(<Controlled units={UNITS} mode="multi" initial={[idOf(VP), idOf(QLKH), idOf(TC)]} changes={changes} />);
    expect(chips()).toEqual([VP, QLKH, TC]);
    fireEvent.click(screen.getByRole('button', { name: `Bỏ ${QLKH}` }));
    expect(chips()).toEqual([VP, TC]);

    fireEvent.focus(input());
    type('tai chinh');
    expect(optionTexts()).toEqual([]); // already chosen: not offered again
    type('quan ly khoa');
    expect(optionTexts()).toEqual([QLKH]);
    key('Enter');
    expect(chips()).toEqual([VP, TC, QLKH]);
    expect(input().value).toBe('');

    key('Backspace');
    expect(chips()).toEqual([VP, TC]);
    expect(changes).toEqual([[idOf(VP), idOf(TC)], [idOf(VP), idOf(TC), idOf(QLKH)], [idOf(VP), idOf(TC)]]);
  });

  it('offers "Thêm đơn vị mới “…”" for an unknown name and adds the created unit as a chip', async () => {
    const changes: string[][] = [];
    const onCreate = vi.fn(async (name: string) => (name === 'Sở Du lịch' ? 'new-unit-id' : null));
    render(<Controlled units={UNITS} mode="multi" initial={[idOf(VP)]} changes={changes} onCreate={onCreate} />);
    fireEvent.focus(input());
    type('so tai chinh'); // exists (without diacritics): no offer to create it again
    expect(optionTexts()).toEqual([TC]);
    type('  Sở   Du lịch ');
    expect(optionTexts()).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Thêm đơn vị mới “Sở Du lịch”']);
    key('ArrowDown');
    await act(async () => key('Enter'));
    expect(onCreate).toHaveBeenCalledWith('Sở Du lịch');
    // The new unit is not in `units` yet: its chip still shows the name.
    expect(chips()).toEqual([VP, 'Sở Du lịch']);
    expect(changes).toEqual([[idOf(VP), 'new-unit-id']]);
  });

  it('shows the message when creating fails, and changes nothing', async () => {
    const changes: string[][] = [];
    const onCreate = vi.fn(async () => {
      throw new Error('Tên đơn vị dài quá 2.000 ký tự.');
    });
    render(<Controlled units={UNITS} mode="single" initial={[]} changes={changes} onCreate={onCreate} autoFocus />);
    type('Ban mới');
    await act(async () => key('Enter'));
    expect(screen.getByRole('alert').textContent).toBe('Tên đơn vị dài quá 2.000 ký tự.');
    expect(changes).toEqual([]);
  });

  it('does not offer to create without onCreate', () => {
    render(<Controlled units={UNITS} mode="single" initial={[]} changes={[]} autoFocus />);
    type('Ban chưa có');
    expect(optionTexts()).toEqual([]);
    expect(screen.getByText('Không tìm thấy đơn vị')).toBeTruthy();
  });
});
