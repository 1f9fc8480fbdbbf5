/** Shared set-up for the document tests: real plan files and data folders in temp dirs, sessions with fixed identities. */
import fs from 'node:fs';
import { afterEach } from 'vitest';
import path from 'node:path';
import type { PlanEdit } from '../../../../core/edits';
import type { Plan } from '../../../../core/model';
import { applyEditToFile } from '../../../../db/editing/applyEditToFile';
import { createPlanFile } from '../../../../db/planStore';
import { PlanSession, type SessionOptions } from '../../../../db/session';
import { Database } from '../../../../db/sqlite';
import { createTestHost, type TestHost } from '../../../support/testHost';
import { makeFixturePlan, tempDir } from '../fixtures';

export { makeFixturePlan, snapshot, tempDir } from '../fixtures';

export const NOW = new Date('2026-11-28T09:30:00Z');

export function planFile(dir = tempDir(), name = 'Ke-hoach.tiendo', plan: Plan = makeFixturePlan()): string {
  return createPlanFile(path.join(dir, name), plan);
}

export interface Person {
  host: TestHost;
  session: PlanSession;
  dataDir: string;
}

export function person(user: string, computer: string, options: Omit<SessionOptions, 'identity'> = {}): Person {
  const host = createTestHost({ user, computer, now: () => NOW });
  const dataDir = options.dataDir ?? tempDir();
  return { host, dataDir, session: new PlanSession({ ...options, dataDir, identity: host }) };
}

export function edit(p: Person, change: PlanEdit): Plan {
  return applyEditToFile(p.session, change, { user: p.host.userName(), computer: p.host.computerName(), at: NOW }).plan;
}

export const task = (plan: Plan, id: string) => plan.tasks.find((t) => t.id === id)!;

/** Names in `dir` other than the plan files and locks we expect: -journal, -wal, -shm, temporaries. */
export function companions(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => /-(journal|wal|shm)$|\.saving|\.tmp$/u.test(n));
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join();
  } finally {
    db.close();
  }
}

const opened: Person[] = [];
/** A `person` whose session is closed after the current test. */
export function someone(...args: Parameters<typeof person>): Person {
  const p = person(...args);
  opened.push(p);
  return p;
}
afterEach(() => {
  for (const p of opened.splice(0)) p.session.close();
});
