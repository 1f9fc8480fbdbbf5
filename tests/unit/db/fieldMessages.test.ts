/**
 * Refusals name the field in Vietnamese, through the real dispatcher: a
 * number that is not finite, a lag at the contract's limit (accepted and
 * scheduled, never an `unexpected` error), and the file stays as it was.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { createApiHandlers } from '../../../db/handlers';
import type { PlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { defaultPlanFile, stt } from './editingFixtures';

const sessions: PlanSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function setup() {
  const opened = defaultPlanFile();
  sessions.push(opened.session);
  const handlers = createApiHandlers(opened.session, createTestHost());
  return { ...opened, call: (...args: unknown[]) => dispatch(handlers, 'applyEdit', args) };
}

describe('field messages', () => {
  it('Infinity or NaN for a number: “Thời lượng — phải là một số hữu hạn”, not “mong đợi số, nhận được số”', async () => {
    const { call, plan, edited } = setup();
    const bytes = fs.readFileSync(edited);
    for (const duration of [Infinity, -Infinity, NaN]) {
      const response = await call({ op: 'updateTask', taskId: stt(plan, 2).id, changes: { duration } });
      expect(response).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: 'Dữ liệu gửi tới lệnh "applyEdit" không hợp lệ: Thời lượng — phải là một số hữu hạn.' } });
    }
    const lag = await call({ op: 'updateLink', linkId: plan.links[0]!.id, lag: Infinity });
    expect(lag).toMatchObject({ ok: false, error: { message: expect.stringContaining('Độ trễ — phải là một số hữu hạn') } });
    expect(fs.readFileSync(edited).equals(bytes)).toBe(true);
  });

  it('a lag of ±100,000 working days is refused with a message naming the lag (the calendar holds 10,000), never an unexpected error', async () => {
    const { call, plan } = setup();
    for (const lag of [100_000, -100_000]) {
      const response = (await call({ op: 'updateLink', linkId: plan.links[0]!.id, lag })) as { ok: boolean; error?: { code: string; message: string } };
      expect(response.ok).toBe(false);
      expect(response.error!.code).not.toBe('unexpected');
      expect(response.error!.message).toMatch(/Độ trễ|lag/iu);
      expect(response.error!.message).not.toMatch(/Ngày làm việc số|Invalid input|expected/u);
    }
  });

  it('a field other than a plan field is still named', async () => {
    const { call } = setup();
    const response = await call({ op: 'moveTasks', taskIds: ['x'], direction: 'sideways' });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-arguments', message: expect.stringMatching(/^Dữ liệu gửi tới lệnh "applyEdit" không hợp lệ: .+\.$/u) } });
    expect((response as { error: { message: string } }).error.message).not.toMatch(/Invalid input|expected/u);
  });
});
