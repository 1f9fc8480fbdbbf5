/**
 * The window's close request (its close button, Ctrl+W, quitting) waits for
 * the unsaved-changes question: the first `close` is cancelled, the question
 * asked, and the window closed again only when the answer allows it.
 */
export interface ClosableWindow {
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

export interface CloseGuardDeps {
  /** Lưu / Không lưu / Huỷ: true when the window may close. */
  confirmClose(): Promise<boolean>;
  /** The close goes ahead (remember the window's place). */
  onClosing(): void;
  /** The close went ahead after the question (quit, if the close was part of quitting). */
  afterApproved(): void;
  /** "Huỷ", or Save did not complete: a quit in progress is called off too. */
  onCancelled(): void;
  onError(error: unknown): void;
}

export function guardClose(window: ClosableWindow, deps: CloseGuardDeps): void {
  let approved = false;
  let asking = false;
  window.on('close', (event) => {
    if (approved) {
      deps.onClosing();
      return;
    }
    event.preventDefault();
    if (asking) return; // a second click while the question is open
    asking = true;
    deps
      .confirmClose()
      .then((mayClose) => {
        if (!mayClose) return deps.onCancelled();
        approved = true;
        window.close();
        deps.afterApproved();
      })
      .catch((error: unknown) => deps.onError(error))
      .finally(() => (asking = false));
  });
}
