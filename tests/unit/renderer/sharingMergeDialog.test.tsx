// @vitest-environment happy-dom
/**
 * The merge dialog over a real conflict: two sessions save the same field
 * differently; the dialog shows the three versions as text (plan text with
 * HTML stays text), the user picks "theirs", and the file gets that value.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MergeChoices } from '../../../core/merge/types';
import { openPlanDatabase } from '../../../db/openPlanFile';
import { readPlan } from '../../../db/planStore';
import { MergeConflictsDialog } from '../../../renderer/features/sharing';
import { usePlanStore } from '../../../renderer/state/usePlanStore';
import { edit, person, planFile, type Person } from '../db/document/helpers';

const people: Person[] = [];
afterEach(() => {
  cleanup();
  for (const p of people.splice(0)) p.session.close();
});

function conflictOnSave() {
  const file = planFile();
  const a = person('Lan', 'MAY-LAN');
  const b = person('Hùng', 'MAY-HUNG');
  people.push(a, b);
  a.session.open(file);
  b.session.open(file, { mode: 'anyway' });
  edit(a, { op: 'updateTask', taskId: 't-2', changes: { name: '<img src=x onerror="window.pwned=1">Lan' } });
  edit(b, { op: 'updateTask', taskId: 't-2', changes: { name: 'Bản của Hùng' } });
  a.session.save();
  const outcome = b.session.save();
  return { file, b, outcome };
}

describe('MergeConflictsDialog', () => {
  it('shows each conflict as text and sends the chosen sides', () => {
    usePlanStore.setState({ language: 'vi' });
    const { file, b, outcome } = conflictOnSave();
    expect(outcome.status).toBe('conflicts');
    let sent: MergeChoices | null = null;
    render(<MergeConflictsDialog conflicts={outcome.conflicts} notes={outcome.notes} onResolve={(c) => (sent = c)} onCancel={() => {}} />);

    const row = screen.getByRole('row', { name: /Công việc STT 2/u });
    expect(within(row).getByText('Xây dựng dự thảo')).toBeTruthy();
    expect(within(row).getByText('<img src=x onerror="window.pwned=1">Lan')).toBeTruthy(); // theirs, as text
    expect(document.querySelector('img')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: /Tên: Của người kia/u }));
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect(sent).toEqual({ 'task:t-2:name': 'theirs' });

    b.session.resolveMerge(sent!);
    const db = openPlanDatabase(file, { readOnly: true });
    expect(readPlan(db).tasks.find((t) => t.id === 't-2')!.name).toBe('<img src=x onerror="window.pwned=1">Lan');
    db.close();
  });

  it('sets every choice at once, in English too', () => {
    usePlanStore.setState({ language: 'en' });
    const { outcome } = conflictOnSave();
    let sent: MergeChoices | null = null;
    render(<MergeConflictsDialog conflicts={outcome.conflicts} onResolve={(c) => (sent = c)} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Take all theirs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep all mine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(sent).toEqual({ 'task:t-2:name': 'mine' });
  });
});
