/**
 * What both readers (MSPDI, .gan) hand back, and the checks every plan from
 * another planner passes before anything is written: text made safe and
 * fitted to the plan file's limits, the model's own validation, no cycle.
 */
import { PlanError } from '../errors';
import { xmlSafe } from '../formats/xmlText';
import { planSchema, type Plan } from '../model';
import { schedulePlan } from '../schedule';
import { parentOf, wbsOf, withOutline } from './outlineFields';

export type InterchangeFormat = 'mspdi' | 'gan';

export interface InterchangeImport {
  format: InterchangeFormat;
  plan: Plan;
  /** What could not be carried over, and why (shown in the preview; nothing is silently dropped). */
  problems: string[];
}

/** Control characters removed, at most `max` characters (a longer text is cut and that is said in `problems`). */
export function cleanText(text: string, max: number, what: string, problems: string[]): string {
  const clean = xmlSafe(text);
  if (clean.length <= max) return clean;
  problems.push(`${what} dài quá ${max} ký tự nên bị cắt.`);
  const code = clean.charCodeAt(max - 1);
  return clean.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export function checkedPlan(candidate: Plan, formatName: string): Plan {
  const parsed = planSchema.safeParse(candidate);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PlanError('invalid-data', { reason: 'interchange', format: formatName, detail: first.join('; ') });
  }
  // The outline fields survive validation even before the model on main has them.
  const outline = new Map(candidate.tasks.map((t) => [t.id, t]));
  const plan = { ...parsed.data, tasks: parsed.data.tasks.map((t) => withOutline(t, parentOf(outline.get(t.id)!), wbsOf(outline.get(t.id)!))) };
  const ps = schedulePlan(plan);
  if (!ps.result.ok) {
    const names = ps.result.cycle.map((i) => `“${ps.order[i]?.name ?? ''}”`).join(' → ');
    throw new PlanError('cycle', { reason: 'import', format: formatName, loop: names });
  }
  return plan;
}
