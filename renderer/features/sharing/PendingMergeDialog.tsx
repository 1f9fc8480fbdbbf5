/** The merge dialog over the merge that waits for choices (from a Save or a colleague's copy). */
import { useEffect } from 'react';
import { MergeConflictsDialog } from './MergeConflictsDialog';
import { postponeMerge, resolveMerge } from './sharingActions';
import { useSharingStore } from './useSharingStore';

export function PendingMergeDialog({ onClose }: { onClose(): void }) {
  const merge = useSharingStore((s) => s.merge);
  const busy = useSharingStore((s) => s.busy);
  // Opened with nothing waiting (e.g. a stale dialog name): close instead of showing an empty dialog.
  useEffect(() => {
    if (!merge) onClose();
  }, [merge, onClose]);
  if (!merge) return null;
  return (
    <MergeConflictsDialog
      // New conflicts (the file changed again) start with fresh choices.
      key={merge.conflicts.map((c) => c.id).join('|')}
      conflicts={merge.conflicts}
      notes={merge.notes}
      busy={busy}
      onResolve={(choices) => void resolveMerge(choices)}
      onCancel={postponeMerge}
    />
  );
}
