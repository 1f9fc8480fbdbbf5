/** Link commands. A link that would close a loop is refused with the loop named, as found by the engine. */
import { MAX_LAG, type Link, type Plan } from '../model';
import { schedulePlan } from '../schedule';
import type { EditContext, EditOf } from './schema';
import { checkInteger, findLink, findTask, refuse, shortName, sttMap } from './validate';

export function addLink(plan: Plan, edit: EditOf<'addLink'>, ctx: EditContext): { plan: Plan; createdId: string } {
  const predecessor = findTask(plan, edit.predecessorId, 'predecessorId');
  const successor = findTask(plan, edit.successorId, 'successorId');
  if (predecessor.id === successor.id) refuse('successorId', 'invalid-edit', { reason: 'self-link' });
  const stt = sttMap(plan);
  if (plan.links.some((l) => l.predecessorId === predecessor.id && l.successorId === successor.id)) {
    refuse('successorId', 'duplicate-link', { from: stt.get(predecessor.id) ?? 0, to: stt.get(successor.id) ?? 0 });
  }
  const link: Link = {
    id: ctx.newId(),
    predecessorId: predecessor.id,
    successorId: successor.id,
    type: edit.type,
    lag: checkLag(edit.lag),
  };
  const next = { ...plan, links: [...plan.links, link] };
  refuseCycle(next, link);
  return { plan: next, createdId: link.id };
}

export function updateLink(plan: Plan, edit: EditOf<'updateLink'>): Plan {
  const link = findLink(plan, edit.linkId);
  const changed: Link = {
    ...link,
    type: edit.type ?? link.type,
    lag: edit.lag === undefined ? link.lag : checkLag(edit.lag),
  };
  return { ...plan, links: plan.links.map((l) => (l.id === link.id ? changed : l)) };
}

export function deleteLink(plan: Plan, edit: EditOf<'deleteLink'>): Plan {
  const link = findLink(plan, edit.linkId);
  return { ...plan, links: plan.links.filter((l) => l.id !== link.id) };
}

function checkLag(lag: number): number {
  return checkInteger(lag, -MAX_LAG, MAX_LAG, 'lag', 'lag');
}

/**
 * The engine reports a cycle as task indices in link order. It is rotated to
 * start at the new link's successor, so the new link is the last arrow:
 * "Liên kết tạo vòng lặp: 12. Tên → 13. Tên → 12. Tên".
 */
function refuseCycle(plan: Plan, added: Link): void {
  const ps = schedulePlan(plan);
  if (ps.result.ok) return;
  const ids = ps.result.cycle.map((i) => ps.order[i]!.id);
  const from = ids.indexOf(added.successorId);
  const rotated = from > 0 ? [...ids.slice(from), ...ids.slice(0, from)] : ids;
  const stt = sttMap(plan);
  const names = new Map(plan.tasks.map((t) => [t.id, t.name]));
  const label = (id: string) => `${stt.get(id)}. ${shortName(names.get(id) ?? '', 30)}`;
  const loop = [...rotated, rotated[0]!].map(label).join(' → ');
  refuse('successorId', 'cycle', { loop });
}
