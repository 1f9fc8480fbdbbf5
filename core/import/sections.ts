/**
 * The plan's outline read from its own numbering, as a reader of the plan
 * does: each numbering style met for the first time ("I", then "1", then
 * "1.1", then "a)") goes one level deeper; meeting a style again returns to
 * its level. A row with rows under it is a section (summary task).
 * Numbering restarts under each section, so a repeated number is only
 * flagged between rows of the same section.
 */
import type { PlanTaskRow } from '../planTable';

type Style = string;

const ROMAN_RE = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** What a section heading need not have: it is not a task of its own. */
const NOT_FOR_SECTIONS = new Set(['Thiếu số thứ tự', 'Thiếu đơn vị chủ trì', 'Thiếu thời gian thực hiện']);

function styleOf(stt: string, stack: readonly Style[]): Style {
  const s = stt.replace(/[.)]+$/, '');
  if (/^[IVX]$/.test(s) && stack.includes('upper') && !stack.includes('roman')) return 'upper'; // A, B, … H, I
  if (ROMAN_RE.test(s)) return 'roman';
  if (/^[A-ZĐ]$/.test(s)) return 'upper';
  if (/^\d{1,4}$/.test(s)) return 'arabic';
  if (/^\d{1,4}(?:\.\d{1,4})+$/.test(s)) return `dotted${s.split('.').length}`;
  if (/^[a-zđ]$/.test(s)) return 'lower';
  if (/^(?:i{2,3}|iv|vi{0,3}|ix|x)$/.test(s)) return 'lower-roman';
  if (/^[-+•*]$/.test(s)) return `bullet${s}`;
  return s === '' ? '' : 'other';
}

/** "I. TĂNG CƯỜNG …" in one cell (no STT of its own, nothing else filled): the number goes to STT. */
export function splitHeadingNumber(row: PlanTaskRow): PlanTaskRow {
  if (row.stt !== '' || row.lead !== '' || row.windowText !== '') return row;
  const m = /^((?:[IVXLC]+|[A-ZĐ]|\d{1,4}(?:\.\d{1,4})*|[a-zđ])([.)]?))\s+(\S[\s\S]*)$/u.exec(row.name);
  if (!m || (m[2] === '' && !/^[IVXLC]+$|^\d/.test(m[1]!))) return row;
  const number = m[1]!;
  return { ...row, stt: number.replace(/[.)]+$/, ''), wbs: number.replace(/\.+$/, ''), name: m[3]!.trim(), problems: row.problems.filter((p) => p !== 'Thiếu số thứ tự') };
}

/** Sets level, parent and summary on each row; flags repeated numbers within a section; sections lose task-only flags. */
export function outlineRows(rows: PlanTaskRow[]): void {
  const stack: Style[] = [];
  const open: number[] = []; // the latest row at each level
  rows.forEach((row, i) => {
    const style = styleOf(row.stt, stack);
    let level: number;
    if (style === '') {
      level = i === 0 ? 0 : rows[i - 1]!.level; // unnumbered: beside the row before it
    } else {
      const at = stack.indexOf(style);
      if (at >= 0) stack.length = at + 1;
      else stack.push(style);
      level = stack.length - 1;
    }
    level = Math.min(level, open.length); // never deeper than one below the row before
    row.level = level;
    row.parent = level === 0 ? null : (open[level - 1] ?? null);
    row.summary = false;
    open[level] = i;
    open.length = level + 1;
  });
  for (const row of rows) if (row.parent !== null) rows[row.parent]!.summary = true;
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.summary) row.problems = row.problems.filter((p) => !NOT_FOR_SECTIONS.has(p));
    if (row.stt === '') continue;
    const key = `${row.parent ?? ''}|${row.stt}`;
    if (seen.has(key)) row.problems.push(`Trùng số thứ tự ${row.stt} với một dòng trước`);
    seen.add(key);
  }
}
