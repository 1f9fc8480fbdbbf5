/**
 * Where the timeline export meets the app shell (renderer/main.tsx):
 * - "#print?o=…" shows only the print view (a hidden window prints it to PDF);
 * - "#xuat-bieu-do" opens the export dialog over the app (a deep link, and how
 *   the end-to-end tests reach the dialog until a toolbar button opens it).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { isPrintHash } from '../../../core/export/printRoute';
import { TimelineExportDialog } from './TimelineExportDialog';
import { TimelinePrintView } from './TimelinePrintView';
import { isReportPrintHash } from '../../../core/report/reportPrintRoute';
import { ReportPrintView } from '../progressReport/ReportPrintView';

export const EXPORT_DIALOG_HASH = '#xuat-bieu-do';

export function TimelineExportEntry({ children }: { children: ReactNode }) {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  if (isPrintHash(hash)) return <TimelinePrintView />;
  if (isReportPrintHash(hash)) return <ReportPrintView />;
  const close = () => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setHash('');
  };
  return (
    <>
      {children}
      {hash === EXPORT_DIALOG_HASH && <TimelineExportDialog onClose={close} />}
    </>
  );
}
