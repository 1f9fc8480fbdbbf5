/**
 * The report's print view (route "index.html#report?o=…"): the open plan's
 * progress report on one A4 page, printed to PDF by the host (Electron's
 * printToPDF in the app, Playwright's page.pdf() in the tests). Same
 * data-print-state handshake as the timeline's print view.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reportPrintState } from '../../../core/export/printRoute';
import { buildProgressReport } from '../../../core/report/progressReport';
import { progressReportOptions } from '../../../core/report/reportOptions';
import { A4_PAGE, reportPageSvg } from '../../../core/report/reportPage';
import { parseReportPrintHash } from '../../../core/report/reportPrintRoute';
import { api, errorMessage } from '../../api';
import { LINKED_FONT_CSS } from '../timelineExport/exportFont';

const PAGE_CSS = `${LINKED_FONT_CSS}
@page { size: ${A4_PAGE.mm.width}mm ${A4_PAGE.mm.height}mm; margin: 0; }
html, body, #root { height: auto !important; margin: 0; padding: 0; overflow: visible !important; background: #fff; }
.report-print-page { width: ${A4_PAGE.mm.width}mm; height: ${A4_PAGE.mm.height}mm; overflow: hidden; }
.report-print-page > svg { display: block; width: 100%; height: 100%; }`;

async function fontsLoaded(): Promise<void> {
  const sample = 'Tiến Độ ăâđêôơư ẠẢẤẦẨẪẬ';
  await Promise.all([document.fonts.load("400 16px 'Noto Sans'", sample), document.fonts.load("600 16px 'Noto Sans'", sample)]);
  await document.fonts.ready;
}

export function ReportPrintView() {
  const [state, setState] = useState<{ page: Element } | { error: string } | null>(null);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const options = parseReportPrintHash(window.location.hash);
        const { plan } = await api().getPlan();
        const report = buildProgressReport(plan, progressReportOptions(options));
        document.title = plan.info.title;
        // Parsed as XML (never as HTML): plan text stays text.
        const doc = new DOMParser().parseFromString(reportPageSvg(report, { language: options.language }), 'image/svg+xml');
        if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('Trang in không hợp lệ (SVG).');
        if (live) setState({ page: doc.documentElement });
      } catch (error) {
        reportPrintState(document, { error: errorMessage(error) });
        if (live) setState({ error: errorMessage(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, []);

  useLayoutEffect(() => {
    if (state && 'page' in state) ref.current?.replaceChildren(document.importNode(state.page, true));
  }, [state]);

  useEffect(() => {
    if (!state || 'error' in state) return;
    let live = true;
    void fontsLoaded().then(() => requestAnimationFrame(() => live && reportPrintState(document, { ready: true })));
    return () => {
      live = false;
    };
  }, [state]);

  if (!state) return null;
  if ('error' in state) return <p role="alert">{state.error}</p>;
  return (
    <>
      <style>{PAGE_CSS}</style>
      <section className="report-print-page" ref={ref} />
    </>
  );
}
