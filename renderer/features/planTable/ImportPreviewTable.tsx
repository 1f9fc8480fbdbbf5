/**
 * The rows of an import preview as the reader understood them, before
 * anything is written: the outline (sections in bold, rows indented under
 * them, the plan's own numbering), the window as written and as read, each
 * row's problems, and the lines after the table that are not imported.
 * Text from the file is untrusted: React renders it as text, never as HTML.
 */
import type { ImportPreviewRow } from '../../../core/api/features/planTable';
import { useT } from '../../i18n/useT';
import { usePlanStore } from '../../state/usePlanStore';

/** Rows drawn at most; every row is still imported. */
export const MAX_PREVIEW_ROWS = 500;

export function ImportPreviewTable({ rows, onlyProblems, skipped = [] }: { rows: ImportPreviewRow[]; onlyProblems: boolean; skipped?: string[] }) {
  const t = useT();
  const shown = onlyProblems ? rows.filter((r) => r.problems.length > 0) : rows;
  const drawn = shown.slice(0, MAX_PREVIEW_ROWS);
  return (
    <>
      <div className="pt-table-wrap">
        <table className="pt-table">
          <colgroup>
            <col className="pt-c-stt" />
            <col className="pt-c-name" />
            <col />
            <col />
            <col />
            <col className="pt-c-window" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>{t('colStt')}</th>
              <th>{t('colName')}</th>
              <th>{t('lead')}</th>
              <th>{t('coordinators')}</th>
              <th>{t('ptColWindowText')}</th>
              <th>{t('ptColWindowParsed')}</th>
              <th>{t('deliverable')}</th>
              <th>{t('ptColProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {drawn.map((row, i) => (
              <PreviewRow key={i} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > drawn.length && <p className="pt-more">{t('ptMoreRows', { n: shown.length - drawn.length })}</p>}
      {skipped.length > 0 && <SkippedLines lines={skipped} />}
    </>
  );
}

/** Footnotes, "Nơi nhận" and the signature block after the table: listed, not imported. */
function SkippedLines({ lines }: { lines: string[] }) {
  const t = useT();
  return (
    <details className="pt-skipped">
      <summary>{t('ptSkippedRows', { n: lines.length })}</summary>
      <ul>
        {lines.slice(0, MAX_PREVIEW_ROWS).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

function PreviewRow({ row }: { row: ImportPreviewRow }) {
  const flagged = row.problems.length > 0;
  const classes = ['pt-row', flagged && 'pt-flagged', row.summary && 'pt-section'].filter(Boolean).join(' ');
  return (
    <tr className={classes} aria-level={row.level + 1}>
      <td>{row.wbs}</td>
      <td className="pt-name" style={{ paddingLeft: `${6 + Math.min(row.level, 8) * 16}px` }}>
        <Clamp text={row.name} />
      </td>
      <td>
        <Clamp text={row.lead} />
      </td>
      <td>
        <Clamp text={row.coordinators.join('; ')} />
      </td>
      <td>
        <Clamp text={row.windowText} />
      </td>
      <td className={row.windowKind === 'unreadable' && row.windowText !== '' ? 'pt-window pt-unreadable' : 'pt-window'}>
        <WindowText row={row} />
      </td>
      <td>
        <Clamp text={row.deliverable} />
      </td>
      <td className="pt-row-problems">{row.problems.join('; ')}</td>
    </tr>
  );
}

/** The window as read, in the UI language. */
function WindowText({ row }: { row: ImportPreviewRow }) {
  const language = usePlanStore((s) => s.language);
  if (row.windowText === '') return null;
  return <>{language === 'vi' ? row.window : row.windowEn}</>;
}

function Clamp({ text }: { text: string }) {
  return (
    <span className="pt-clamp" title={text.length > 80 ? text.slice(0, 2000) : undefined}>
      {text}
    </span>
  );
}
