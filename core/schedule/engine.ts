/**
 * The scheduling engine: critical-path method on working-day numbers.
 * Pure and synchronous; see types.ts for the contract and DOMAIN.md
 * ("Scheduling rules") for the semantics. A cycle is a result, not an error.
 */
import type { WorkCalendar } from '../calendar';
import { backwardPass } from './backward';
import { forwardPass } from './forward';
import { CODE, prepare } from './prepare';
import { buildGraph, topoOrder } from './topo';
import type { ScheduleInput, ScheduleResult } from './types';

const { NO_DEADLINE } = CODE;

export function schedule(input: ScheduleInput, calendar: WorkCalendar): ScheduleResult {
  const n = input.tasks.length;
  const graph = buildGraph(n, input.links);
  const topo = topoOrder(graph);
  if ('cycle' in topo) return { ok: false, error: 'cycle', cycle: topo.cycle };
  const { order } = topo;
  const p = prepare(input, calendar);

  const early = {
    earlyStart: new Int32Array(n),
    earlyFinish: new Int32Array(n),
    driverKind: new Uint8Array(n),
    driverLink: new Int32Array(n),
    violatedLink: new Int32Array(n).fill(-1),
  };
  forwardPass(graph, p, order, early);
  const { earlyFinish: ef } = early;

  // An empty plan "finishes" the day before it starts.
  let projectFinish = p.projectStart - 1;
  for (let i = 0; i < n; i++) if (ef[i]! > projectFinish) projectFinish = ef[i]!;
  // On time: float is measured against the real finish; late: against the deadline,
  // so negative float is the number of working days late.
  const cap = Math.min(projectFinish, p.projectDeadline);

  const late = {
    lateStart: new Int32Array(n),
    lateFinish: new Int32Array(n),
    totalFloat: new Int32Array(n),
    freeFloat: new Int32Array(n),
    critical: new Uint8Array(n),
  };
  backwardPass(graph, p, order, early.earlyStart, ef, cap, late);

  const daysLateOwn = new Int32Array(n);
  const daysLatePlan = new Int32Array(n);
  const { deadline, projectDeadline } = p;
  for (let i = 0; i < n; i++) {
    const own = deadline[i]!;
    const f = ef[i]!;
    if (own !== NO_DEADLINE && f > own) daysLateOwn[i] = f - own;
    if (f > projectDeadline) daysLatePlan[i] = f - projectDeadline;
  }

  return {
    ok: true,
    ...early,
    ...late,
    daysLateOwn,
    daysLatePlan,
    projectFinish,
    projectDaysLate: Math.max(0, projectFinish - p.projectDeadline),
  };
}
