/**
 * Reads CSV as Excel and LibreOffice write it (RFC 4180: quoted fields may
 * hold the delimiter, line breaks and "" quotes). The delimiter is guessed
 * from the first line: ',' (RFC 4180), ';' (Excel where the decimal mark is
 * a comma, as in Vietnamese settings) or a tab. Lenient: a stray quote
 * inside an unquoted field is kept as text; nothing throws.
 */

const DELIMITERS = [',', ';', '\t'] as const;

export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = guessDelimiter(source);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = source.length;
  while (i <= n) {
    let field = '';
    if (source[i] === '"') {
      // Quoted field: runs to the next lone quote.
      i++;
      for (;;) {
        const quote = source.indexOf('"', i);
        if (quote < 0) {
          field += source.slice(i); // unterminated: keep the rest rather than lose it
          i = n;
          break;
        }
        field += source.slice(i, quote);
        if (source[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // Text between the closing quote and the delimiter (malformed) is kept too.
      const end = fieldEnd(source, i, delimiter);
      field += source.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(source, i, delimiter);
      field = source.slice(i, end);
      i = end;
    }
    record.push(unguardFormula(field));
    if (source[i] === delimiter) {
      i++;
      continue;
    }
    // End of record: CRLF, LF, CR or the end of the text.
    if (source[i] === '\r') i++;
    if (source[i] === '\n') i++;
    if (!(i >= n && record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    if (i >= n) break;
  }
  return records;
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  let j = from;
  while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}

/** The delimiter seen most often on the first line outside quotes (',' on a tie). */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Undoes core/formats/planTableCsv's formula guard: one leading apostrophe
 * before = + - @ (possibly after more apostrophes) is removed.
 */
export function unguardFormula(cell: string): string {
  return /^''*[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
