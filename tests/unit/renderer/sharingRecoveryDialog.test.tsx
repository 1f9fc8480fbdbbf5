// @vitest-environment happy-dom
/**
 * The recovery dialog over the real API: a plan left with unsaved changes in
 * a data folder is offered at start; "Bỏ" asks first, "Không" keeps it, and
 * "Bỏ hẳn" removes the working copy from the data folder (listRecoverable
 * is empty afterwards). Plan text is shown as text.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../core/api/client';
import { dispatch } from '../../../core/api/dispatch';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { tasksInOrder } from '../../../core/model';
import { applyEditToFile } from '../../../db/editing/applyEditToFile';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile } from '../../../db/planStore';
import { PlanSession } from '../../../db/session';
import { offerRecovery, RecoveryDialog } from '../../../renderer/features/sharing';
import { useDialogStore } from '../../../renderer/state/useDialogStore';
import { usePlanStore } from '../../../renderer/state/usePlanStore';
import { createTestHost } from '../../support/testHost';
import { tempDir } from '../db/fixtures';

const sessions: PlanSession[] = [];
afterEach(() => {
  cleanup();
  for (const s of sessions.splice(0)) s.close();
  useDialogStore.setState({ dialog: null });
});

/** A session that edits `file` and goes away without saving, then a new session on the same data folder. */
async function leftUnsaved() {
  const dataDir = tempDir();
  const host = createTestHost({ user: 'Phạm <b>Hà</b>', computer: 'MAY-HA' });
  const file = createPlanFile(path.join(tempDir(), 'Ke-hoach-bo.tiendo'), createDefaultPlan());
  const before = new PlanSession({ dataDir, identity: host });
  before.open(file);
  const first = tasksInOrder(before.getPlan().plan)[0]!;
  applyEditToFile(before, { op: 'updateTask', taskId: first.id, changes: { name: 'Sửa chưa lưu' } }, { user: host.userName(), computer: host.computerName(), at: new Date() });
  before.close(); // unsaved: the working copy stays in the data folder

  const other = createPlanFile(path.join(tempDir(), 'Khac.tiendo'), createDefaultPlan());
  const now = new PlanSession({ dataDir, identity: host });
  sessions.push(now);
  now.open(other);
  const handlers = createApiHandlers(now, host);
  Object.defineProperty(window, 'tiendo', { configurable: true, value: createApiClient((method, args) => dispatch(handlers, method, args)) });
  usePlanStore.setState({ language: 'vi', openPlan: null, error: null });
  await act(() => usePlanStore.getState().load());
  return { now, file };
}

describe('RecoveryDialog', () => {
  it('offers the unsaved plan; Bỏ asks, Không keeps it, Bỏ hẳn removes it', async () => {
    const { now, file } = await leftUnsaved();
    await act(() => offerRecovery());
    expect(useDialogStore.getState().dialog).toBe('recovery');
    render(<RecoveryDialog onClose={() => useDialogStore.getState().close()} />);

    const item = screen.getByRole('listitem');
    expect(within(item).getByText('Ke-hoach-bo.tiendo')).toBeTruthy();
    expect(within(item).getByText(file)).toBeTruthy();
    expect(item.textContent).toContain('Phạm <b>Hà</b> trên máy MAY-HA'); // as text
    expect(document.querySelector('.recovery-item b')).toBeNull();

    fireEvent.click(within(item).getByRole('button', { name: 'Bỏ' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Không' }));
    expect(now.listRecoverable()).toHaveLength(1);

    fireEvent.click(within(item).getByRole('button', { name: 'Bỏ' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Bỏ hẳn' }));
    await waitFor(() => expect(useDialogStore.getState().dialog).toBeNull());
    expect(now.listRecoverable()).toEqual([]);
  });
});
