/**
 * The print view (route "index.html#print?o=…"): the open plan's timeline
 * laid out for paper, one SVG per sheet, CSS @page at the sheet's size with
 * no margin (each SVG draws its own). Chromium prints it to PDF — Electron's
 * printToPDF in the app, Playwright's page.pdf() in the tests — so the same
 * view is tested in Chromium. It reports on <html data-print-state> when its
 * fonts are loaded (ready) or why it could not lay out (error); the document
 * title (the PDF's title) is the plan's.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { pageSpec } from '../../../core/export/options';
import { parsePrintHash, reportPrintState } from '../../../core/export/printRoute';
import { layoutTimeline } from '../../../core/export/timelineLayout';
import { renderTimelineSvg } from '../../../core/export/timelineSvg';
import { schedulePlan } from '../../../core/schedule';
import { api, errorMessage } from '../../api';
import { LINKED_FONT_CSS } from './exportFont';

interface Ready {
  sheets: Element[];
  css: string;
}

/** Parsed as XML (never as HTML): a malformed page is an error, not a guess. */
function parseSvg(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('Trang in không hợp lệ (SVG).');
  return doc.documentElement;
}

function pageCss(preset: Parameters<typeof pageSpec>[0], orientation: Parameters<typeof pageSpec>[1]): string {
  const spec = pageSpec(preset, orientation);
  const [w, h] = spec.mm ? [`${spec.mm.width}mm`, `${spec.mm.height}mm`] : [`${spec.width}px`, `${spec.height}px`];
  return `${LINKED_FONT_CSS}
@page { size: ${w} ${h}; margin: 0; }
html, body, #root { height: auto !important; margin: 0; padding: 0; overflow: visible !important; background: #fff; }
.timeline-print-page { width: ${w}; height: ${h}; overflow: hidden; break-after: page; }
.timeline-print-page:last-child { break-after: auto; }
.timeline-print-page > svg { display: block; width: 100%; height: 100%; }
@media screen {
  html, body { background: #e4e7eb; }
  .timeline-print-page { margin: 12px auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
}`;
}

async function fontsLoaded(): Promise<void> {
  const sample = 'Tiến Độ ăâđêôơư ẠẢẤẦẨẪẬ';
  await Promise.all([document.fonts.load("400 16px 'Noto Sans'", sample), document.fonts.load("600 16px 'Noto Sans'", sample)]);
  await document.fonts.ready;
}

export function TimelinePrintView() {
  const [state, setState] = useState<Ready | { error: string } | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const options = parsePrintHash(window.location.hash);
        const { plan } = await api().getPlan();
        const layout = layoutTimeline(plan, schedulePlan(plan), options);
        document.title = plan.info.title;
        const sheets = layout.pages.map((_, i) => parseSvg(renderTimelineSvg(layout, i, { idPrefix: `p${i + 1}` })));
        if (live) setState({ sheets, css: pageCss(options.preset, options.orientation) });
      } catch (error) {
        reportPrintState(document, { error: errorMessage(error) });
        if (live) setState({ error: errorMessage(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!state || 'error' in state) return;
    let live = true;
    void fontsLoaded().then(() => {
      // One frame after the fonts, so layout and paint have used them.
      requestAnimationFrame(() => {
        if (live) reportPrintState(document, { ready: true });
      });
    });
    return () => {
      live = false;
    };
  }, [state]);

  if (!state) return null;
  if ('error' in state) return <p role="alert" className="timeline-print-error">{state.error}</p>;
  return (
    <div className="timeline-print">
      <style>{state.css}</style>
      {state.sheets.map((sheet, i) => (
        <PrintPage key={i} sheet={sheet} />
      ))}
    </div>
  );
}

/** One sheet: its parsed SVG adopted into the page. */
function PrintPage({ sheet }: { sheet: Element }) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    ref.current?.replaceChildren(document.importNode(sheet, true));
  }, [sheet]);
  return <section className="timeline-print-page" ref={ref} />;
}
