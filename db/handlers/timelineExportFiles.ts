/**
 * Writing exported files whole or not at all: each page goes to a hidden
 * temporary file beside its target, and only when every page is there are
 * they renamed into place. A long export streams its pages one call at a
 * time (small IPC messages, the renderer never holds all pages); the
 * pending exports of a window live here until finished or cancelled.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PlanError } from '../../core/errors';
import { foreignSvgContent } from '../../core/export/svgCheck';
import { writeSyncedTemp } from '../importing/atomicWrite';

export type ExportFormat = 'png' | 'svg' | 'pdf';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PlanError unless `bytes` start like the format says. */
export function checkBytes(format: ExportFormat, bytes: Buffer, page: number): void {
  const head = bytes.subarray(0, 512);
  const ok =
    format === 'png'
      ? head.subarray(0, 8).equals(PNG_SIGNATURE)
      : format === 'pdf'
        ? head.subarray(0, 5).toString('latin1') === '%PDF-'
        : /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(head.toString('utf8'));
  if (!ok) throw new PlanError('invalid-export', { reason: 'bad-bytes', page, format });
  // Only an SVG we draw is written: no script, foreign element, event attribute or external reference.
  const foreign = format === 'svg' ? foreignSvgContent(bytes.toString('utf8')) : null;
  if (foreign) throw new PlanError('invalid-export', { reason: 'foreign', page, found: foreign });
}

/** A file name without folders or characters Windows refuses, ending in the format's extension. */
export function safeFileName(name: string, ext: ExportFormat): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const clean = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim() || 'Biểu đồ tiến độ';
  return withExtension(clean, ext);
}

export function withExtension(file: string, ext: ExportFormat): string {
  return path.extname(file).toLowerCase() === `.${ext}` ? file : `${file}.${ext}`;
}

/** "/a/Tiến độ.png" → "/a/Tiến độ-trang-02.png" (zero-padded so the files sort in page order). */
export function pageFileName(target: string, page: number, pages: number): string {
  const ext = path.extname(target);
  const digits = Math.max(2, String(pages).length);
  return `${target.slice(0, target.length - ext.length)}-trang-${String(page).padStart(digits, '0')}${ext}`;
}

/** The files of an export of `pages` pages saved as `target`. */
export function targetsFor(target: string, pages: number): string[] {
  return pages === 1 ? [target] : Array.from({ length: pages }, (_, i) => pageFileName(target, i + 1, pages));
}

function cannotWrite(target: string, error: unknown): PlanError {
  const code = (error as NodeJS.ErrnoException).code ?? 'lỗi';
  return new PlanError('cannot-write', { reason: 'export', path: target, code }, { code });
}

function writeTemp(target: string, bytes: Buffer): string {
  try {
    return writeSyncedTemp(target, bytes);
  } catch (error) {
    throw cannotWrite(target, error);
  }
}

function publish(targets: string[], temps: string[]): void {
  targets.forEach((target, i) => {
    try {
      fs.renameSync(temps[i]!, target);
    } catch (error) {
      throw cannotWrite(target, error);
    }
  });
}

function removeAll(temps: readonly (string | undefined)[]): void {
  for (const temp of temps) if (temp) fs.rmSync(temp, { force: true });
}

/** Writes every file, or none (temporary files are removed on failure). */
export function writeAllOrNothing(targets: string[], contents: Buffer[]): void {
  const temps: string[] = [];
  try {
    targets.forEach((target, i) => temps.push(writeTemp(target, contents[i]!)));
    publish(targets, temps);
  } finally {
    removeAll(temps);
  }
}

interface Pending {
  format: ExportFormat;
  targets: string[];
  temps: (string | undefined)[];
}

/** Exports in progress in one window, by id. */
export class PendingExports {
  readonly #pending = new Map<string, Pending>();

  begin(format: ExportFormat, targets: string[]): string {
    const id = randomUUID();
    this.#pending.set(id, { format, targets, temps: new Array(targets.length) });
    return id;
  }

  writePage(id: string, page: number, bytes: Buffer): void {
    const pending = this.#get(id);
    if (page < 1 || page > pending.targets.length) throw new PlanError('invalid-export', { reason: 'no-page', page });
    checkBytes(pending.format, bytes, page);
    removeAll([pending.temps[page - 1]]); // a page sent again replaces the first one
    pending.temps[page - 1] = writeTemp(pending.targets[page - 1]!, bytes);
  }

  finish(id: string): string[] {
    const pending = this.#get(id);
    this.#pending.delete(id);
    try {
      const missing = pending.temps.findIndex((t) => t === undefined);
      if (missing >= 0) throw new PlanError('invalid-export', { reason: 'missing-page', page: missing + 1 });
      publish(pending.targets, pending.temps as string[]);
      return pending.targets;
    } finally {
      removeAll(pending.temps);
    }
  }

  cancel(id: string): void {
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    if (pending) removeAll(pending.temps);
  }

  #get(id: string): Pending {
    const pending = this.#pending.get(id);
    if (!pending) throw new PlanError('invalid-export', { reason: 'finished' });
    return pending;
  }
}
