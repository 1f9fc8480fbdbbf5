/**
 * The file commands of the menu, toolbar and keys — Lưu (Ctrl+S), Lưu
 * thành… (Ctrl+Shift+S), Gửi bản sao…, Gộp bản của đồng nghiệp… — run
 * through the sharing API. A Save that finds the file changed by someone
 * else opens the merge dialog (renderer/features/sharing). (New, Open, Open
 * Recent and Close are the main process's: they need the unsaved-changes
 * question, see electron/documentActions.ts.)
 */
import { api } from '../../api';
import { useDialogStore } from '../../state/useDialogStore';
import { usePlanStore } from '../../state/usePlanStore';
import { mergeColleagueCopy, showSaveResult } from '../sharing/sharingActions';

export type FileCommand = 'file.save' | 'file.saveAs' | 'file.sendCopy' | 'file.mergeCopy';

export async function runFileCommand(command: FileCommand): Promise<void> {
  const store = usePlanStore.getState();
  try {
    switch (command) {
      case 'file.sendCopy':
        // First ask whether the edit history (names, times) goes with the copy.
        return useDialogStore.getState().open('sendCopy');
      case 'file.mergeCopy':
        return await mergeColleagueCopy();
      case 'file.save':
      case 'file.saveAs': {
        const result = command === 'file.save' ? await api().save() : await api().saveAs();
        if (result !== null) showSaveResult(result); // null: the Save As dialog was cancelled
        return;
      }
    }
  } catch (error) {
    store.reportError(error);
  }
}
