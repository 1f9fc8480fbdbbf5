/**
 * Text in a plan file that is not valid UTF-8 (a damaged file, or one
 * written by another program) reads back with each bad byte sequence
 * replaced by "�" — silently, and a Save would then write the replaced text
 * over the original for good. Opening names every such place (which task
 * by STT and name, which field, how it now reads) so the user knows before
 * saving.
 */
import { isUtf8 } from 'node:buffer';
import { FIELD_LABELS } from '../../core/fieldLabels';
import type { Plan } from '../../core/model';
import { entityLabel } from '../labels';
import type { Db } from '../sqlite';

const TABLES = [
  { table: 'tasks', section: 'tasks', rows: (plan: Plan) => plan.tasks },
  { table: 'units', section: 'units', rows: (plan: Plan) => plan.units },
  { table: 'plan_info', section: 'info', rows: () => null },
] as const;

const MAX_LISTED = 20;
const REPLACEMENT = '\uFFFD';

export interface InvalidText {
  /** "Công việc STT 3 (“A�����B”)" */
  where: string;
  /** "Tên" */
  field: string;
  /** The text as it now reads, with "�" in place of the bad bytes. */
  reads: string;
  replaced: number;
}

/** Every text field of tasks, units and the plan info whose stored bytes are not valid UTF-8. */
export function findInvalidText(db: Db, plan: Plan): InvalidText[] {
  const found: InvalidText[] = [];
  if (!holdsReplacementChar(plan)) return found;
  for (const { table, section, rows } of TABLES) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string; type: string }[]).filter((c) => c.type === 'TEXT').map((c) => c.name);
    const list = rows(plan);
    const indexOf = new Map(list?.map((row, i) => [row.id, i]));
    const select = columns.map((c) => `CAST("${c}" AS BLOB) AS "${c}"`).join(', ');
    for (const row of db.prepare(`SELECT ${list ? 'id AS "#id", ' : ''}${select} FROM ${table}`).all() as Record<string, unknown>[]) {
      for (const column of columns) {
        const bytes = row[column];
        if (!(bytes instanceof Uint8Array) || isUtf8(bytes)) continue;
        const reads = Buffer.from(bytes).toString('utf8');
        const index = list ? indexOf.get(String(row['#id'])) : undefined;
        found.push({
          where: entityLabel(plan, index === undefined ? [section] : [section, index]),
          field: FIELD_LABELS[camelCase(column)] ?? column,
          reads,
          replaced: [...reads].filter((ch) => ch === REPLACEMENT).length,
        });
      }
    }
  }
  return found;
}

/**
 * Bad bytes read back as "�", so a plan without one anywhere in its text has
 * none: no need to read every text column again as bytes (≈90 ms at 10,000
 * tasks). A "�" typed on purpose only costs the full check.
 */
function holdsReplacementChar(plan: Plan): boolean {
  const holds = (o: object) => Object.values(o).some((v) => typeof v === 'string' && v.includes(REPLACEMENT));
  return holds(plan.info) || plan.units.some(holds) || plan.tasks.some(holds);
}

/** The open notice listing them, or null when every text is sound. */
export function invalidTextNotice(db: Db, plan: Plan): string | null {
  const found = findInvalidText(db, plan);
  if (found.length === 0) return null;
  const listed = found.slice(0, MAX_LISTED).map((f) => `${f.where} — ${f.field}: “${shorten(f.reads)}” (${f.replaced} ký tự “�” thay cho byte lỗi)`);
  const more = found.length > MAX_LISTED ? `; và ${found.length - MAX_LISTED} chỗ khác` : '';
  return (
    `Một số chữ trong tệp không đúng mã UTF-8 (tệp có thể đã bị hỏng, hoặc do chương trình khác ghi vào); các byte lỗi được hiển thị là “�”. ` +
    `Nếu lưu, tệp sẽ giữ chữ đã bị thay — hãy kiểm tra và sửa lại những chỗ sau trước khi lưu: ${listed.join('; ')}${more}.`
  );
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/gu, (_, letter: string) => letter.toUpperCase());
}

function shorten(text: string): string {
  const chars = [...text];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : text;
}
