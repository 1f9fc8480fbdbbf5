/**
 * Saving timeline exports. The renderer sends PNG/SVG pages it drew; a PDF
 * is printed by the host from the print view. Files are written whole or
 * not at all: every page goes to a temporary file beside its target first,
 * and only when all are written are they renamed into place.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiHandlersFor } from '../../core/api/dispatch';
import type { SavedExport, timelineExportContract } from '../../core/api/features/timelineExport';
import type { FileFilter, HostServices } from '../../core/api/host';
import { PlanError } from '../../core/errors';
import { layoutTimeline } from '../../core/export/timelineLayout';
import type { TimelineExportOptions } from '../../core/export/options';
import { printRoute } from '../../core/export/printRoute';
import { schedulePlan } from '../../core/schedule';
import type { PlanSession } from '../session';

const FILTERS: Record<'png' | 'svg' | 'pdf', FileFilter> = {
  png: { name: 'Ảnh PNG', extensions: ['png'] },
  svg: { name: 'Ảnh vectơ SVG', extensions: ['svg'] },
  pdf: { name: 'Tài liệu PDF', extensions: ['pdf'] },
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function createTimelineExportHandlers(session: PlanSession, host: HostServices): ApiHandlersFor<typeof timelineExportContract> {
  return {
    async saveTimelineExport({ format, pages, suggestedName }) {
      const bytes = pages.map((page) => Buffer.from(page, 'base64'));
      bytes.forEach((b, i) => checkImage(format, b, i + 1));
      const chosen = await host.chooseSavePath({
        title: format === 'png' ? 'Lưu ảnh biểu đồ tiến độ' : 'Lưu biểu đồ tiến độ (SVG)',
        defaultName: safeFileName(suggestedName, format),
        filters: [FILTERS[format]],
      });
      if (chosen === null) return null;
      const target = withExtension(chosen, format);
      const paths = bytes.length === 1 ? [target] : bytes.map((_, i) => pageFileName(target, i + 1, bytes.length));
      writeAllOrNothing(paths, bytes);
      return saved(paths);
    },

    async exportTimelinePdf({ options, suggestedName }) {
      if (options.preset === 'slide') throw new PlanError('pdf-needs-paper', 'PDF được in trên khổ giấy A4 hoặc A3: hãy chọn khổ giấy.');
      if (!host.printToPdf) throw new PlanError('pdf-unavailable', 'Phiên bản này chưa xuất được PDF.');
      const { plan, fileName } = session.getPlan();
      // Refuse what the print view would refuse (empty filter, bad range, cycle) before printing.
      layoutTimeline(plan, schedulePlan(plan), options);
      const pdf = Buffer.from(await host.printToPdf({ route: printRoute(options), pageSize: options.preset, landscape: options.orientation === 'landscape' }));
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new PlanError('pdf-failed', 'Không tạo được tệp PDF.');
      const chosen = await host.chooseSavePath({
        title: 'Lưu biểu đồ tiến độ (PDF)',
        defaultName: safeFileName(suggestedName ?? defaultPdfName(fileName, options), 'pdf'),
        filters: [FILTERS.pdf],
      });
      if (chosen === null) return null;
      const target = withExtension(chosen, 'pdf');
      writeAllOrNothing([target], [pdf]);
      return saved([target]);
    },
  };
}

function saved(paths: string[]): SavedExport {
  return { path: paths[0]!, paths };
}

function checkImage(format: 'png' | 'svg', bytes: Buffer, page: number): void {
  const ok =
    format === 'png'
      ? bytes.subarray(0, 8).equals(PNG_SIGNATURE)
      : /^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(bytes.subarray(0, 512).toString('utf8'));
  if (!ok) throw new PlanError('invalid-export', `Dữ liệu trang ${page} không phải ảnh ${format.toUpperCase()} hợp lệ; chưa lưu gì.`);
}

function defaultPdfName(fileName: string, options: TimelineExportOptions): string {
  const stem = fileName.replace(/\.tiendo$/i, '');
  return `${stem} - Biểu đồ tiến độ ${options.preset}.pdf`;
}

/** A file name without folders or characters Windows refuses, ending in the format's extension. */
export function safeFileName(name: string, ext: 'png' | 'svg' | 'pdf'): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const clean = base.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim() || 'Biểu đồ tiến độ';
  return withExtension(clean, ext);
}

function withExtension(file: string, ext: string): string {
  return path.extname(file).toLowerCase() === `.${ext}` ? file : `${file}.${ext}`;
}

/** "/a/Tiến độ.png" → "/a/Tiến độ-trang-02.png" (zero-padded so the files sort in page order). */
export function pageFileName(target: string, page: number, pages: number): string {
  const ext = path.extname(target);
  const digits = String(pages).length < 2 ? 2 : String(pages).length;
  return `${target.slice(0, target.length - ext.length)}-trang-${String(page).padStart(digits, '0')}${ext}`;
}

function writeAllOrNothing(targets: string[], contents: Buffer[]): void {
  const temps: string[] = [];
  try {
    targets.forEach((target, i) => {
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(temp);
      const fd = fs.openSync(temp, 'wx');
      try {
        fs.writeFileSync(fd, contents[i]!);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    });
    targets.forEach((target, i) => fs.renameSync(temps[i]!, target));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'lỗi';
    throw new PlanError('cannot-write', `Không ghi được tệp “${targets[temps.length - 1] ?? targets[0]}” (${code}); chưa lưu gì.`, { code });
  } finally {
    for (const temp of temps) fs.rmSync(temp, { force: true });
  }
}
