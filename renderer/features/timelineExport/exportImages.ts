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

/** One page's bytes, base64. */
export async function renderPage(layout: TimelineLayout, index: number, format: ImageFormat, scale: PixelScale): Promise<string> {
  const svg = renderTimelineSvg(layout, index, { fontCss: EMBEDDED_FONT_CSS, idPrefix: `p${index + 1}` });
  return format === 'svg' ? textToBase64(svg) : svgToPngBase64(svg, layout.width, layout.height, scale);
}

/** "Ke-hoach-1049.tiendo" → "Ke-hoach-1049 - Biểu đồ tiến độ.png". */
export function suggestedExportName(planFileName: string, ext: 'png' | 'svg' | 'pdf'): string {
  return `${planFileName.replace(/\.tiendo$/i, '')} - Biểu đồ tiến độ.${ext}`;
}

/**
 * One page: drawn, then saved where the user says. Several: the user says
 * where first, then each page is drawn and sent on its own (the main process
 * keeps them aside until the last arrives), so memory and messages stay small.
 */
export async function exportTimelineImages(
  plan: Plan,
  planFileName: string,
  options: TimelineExportOptions,
  format: ImageFormat,
  scale: PixelScale,
  onProgress: (p: ExportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<SavedExport | null> {
  const layout = layoutForExport(plan, options);
  const total = layout.pages.length;
  const suggestedName = suggestedExportName(planFileName, format);
  if (total === 1) {
    onProgress({ done: 0, total });
    const page = await renderPage(layout, 0, format, scale);
    onProgress({ done: 1, total });
    return api().saveTimelineExport({ format, pages: [page], suggestedName });
  }
  const begun = await api().beginTimelineExport({ format, pageCount: total, suggestedName });
  if (!begun) return null;
  onProgress({ done: 0, total });
  try {
    for (let i = 0; i < total; i++) {
      await yieldToUi();
      signal?.throwIfAborted();
      await api().writeTimelineExportPage({ exportId: begun.exportId, page: i + 1, dataBase64: await renderPage(layout, i, format, scale) });
      onProgress({ done: i + 1, total });
    }
    return await api().finishTimelineExport({ exportId: begun.exportId });
  } catch (error) {
    await api().cancelTimelineExport({ exportId: begun.exportId }).catch(() => null);
    throw error;
  }
}
