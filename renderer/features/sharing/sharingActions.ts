/**
 * The page's side of sharing: a Save or a colleague's copy that needs the
 * user's choices opens the merge dialog; the choices go back through
 * resolveMerge; recovery after a crash is offered once the plan is shown;
 * a copy to send is written with or without the edit history. Outcomes are
 * told in the notice banner, failures in the error banner.
 */
import type { SharingResult } from '../../../core/api/features/sharing';
import type { MergeChoices } from '../../../core/merge/types';
import { api } from '../../api';
import { translate, type MessageKey } from '../../i18n/messages';
import { useDialogStore } from '../../state/useDialogStore';
import { usePlanStore } from '../../state/usePlanStore';
import { diffPlans, isEmptyDiff } from './planDiff';
import { useSharingStore, type MergeKind } from './useSharingStore';

function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(usePlanStore.getState().language, key, params);
}

const notify = (notice: string | null) => usePlanStore.setState({ notice });

/** Runs a call to the main process with the sharing dialogs' buttons disabled; failures go to the error banner. */
async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
  useSharingStore.setState({ busy: true });
  try {
    return await work();
  } catch (error) {
    usePlanStore.getState().reportError(error);
    return undefined;
  } finally {
    useSharingStore.setState({ busy: false });
  }
}

function openMergeDialog(kind: MergeKind, result: SharingResult): void {
  useSharingStore.setState({ merge: { kind, conflicts: result.conflicts, notes: result.notes } });
  useDialogStore.getState().open('mergeConflicts');
}

/** The notice after a Save (or Save As) that did not need choices. */
export function saveNotice(result: SharingResult): string | null {
  const file = result.state.fileName;
  switch (result.status) {
    case 'saved':
      return result.merged ? t('shSavedMerged', { file }) : t('shellSaved', { file });
    case 'unchanged':
      // Still dirty: a new plan whose Save As dialog was cancelled — nothing to say.
      return result.state.dirty ? null : t('shellNothingToSave');
    case 'merged':
      return t('shColleagueMergedNothing');
    case 'conflicts':
      return t('shMergePostponed', { n: result.conflicts.length });
  }
}

/** Shows a Save's outcome: saved → a notice; the file changed on disk with conflicts → the merge dialog. */
export function showSaveResult(result: SharingResult): void {
  usePlanStore.getState().showPlan(result.openPlan);
  if (result.status === 'conflicts') {
    notify(null);
    openMergeDialog('save', result);
    return;
  }
  notify(saveNotice(result));
}

function colleagueNotice(before: SharingResult['openPlan']['plan'] | undefined, result: SharingResult): string {
  const diff = before ? diffPlans(before, result.openPlan.plan) : null;
  const what = diff && !isEmptyDiff(diff) ? t('shColleagueMerged', { changed: diff.tasksChanged, added: diff.tasksAdded, removed: diff.tasksRemoved, other: diff.otherChanges }) : t('shColleagueMergedNothing');
  return result.notes.length ? `${what} ${result.notes.join(' ')}` : what;
}

/** "Gộp bản của đồng nghiệp…": the host asks for the file; conflicts → the merge dialog. */
export async function mergeColleagueCopy(): Promise<void> {
  const before = usePlanStore.getState().openPlan?.plan;
  const result = await busy(() => api().mergeColleagueCopy());
  if (!result) return; // cancelled, or the failure is in the banner
  usePlanStore.getState().showPlan(result.openPlan);
  if (result.status === 'conflicts') {
    notify(null);
    useSharingStore.setState({ colleagueBase: before ?? null });
    openMergeDialog('colleague', result);
    return;
  }
  notify(colleagueNotice(before, result));
}

/** The user's choices for every conflict: apply them (a waiting Save then writes the file). */
export async function resolveMerge(choices: MergeChoices): Promise<void> {
  const pending = useSharingStore.getState().merge;
  const before = useSharingStore.getState().colleagueBase ?? undefined;
  const result = await busy(() => api().resolveMerge({ choices }));
  if (!result) return; // the dialog stays open with the message above it
  usePlanStore.getState().showPlan(result.openPlan);
  if (result.status === 'conflicts') {
    // The file changed again meanwhile: new choices to make.
    openMergeDialog(pending?.kind ?? 'save', result);
    return;
  }
  closeMerge();
  notify(pending?.kind === 'colleague' ? colleagueNotice(before, result) : saveNotice(result));
}

/** "Để sau": nothing is saved; the next Save asks again. */
export function postponeMerge(): void {
  const pending = useSharingStore.getState().merge;
  closeMerge();
  if (pending) notify(t(pending.kind === 'save' ? 'shMergePostponed' : 'shColleaguePostponed', { n: pending.conflicts.length }));
}

function closeMerge(): void {
  useSharingStore.setState({ merge: null, colleagueBase: null });
  if (useDialogStore.getState().dialog === 'mergeConflicts') useDialogStore.getState().close();
}

/** Once the plan is shown: offer every working copy a crash (or a close without saving) left behind. */
export async function offerRecovery(): Promise<void> {
  try {
    const recoverable = await api().listRecoverable();
    if (recoverable.length === 0) return;
    useSharingStore.setState({ recoverable });
    if (useDialogStore.getState().dialog === null) useDialogStore.getState().open('recovery');
  } catch {
    // Nothing to offer is better than a start that fails: the entries stay for the next start.
  }
}

export async function recoverDocument(id: string): Promise<void> {
  const entry = useSharingStore.getState().recoverable.find((r) => r.id === id);
  const opened = await busy(() => recoverOverOpenFile(entry?.originalPath ?? null, id));
  if (!opened) return;
  // load() shows the recovered plan with its own undo history.
  await usePlanStore.getState().load();
  useSharingStore.setState({ recoverable: [] });
  useDialogStore.getState().close();
  notify(t(entry?.originalChanged ? 'shRecoveredChanged' : 'shRecovered', { file: opened.fileName }));
}

/**
 * At start the shell reopens the last plan, which is often the very file
 * whose unsaved working copy is offered: its lock is held by that open
 * plan, so recovery would be refused as "đang được mở". When the open plan
 * is that file and has no unsaved changes, close it first, and reopen it if
 * the recovery fails, so the window never ends up without a plan.
 */
async function recoverOverOpenFile(originalPath: string | null, id: string) {
  const state = await api().getDocumentState();
  if (originalPath === null || state.path !== originalPath) return api().recover({ id });
  const closed = await api().closePlan({ discardChanges: false });
  if (!closed.closed) return api().recover({ id }); // unsaved changes here: recover explains the refusal
  try {
    return await api().recover({ id });
  } catch (error) {
    await api().openPlanWith(originalPath, { mode: 'normal' });
    throw error;
  }
}

export async function discardRecovery(id: string): Promise<void> {
  const done = await busy(async () => {
    await api().discardRecovery({ id });
    return true;
  });
  if (!done) return;
  const left = useSharingStore.getState().recoverable.filter((r) => r.id !== id);
  useSharingStore.setState({ recoverable: left });
  if (left.length === 0) useDialogStore.getState().close();
}

/** "Gửi bản sao…" after the user chose whether the edit history goes with it. */
export async function sendCopy(withoutHistory: boolean): Promise<void> {
  useDialogStore.getState().close();
  const copy = await busy(() => api().saveCopyForColleague({ withoutHistory }));
  if (copy) notify(t('shellCopySaved', { path: copy.path }));
}
