/**
 * The scheduling engine: critical-path method on working-day numbers.
 * Pure and synchronous; see types.ts for the contract and DOMAIN.md
 * ("Scheduling rules") for the semantics. A cycle is a result, not an error.
 */
import type { WorkCalendar } from '../calendar';
import { backwardPass } from './backward';
import { forwardPass } from './forward';
import { CODE, prepare } from './prepare';
import { expandSummaryLinks, outlineOf, rollUp } from './summaries';
import { buildGraph, topoOrder } from './topo';
import { PROGRESS_ISSUES, type ScheduleInput, type ScheduleResult } from './types';

const { NO_DEADLINE, IN_PROGRESS, D_WINDOW, D_SNET } = CODE;
const P_ACTUAL_AFTER_STATUS = PROGRESS_ISSUES.indexOf('actualAfterStatus');
const P_OUT_OF_SEQUENCE = PROGRESS_ISSUES.indexOf('outOfSequence');

export function schedule(input: ScheduleInput, calendar: WorkCalendar): ScheduleResult {
  const n = input.tasks.length;
  const outline = outlineOf(input.parents, n);
  // With an outline the passes see links between leaves only; origin maps them back to the plan's links.
  const expanded = outline === null ? null : expandSummaryLinks(outline, input.links);
  const graph = buildGraph(n, expanded === null ? input.links : expanded.links);
  const topo = topoOrder(graph);
  if ('cycle' in topo) return { ok: false, error: 'cycle', cycle: topo.cycle };
  const { order } = topo;
  const p = prepare(input, calendar, outline);

  const early = {
    earlyStart: new Int32Array(n),
    earlyFinish: new Int32Array(n),
    driverKind: new Uint8Array(n),
    driverLink: new Int32Array(n),
    violatedLink: new Int32Array(n).fill(-1),
    shownOnFinish: new Uint8Array(n),
  };
  forwardPass(graph, p, order, early);
  const { earlyStart: es, earlyFinish: ef, shownOnFinish } = early;

  // The day each task is shown to finish on: a milestone not reached by a finish is shown on its start.
  const shownFinish = new Int32Array(n);
  for (let i = 0; i < n; i++) shownFinish[i] = ef[i]! < es[i]! && shownOnFinish[i] === 0 ? es[i]! : ef[i]!;

  // An empty plan "finishes" the day before it starts.
  let lastFinish = p.projectStart - 1;
  let projectFinish = lastFinish;
  for (let i = 0; i < n; i++) {
    if (outline !== null && outline.summary[i] === 1) continue; // rolled up below
    if (ef[i]! > lastFinish) lastFinish = ef[i]!;
    if (shownFinish[i]! > projectFinish) projectFinish = shownFinish[i]!;
  }
  // On time: float is measured against the real finish; late: against the deadline,
  // so negative float is the number of working days late.
  const cap = Math.min(lastFinish, p.projectDeadline);

  const late = {
    lateStart: new Int32Array(n),
    lateFinish: new Int32Array(n),
    totalFloat: new Int32Array(n),
    freeFloat: new Int32Array(n),
    critical: new Uint8Array(n),
  };
  backwardPass(graph, p.lateDeadline === undefined ? p : { ...p, deadline: p.lateDeadline }, order, es, ef, cap, late);

  const daysLateOwn = new Int32Array(n);
  const daysLatePlan = new Int32Array(n);
  const progressIssue = new Uint8Array(n);
  const { deadline, projectDeadline, actualAfterStatus, progress } = p;
  const { violatedLink } = early;
  for (let i = 0; i < n; i++) {
    const own = deadline[i]!;
    const f = shownFinish[i]!;
    if (own !== NO_DEADLINE && f > own) daysLateOwn[i] = f - own;
    if (f > projectDeadline) daysLatePlan[i] = f - projectDeadline;
    if (actualAfterStatus[i] === 1) progressIssue[i] = P_ACTUAL_AFTER_STATUS;
    else if (progress[i]! >= IN_PROGRESS && violatedLink[i]! >= 0) progressIssue[i] = P_OUT_OF_SEQUENCE;
  }

  let outlineArrays = {};
  if (outline !== null && expanded !== null) {
    const { origin } = expanded;
    const { driverLink } = early;
    for (let i = 0; i < n; i++) {
      if (driverLink[i]! >= 0) driverLink[i] = origin[driverLink[i]!]!;
      if (violatedLink[i]! >= 0) violatedLink[i] = origin[violatedLink[i]!]!;
    }
    // A task's driver refers to an ancestor only when that ancestor's window or "không sớm hơn" sets its start.
    const driverTask = p.minStartTask ?? new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const kind = early.driverKind[i]!;
      if (p.minStartTask === undefined || (kind !== D_WINDOW && kind !== D_SNET)) driverTask[i] = i;
    }
    const percentComplete = Float64Array.from(input.tasks, (t) => t.percentComplete);
    rollUp(outline, { ...early, ...late, driverTask, progressIssue, percentComplete });
    // A summary's own window end and the plan's end date are checked on its rolled-up finish.
    for (let i = 0; i < n; i++) {
      if (outline.summary[i] === 0) continue;
      const f = Math.max(ef[i]!, es[i]!); // a milestone summary is shown on its start
      daysLateOwn[i] = deadline[i] !== NO_DEADLINE && f > deadline[i]! ? f - deadline[i]! : 0;
      daysLatePlan[i] = f > projectDeadline ? f - projectDeadline : 0;
    }
    outlineArrays = { driverTask, percentComplete };
  }

  return {
    ok: true,
    ...early,
    ...late,
    daysLateOwn,
    daysLatePlan,
    progressIssue,
    ...outlineArrays,
    projectFinish,
    projectDaysLate: Math.max(0, projectFinish - p.projectDeadline),
  };
}
