/**
 * The app's private data folder (Electron's userData; a temp folder in
 * tests). Layout:
 *   documents/<id>/working.tiendo   the working copy every edit is saved to
 *   documents/<id>/base.tiendo      the pristine snapshot of what was opened/last saved
 *   documents/<id>/document.json    the recovery manifest entry: which original it belongs to
 *   sent/<sha256>.tiendo            copies saved for colleagues (bases for merging their edits)
 *   recent.json                     the Open Recent list
 * One manifest entry per working copy (rather than one shared file) so two
 * windows or app instances never rewrite each other's entries.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readJson, writeJsonAtomic } from './files';

const fingerprintSchema = z.object({ size: z.number().int().min(0), mtimeMs: z.number(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) });

export const documentEntrySchema = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[0-9a-f-]{36}$/u),
  /** The file this working copy belongs to; null for a new plan never saved. */
  originalPath: z.string().min(1).max(4096).nullable(),
  displayName: z.string().max(1000),
  pid: z.number().int(),
  user: z.string().max(500),
  computer: z.string().max(500),
  openedAt: z.iso.datetime(),
  /** The working copy's SQLite change counter when it last matched the original: differs → unsaved changes. */
  savedCounter: z.number().int().min(0),
  /** The original as opened or last saved; null when there is none yet. */
  fingerprint: fingerprintSchema.nullable(),
  readOnly: z.boolean(),
  /**
   * Set just before a Save renames its file over the original: if the app
   * dies before recording the save, the next start recognises the original
   * by this hash as our own save (not someone else's change) and completes it.
   */
  pendingSave: z
    .object({ path: z.string().min(1).max(4096), sha256: z.string().regex(/^[0-9a-f]{64}$/u), counter: z.number().int().min(0) })
    .nullable()
    .default(null),
});
export type DocumentEntry = z.infer<typeof documentEntrySchema>;

const DOCUMENT_ID = /^[0-9a-f-]{36}$/u;
/** In a document folder until its entry is written: the id of the process filling it. */
const OPENING_MARK = 'opening.pid';
/** A folder without entry or mark (made before the mark existed) is a leftover once this old. */
const UNMARKED_GRACE_MS = 3_600_000;

function readSmallText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(0, 20);
  } catch {
    return '';
  }
}

export class DataFolder {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    fs.mkdirSync(this.documentsDir, { recursive: true });
  }

  get documentsDir(): string {
    return path.join(this.root, 'documents');
  }

  get sentDir(): string {
    return path.join(this.root, 'sent');
  }

  get recentFile(): string {
    return path.join(this.root, 'recent.json');
  }

  /** A new document folder, marked with this process's id until its entry is written (see sweepUnfinished). */
  newDocumentId(): string {
    const id = randomUUID();
    fs.mkdirSync(this.documentDir(id), { recursive: true });
    fs.writeFileSync(path.join(this.documentDir(id), OPENING_MARK), String(process.pid));
    return id;
  }

  /**
   * Removes document folders left by a crash before their entry was written
   * (mid-open or mid-create): never offered for recovery, they would stay for
   * ever. A folder still being filled by a live process is left alone.
   */
  sweepUnfinished(isAlive: (pid: number) => boolean, now = Date.now()): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.documentsDir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!DOCUMENT_ID.test(name) || this.readEntry(name)) continue;
      const dir = this.documentDir(name);
      const pid = Number(readSmallText(path.join(dir, OPENING_MARK)));
      const unmarkedAndOld = !pid && now - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? now) > UNMARKED_GRACE_MS;
      if (unmarkedAndOld || (pid > 0 && pid !== process.pid && !isAlive(pid))) this.removeDocument(name);
    }
  }

  documentDir(id: string): string {
    return path.join(this.documentsDir, id);
  }

  workingPath(id: string): string {
    return path.join(this.documentDir(id), 'working.tiendo');
  }

  basePath(id: string): string {
    return path.join(this.documentDir(id), 'base.tiendo');
  }

  /** The snapshot of a save in progress, becoming base.tiendo once the save is recorded. */
  pendingBasePath(id: string): string {
    return path.join(this.documentDir(id), 'base.pending.tiendo');
  }

  writeEntry(entry: DocumentEntry): void {
    writeJsonAtomic(path.join(this.documentDir(entry.id), 'document.json'), entry);
    fs.rmSync(path.join(this.documentDir(entry.id), OPENING_MARK), { force: true });
  }

  readEntry(id: string): DocumentEntry | null {
    if (!DOCUMENT_ID.test(id)) return null;
    const entry = readJson(path.join(this.documentDir(id), 'document.json'), documentEntrySchema);
    return entry?.id === id ? entry : null;
  }

  listEntries(): DocumentEntry[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.documentsDir);
    } catch {
      return [];
    }
    return names.map((name) => this.readEntry(name)).filter((e): e is DocumentEntry => e !== null);
  }

  removeDocument(id: string): void {
    if (DOCUMENT_ID.test(id)) fs.rmSync(this.documentDir(id), { recursive: true, force: true });
  }
}
