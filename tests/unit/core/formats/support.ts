/** Helpers for the export tests: the default plan's expected table, and zip parts read with jszip (not the writers' code). */
import JSZip from 'jszip';
import { createDefaultPlan } from '../../../../core/defaultPlan';
import { tasksInOrder, type Plan } from '../../../../core/model';
import { describeTask, schedulePlan } from '../../../../core/schedule';

export async function zipPart(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(name);
  if (!part) throw new Error(`no ${name} in the archive: ${Object.keys(zip.files).join(', ')}`);
  return part.async('string');
}

export function defaultPlanWithSchedule(): { plan: Plan; names: string[]; starts: string[]; finishes: string[] } {
  const plan = createDefaultPlan();
  const { result, order, calendar, input } = schedulePlan(plan);
  if (!result.ok) throw new Error('the default plan must schedule');
  const views = order.map((_, i) => describeTask(result, i, calendar, input));
  return {
    plan,
    names: tasksInOrder(plan).map((t) => t.name),
    starts: views.map((v) => v.start),
    finishes: views.map((v) => v.finish),
  };
}

/** A Date at UTC midnight of a calendar day, as a spreadsheet date should read back. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
