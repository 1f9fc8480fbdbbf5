/**
 * Reads a whole plan document (Kế hoạch) as plain text, as in
 * seed/ke-hoach-1049.txt: header lines, title, signer, the task table and
 * the list of recipients. Lenient by design: missing parts come back empty
 * with a message in `problems`; nothing throws.
 */
import { SIGNER_TITLE_RE } from './import/matrix';
import { readTaskTable } from './import/textTable';
import type { PlanTaskRow, TaskTable } from './planTable';
import { foldVietnamese, lowerFirst } from './text';

export type { PlanTaskRow, TaskTable } from './planTable';

export type ParsedPlanDocument = {
  /** The number line as written, e.g. "Số: /KH- SKHCN" (blank until issued). */
  number: string;
  /** e.g. "Hải Phòng, ngày tháng 4 năm 2026". */
  placeAndDate: string;
  /** The issuing body from the letterhead, or null when the text has none. */
  organisation: string | null;
  /** The paragraph under the "KẾ HOẠCH" heading, as written ("Triển khai thực hiện …"). */
  subtitle: string;
  /** How the product names the plan: "Kế hoạch triển khai thực hiện …". */
  title: string;
  signer: string;
  rows: PlanTaskRow[];
  /** "Danh sách các đơn vị gửi kế hoạch", in order. */
  recipients: string[];
  problems: string[];
};

export function parsePlanDocument(text: string): ParsedPlanDocument {
  const source = typeof text === 'string' ? text : '';
  const lines = source.split(/\r\n|\r|\n/).map((l) => l.trim());
  // Only short lines can be headings, dates or names; folding long paragraphs is wasted work.
  const folded = lines.map((l) => (l.length > 300 ? '' : foldVietnamese(l)));
  const problems: string[] = [];

  const number = lines[folded.findIndex((f) => /^so ?:/.test(f))] ?? '';
  const placeAndDate = lines[folded.findIndex((f) => /^[^,]{2,80}, ngay\b.*\bnam \d{4}\.?$/.test(f))] ?? '';
  const headingAt = folded.findIndex((f) => f === 'ke hoach');
  const subtitle = headingAt < 0 ? '' : nextNonEmpty(lines, headingAt + 1);
  if (subtitle === '') problems.push('Không tìm thấy tên kế hoạch (đoạn dưới tiêu đề "KẾ HOẠCH")');

  const table = readTaskTable(source, { mode: 'document', year: yearIn([placeAndDate, subtitle]) });
  problems.push(...table.problems);

  return {
    number,
    placeAndDate,
    organisation: findOrganisation(lines, folded, headingAt < 0 ? lines.length : headingAt),
    subtitle,
    title: displayTitle(subtitle),
    signer: findSigner(lines, folded),
    rows: table.rows,
    recipients: findRecipients(lines, folded),
    problems,
  };
}

/** A bare table pasted from Word/Excel (tab-separated), read like the document's table. */
export function parseTaskTable(text: string, context?: { year?: number }): TaskTable {
  return readTaskTable(typeof text === 'string' ? text : '', { mode: 'bare', year: context?.year });
}

/** The first year written "năm 2027" in these lines (the heading date, then the title), if any. */
export function yearIn(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const m = /\bnam (\d{4})\b/.exec(foldVietnamese(line.slice(0, 500)));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** "Triển khai thực hiện …" → "Kế hoạch triển khai thực hiện …". */
export function displayTitle(subtitle: string): string {
  if (subtitle === '' || foldVietnamese(subtitle).startsWith('ke hoach')) return subtitle;
  return `Kế hoạch ${lowerFirst(subtitle)}`;
}

function nextNonEmpty(lines: string[], from: number): string {
  return lines.slice(from).find((l) => l !== '') ?? '';
}

const ORGANISATION_RE = /^(so|ubnd|uy ban|ban|bo|vien|truong|cuc|chi cuc|trung tam|van phong|cong an) /;

/** The letterhead's last body line before the heading ("UBND TP…" then "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
function findOrganisation(lines: string[], folded: string[], before: number): string | null {
  let found: string | null = null;
  for (let i = 0; i < before; i++) {
    if (ORGANISATION_RE.test(folded[i] ?? '')) found = lines[i] ?? null;
  }
  return found;
}


/** The name under "GIÁM ĐỐC" (skipping "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" and "(Đã ký)"). */
function findSigner(lines: string[], folded: string[]): string {
  const at = folded.findIndex((f) => SIGNER_TITLE_RE.test(f));
  if (at < 0) return '';
  for (let i = at + 1; i < lines.length; i++) {
    const f = folded[i] ?? '';
    if (f === '' || f.startsWith('(') || f.startsWith('[') || SIGNER_TITLE_RE.test(f)) continue;
    return lines[i] ?? '';
  }
  return '';
}

/** Numbered lines after "DANH SÁCH CÁC ĐƠN VỊ GỬI KẾ HOẠCH". */
function findRecipients(lines: string[], folded: string[]): string[] {
  const at = folded.findIndex((f) => /^danh sach (?:cac )?(?:co quan, )?don vi (?:gui|nhan)/.test(f));
  if (at < 0) return [];
  const recipients: string[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const m = /^\d+\s*[.)]?\s+(\S.*)$/.exec(line);
    if (m?.[1]) recipients.push(m[1].trim());
    else if (recipients.length > 0) break;
  }
  return recipients;
}
