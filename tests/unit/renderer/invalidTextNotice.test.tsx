// @vitest-environment happy-dom
/**
 * The open notice over the real API: a crafted plan file whose task name is
 * not UTF-8 opens with a notice banner naming the task, shown as text; once
 * dismissed it does not come back on the next refresh.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../core/api/client';
import { dispatch } from '../../../core/api/dispatch';
import { createApiHandlers } from '../../../db/handlers';
import { PlanSession } from '../../../db/session';
import { Database } from '../../../db/sqlite';
import { ErrorBanner } from '../../../renderer/components/ErrorBanner';
import { usePlanStore } from '../../../renderer/state/usePlanStore';
import { createTestHost } from '../../support/testHost';
import { planFile } from '../db/document/helpers';

const sessions: PlanSession[] = [];
afterEach(() => {
  cleanup();
  for (const s of sessions.splice(0)) s.close();
});

function NoticeOnly() {
  const notice = usePlanStore((s) => s.notice);
  return notice ? <ErrorBanner kind="notice" message={notice} onDismiss={() => usePlanStore.getState().dismissNotice()} /> : null;
}

describe('the open notice for invalid UTF-8', () => {
  it('appears after opening, names the task, and stays dismissed', async () => {
    const file = planFile();
    const db = new Database(file, { fileMustExist: true });
    db.exec(`UPDATE tasks SET name = CAST(X'3C623E41FFFE42' AS TEXT) WHERE id = 't-2'`); // "<b>A" + bad bytes + "B"
    db.close();
    const host = createTestHost({ user: 'Lan', computer: 'MAY-LAN' });
    const session = new PlanSession({ identity: host });
    sessions.push(session);
    session.open(file);
    const handlers = createApiHandlers(session, host);
    Object.defineProperty(window, 'tiendo', { configurable: true, value: createApiClient((method, args) => dispatch(handlers, method, args)) });
    usePlanStore.setState({ language: 'vi', openPlan: null, error: null, notice: null, document: null });
    render(<NoticeOnly />);
    await act(() => usePlanStore.getState().load());

    const banner = await waitFor(() => screen.getByRole('status'));
    expect(banner.textContent).toContain('Công việc STT 2 (“<b>A��B”) — Tên');
    expect(banner.querySelector('b')).toBeNull(); // plan text is text
    fireEvent.click(banner.querySelector('button')!);
    expect(usePlanStore.getState().notice).toBeNull();
    await act(() => usePlanStore.getState().load()); // a refresh of the same document
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(usePlanStore.getState().notice).toBeNull();
  });
});
