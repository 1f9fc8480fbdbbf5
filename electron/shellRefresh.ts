/**
 * Keeps the shell in step with the document: after API calls (coalesced,
 * since an edit is often several calls) it reads the document state and the
 * recent files, and updates the title and, when the list changed, Open
 * Recent. Reads go to the raw handlers, so they never schedule themselves.
 */
import type { ApiMethod } from '../core/api/contract';
import type { DocumentState, RecentFile } from '../core/api/features/sharing';

export interface ShellView {
  /** null: no plan open. */
  readState(): Promise<DocumentState | null>;
  readRecent(): Promise<RecentFile[]>;
  showDocument(state: DocumentState | null): void;
  showRecent(files: RecentFile[]): void;
}

/** The shell's own reads: a call to them changes nothing worth a refresh. */
const READS = new Set<ApiMethod>(['getDocumentState', 'listRecent']);

export function createShellRefresher(view: ShellView, onError: (error: unknown) => void, delayMs = 50) {
  let shownRecent: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function refresh(): Promise<void> {
    view.showDocument(await view.readState());
    const recent = await view.readRecent();
    const key = JSON.stringify(recent);
    if (key !== shownRecent) {
      shownRecent = key;
      view.showRecent(recent);
    }
  }

  return {
    refresh,
    /** For afterEachCall: one refresh shortly after a burst of calls. */
    schedule(method: ApiMethod): void {
      if (READS.has(method) || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        refresh().catch(onError);
      }, delayMs);
    },
  };
}
