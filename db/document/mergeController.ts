/**
 * The two merges of a document and their pending conflicts:
 * - Save when the original changed since it was opened: base = the snapshot,
 *   mine = the working copy, theirs = the file now on disk; once merged, the
 *   file on disk becomes the new base and the Save goes through.
 * - "Merge a colleague's copy…": theirs = their file, base = see merging.ts;
 *   the merge goes into the working copy, saved by the next Save.
 * Conflicts wait here for the user's choices. If the working copy changed
 * meanwhile (an edit while the dialog was open), the merge is recomputed
 * and the choices applied to it when they still cover every conflict.
 */
import path from 'node:path';
import { mergePlans, resolveConflicts, type Conflict, type MergeChoices } from '../../core/merge';
import type { Plan } from '../../core/model';
import { PlanError } from '../../core/errors';
import { readPlan } from '../planStore';
import type { DataFolder } from './dataFolder';
import type { Fingerprint } from './files';
import type { Identity } from './lock';
import { applyMergedPlan, findBase, readCheckedPlan, readPlanFile } from './merging';
import { changeCounter, type PlanDocument } from './planDocument';
import { resolvePlanPath } from './realPath';

export interface MergeStep {
  status: 'done' | 'conflicts';
  conflicts: Conflict[];
  notes: string[];
}

interface Pending {
  kind: 'save' | 'colleague';
  source: string;
  merged: Plan;
  conflicts: Conflict[];
  notes: string[];
  theirsBytes: Buffer;
  theirsFingerprint: Fingerprint;
  /** The working copy's change counter when the merge was computed. */
  counter: number;
}

export class MergeController {
  #pending: Pending | null = null;

  constructor(
    private readonly data: DataFolder,
    private readonly me: Identity,
  ) {}

  get pending(): boolean {
    return this.#pending !== null;
  }

  forget(): void {
    this.#pending = null;
  }

  /** Merges the original as it is now on disk into the working copy; then it is the new base (Save proceeds). */
  mergeOriginal(doc: PlanDocument): MergeStep {
    return this.#start(doc, 'save', doc.originalPath!);
  }

  mergeColleague(doc: PlanDocument, file: string): MergeStep {
    const source = resolvePlanPath(file);
    if (source === doc.originalPath) {
      throw new PlanError('same-file', { reason: 'merge' });
    }
    return this.#start(doc, 'colleague', source);
  }

  resolve(doc: PlanDocument, choices: MergeChoices): MergeStep & { kind: 'save' | 'colleague' } {
    let pending = this.#pending;
    if (!pending) throw new PlanError('no-merge');
    if (changeCounter(doc.workingPath) !== pending.counter) {
      pending = this.#compute(doc, pending.kind, pending.source);
      if (pending.conflicts.some((c) => choices[c.id] === undefined)) {
        this.#pending = pending;
        return { kind: pending.kind, status: 'conflicts', conflicts: pending.conflicts, notes: pending.notes };
      }
    }
    const resolved = resolveConflicts(pending.merged, pending.conflicts, choices);
    const notes = [...pending.notes, ...resolved.notes];
    if (resolved.conflicts.length > 0) {
      this.#pending = { ...pending, merged: resolved.merged, conflicts: resolved.conflicts, notes };
      return { kind: pending.kind, status: 'conflicts', conflicts: resolved.conflicts, notes };
    }
    this.#pending = null;
    this.#apply(doc, { ...pending, merged: resolved.merged });
    return { kind: pending.kind, status: 'done', conflicts: [], notes };
  }

  #start(doc: PlanDocument, kind: Pending['kind'], source: string): MergeStep {
    const pending = this.#compute(doc, kind, source);
    if (pending.conflicts.length > 0) {
      this.#pending = pending;
      return { status: 'conflicts', conflicts: pending.conflicts, notes: pending.notes };
    }
    this.#pending = null;
    this.#apply(doc, pending);
    return { status: 'done', conflicts: [], notes: pending.notes };
  }

  #compute(doc: PlanDocument, kind: Pending['kind'], source: string): Pending {
    const theirs = readCheckedPlan(source, this.data.documentDir(doc.id));
    const mine = readPlan(doc.db);
    const snapshot = readPlanFile(doc.basePath);
    const base = kind === 'save' ? snapshot : findBase(this.data, snapshot, mine, theirs.plan, source);
    const result = mergePlans(base, mine, theirs.plan);
    return {
      kind,
      source,
      ...result,
      theirsBytes: theirs.bytes,
      theirsFingerprint: theirs.fingerprint,
      counter: changeCounter(doc.workingPath),
    };
  }

  #apply(doc: PlanDocument, pending: Pending): void {
    const name = path.basename(pending.source);
    const label =
      pending.kind === 'save'
        ? { vi: `Gộp thay đổi người khác đã lưu vào “${name}”`, en: `Merged changes others saved to “${name}”` }
        : { vi: `Gộp bản của đồng nghiệp “${name}”`, en: `Merged colleague's copy “${name}”` };
    applyMergedPlan(doc.db, pending.merged, this.me, label);
    if (pending.kind === 'save') doc.adoptBase(pending.theirsBytes, pending.theirsFingerprint);
  }
}
