/**
 * PNG and SVG export in the renderer: lay the plan out (core), write each
 * page as SVG with the font embedded, rasterise it for PNG, and hand the
 * pages to the main process to save. One page at a time with a yield in
 * between, so the progress bar moves and the window stays responsive.
 */
import type { SavedExport } from '../../../core/api/features/timelineExport';
import type { TimelineExportOptions } from '../../../core/export/options';
import { layoutTimeline, type TimelineLayout } from '../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../core/export/timelineSvg';
import type { Plan } from '../../../core/model';
import { schedulePlan } from '../../../core/schedule';
import { api } from '../../api';
import { EMBEDDED_FONT_CSS } from './exportFont';
import { svgToPngBase64, textToBase64 } from './svgToPng';

export type ImageFormat = 'png' | 'svg';
export type PixelScale = 1 | 2 | 3;

export interface ExportProgress {
  done: number;
  total: number;
}

/** Lets the browser paint and handle input between pages. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function layoutForExport(plan: Plan, options: TimelineExportOptions): TimelineLayout {
  return layoutTimeline(plan, schedulePlan(plan), options);
}

/** Every page as base64 bytes (PNG or SVG). */
export async function renderPages(
  layout: TimelineLayout,
  format: ImageFormat,
  scale: PixelScale,
  onProgress: (p: ExportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<string[]> {
  const total = layout.pages.length;
  const pages: string[] = [];
  onProgress({ done: 0, total });
  for (let i = 0; i < total; i++) {
    await yieldToUi();
    signal?.throwIfAborted();
    const svg = renderTimelineSvg(layout, i, { fontCss: EMBEDDED_FONT_CSS, idPrefix: `p${i + 1}` });
    pages.push(format === 'svg' ? textToBase64(svg) : await svgToPngBase64(svg, layout.width, layout.height, scale));
    onProgress({ done: i + 1, total });
  }
  return pages;
}

/** "Ke-hoach-1049.tiendo" → "Ke-hoach-1049 - Biểu đồ tiến độ.png". */
export function suggestedExportName(planFileName: string, ext: 'png' | 'svg' | 'pdf'): string {
  return `${planFileName.replace(/\.tiendo$/i, '')} - Biểu đồ tiến độ.${ext}`;
}

export async function exportTimelineImages(
  plan: Plan,
  planFileName: string,
  options: TimelineExportOptions,
  format: ImageFormat,
  scale: PixelScale,
  onProgress?: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<SavedExport | null> {
  const layout = layoutForExport(plan, options);
  const pages = await renderPages(layout, format, scale, onProgress, signal);
  return api().saveTimelineExport({ format, pages, suggestedName: suggestedExportName(planFileName, format) });
}
