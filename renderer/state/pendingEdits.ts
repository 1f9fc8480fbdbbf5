/**
 * Text typed but not yet saved. Each open editor (a task-panel field, a
 * table cell) registers here while its text differs from the plan, and
 * everything that takes the user elsewhere — selecting another task from
 * the table or chart, any command (toolbar, keys, menu), switching view or
 * language, closing the window or opening another plan — first awaits
 * `flushPendingEdits()`. One registry, so no path can forget a field.
 * A refused value keeps its editor open (with the message, focused again)
 * and the caller does not go on.
 */
import { useEffect, useId, useRef } from 'react';

export interface PendingEdit {
  /** Saves the text; true when saved (or nothing left to save), false when refused. */
  flush(): Promise<boolean>;
  /** Puts the keyboard back in the editor (after a refusal). */
  focus(): void;
}

const pending = new Map<string, PendingEdit>();

export function registerPendingEdit(key: string, edit: PendingEdit): () => void {
  pending.set(key, edit);
  return () => {
    if (pending.get(key) === edit) pending.delete(key);
  };
}

export function hasPendingEdits(): boolean {
  return pending.size > 0;
}

/** Saves every pending edit, one after another; true when nothing is left unsaved. */
export async function flushPendingEdits(): Promise<boolean> {
  let refused: PendingEdit | null = null;
  for (const edit of [...pending.values()]) {
    if (!(await edit.flush())) refused ??= edit;
  }
  refused?.focus();
  return refused === null;
}

/** Runs `action` once the pending edits are saved; does nothing if one was refused. */
export async function afterPendingEdits(action: () => void | Promise<void>): Promise<void> {
  if (await flushPendingEdits()) await action();
}

/**
 * Registers an editor while `dirty`. `flush` and `focus` may change every
 * render; the registry always calls the latest.
 */
export function usePendingEdit(dirty: boolean, flush: () => Promise<boolean>, focus: () => void): void {
  const key = useId();
  const latest = useRef({ flush, focus });
  latest.current = { flush, focus };
  useEffect(() => {
    if (!dirty) return;
    return registerPendingEdit(key, { flush: () => latest.current.flush(), focus: () => latest.current.focus() });
  }, [dirty, key]);
}

/**
 * One save per typed value: a field left by blur while a navigation also
 * flushes it saves once, and both wait for the same answer.
 */
export function useOnceSaver(save: (text: string) => Promise<boolean>) {
  const last = useRef<{ text: string; result: Promise<boolean> } | null>(null);
  return {
    save(text: string): Promise<boolean> {
      if (last.current?.text === text) return last.current.result;
      const result = save(text).then((ok) => {
        if (!ok && last.current?.result === result) last.current = null; // a refused value may be sent again
        return ok;
      });
      last.current = { text, result };
      return result;
    },
    /** The plan's value changed: a later save of the same text is a new edit. */
    reset() {
      last.current = null;
    },
  };
}
