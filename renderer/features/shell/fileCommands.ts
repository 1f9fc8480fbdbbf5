/**
 * The file commands the application menu sends to the page — Lưu (Ctrl+S),
 * Lưu thành…, Gửi bản sao… — run through the sharing API; the outcome
 * shows in the notice banner and the plan view follows what was saved.
 * (New, Open, Open Recent and Close are the main process's: they need the
 * unsaved-changes question, see electron/documentActions.ts.)
 */
import type { SharingResult } from '../../../core/api/features/sharing';
import { api } from '../../api';
import { translate, type MessageKey } from '../../i18n/messages';
import { usePlanStore } from '../../state/usePlanStore';

export type FileCommand = 'file.save' | 'file.saveAs' | 'file.sendCopy';

export async function runFileCommand(command: FileCommand): Promise<void> {
  const store = usePlanStore.getState();
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(store.language, key, params);
  try {
    if (command === 'file.sendCopy') {
      // A clean copy to send: the undo history (names, times) stays with us.
      const copy = await api().saveCopyForColleague({ withoutHistory: true });
      if (copy) usePlanStore.setState({ notice: t('shellCopySaved', { path: copy.path }) });
      return;
    }
    const result = command === 'file.save' ? await api().save() : await api().saveAs();
    if (result === null) return; // the Save As dialog was cancelled
    store.showPlan(result.openPlan);
    usePlanStore.setState({ notice: saveNotice(result, t) });
  } catch (error) {
    store.reportError(error);
  }
}

function saveNotice(result: SharingResult, t: (key: MessageKey, params?: Record<string, string | number>) => string): string | null {
  switch (result.status) {
    case 'saved':
      return t(result.merged ? 'shellSavedMerged' : 'shellSaved', { file: result.state.fileName });
    case 'unchanged':
      // Still dirty: a new plan whose Save As dialog was cancelled — nothing to say.
      return result.state.dirty ? null : t('shellNothingToSave');
    case 'merged':
      return t('shellSavedMerged', { file: result.state.fileName });
    case 'conflicts':
      return t('shellSaveConflicts', { n: result.conflicts.length });
  }
}
