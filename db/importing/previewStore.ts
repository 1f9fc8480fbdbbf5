/**
 * Tables read for a preview, kept in the main process until the user
 * applies one: applyImport by previewId writes exactly what was shown,
 * without sending thousands of rows back over IPC. A few at most (one
 * dialog per window); an applied preview is forgotten so a double click
 * cannot append the same rows twice.
 */
import { randomUUID } from 'node:crypto';
import { PlanError } from '../../core/errors';
import type { ImportedTable } from '../../core/import/source';
import type { InterchangeImport } from '../../core/interchange';

export interface StoredPreview {
  sourceName: string;
  table: ImportedTable;
  /** Set when the file came from another planner (MS Project XML, .gan): the whole plan, links and outline included. */
  other?: InterchangeImport;
}

const KEEP = 4;

export class PreviewStore {
  readonly #entries = new Map<string, StoredPreview>();

  add(preview: StoredPreview): string {
    const id = randomUUID();
    this.#entries.set(id, preview);
    while (this.#entries.size > KEEP) this.#entries.delete(this.#entries.keys().next().value!);
    return id;
  }

  get(id: string): StoredPreview {
    const found = this.#entries.get(id);
    if (!found) {
      throw new PlanError('preview-expired');
    }
    return found;
  }

  forget(id: string): void {
    this.#entries.delete(id);
  }
}
