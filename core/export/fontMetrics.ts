/**
 * Text widths in the bundled font (Noto Sans, @fontsource latin +
 * vietnamese subsets), so the pure layout can wrap names and fit labels
 * without a DOM. Advance widths in 1/1000 em, read from the font files
 * (tests/unit/core/export/fontMetrics.test.ts regenerates the tables and
 * fails if they drift from the installed font). Kerning is ignored: it only
 * makes real text slightly narrower than measured, never wider.
 */

// Runs of consecutive code points: "startHex:w,w,w", separated by spaces.
const REGULAR =
  '20:260,269,408,646,572,831,732,225,300,300,551,572,268,322,268,372,572,572,572,572,572,572,572,572,572,572,268' +
  ',268,572,572,572,434,899,639,650,632,730,556,519,728,741,339,273,619,524,907,760,781,605,781,622,549,556,731,6' +
  '00,930,586,566,572,329,372,329,572,444,281,561,615,480,615,564,344,615,618,258,258,534,258,935,618,605,615,615' +
  ',413,479,361,618,508,786,529,510,470,380,551,380,572 a0:260,269,572,572,572,572,551,513,580,832,357,509,572,32' +
  '2,832,500,428,572,350,350,281,623,655,268,225,350,376,509,745,771,781,434,639,639,639,639,639,639,881,632,556,' +
  '556,556,556,339,339,339,339,730,760,781,781,781,781,781,572,781,731,731,731,731,566,605,631,561,561,561,561,56' +
  '1,561,864,480,564,564,564,564,258,258,258,258,605,618,605,605,605,605,605,572,605,618,618,618,618,510,615,510 ' +
  '102:639,561 110:730,617 128:339,258 131:258 152:928,946 168:731,618 1a0:784,616 1af:780,674 2bb:175,175 2c6:41' +
  '8 2da:300 2dc:447 300:0,0 303:0,0 308:0,0 323:0 329:0 1ea0:639,561,639,561,639,561,639,561,639,561,639,561,639' +
  ',561,639,561,639,561,639,561,639,561,639,561,556,564,556,564,556,564,556,564,556,564,556,564,556,564,556,564,3' +
  '39,258,339,258,781,605,781,605,781,605,781,605,781,605,781,605,781,605,784,616,784,616,784,616,784,616,784,616' +
  ',731,618,731,618,780,674,780,674,780,674,780,674,780,674,566,510,566,510,566,510,566,510 2002:500 2009:166 200' +
  'b:0 2013:500,1000 2018:175,175,250 201c:359,359,416 2022:376 2026:791 2032:232,408 2039:310,310 2044:130 20ab:' +
  '617,572 2122:773 2212:572 feff:0 fffd:1000';

const SEMIBOLD =
  '20:260,277,452,646,572,875,743,250,324,324,546,572,279,320,276,399,572,572,572,572,572,572,572,572,572,572,276' +
  ',279,572,572,572,461,898,672,659,638,732,558,538,726,756,370,309,647,546,929,793,787,615,787,643,550,569,747,6' +
  '31,953,638,603,576,330,399,330,572,423,333,585,626,502,626,585,371,626,638,283,283,588,283,960,638,617,626,626' +
  ',434,493,406,638,547,830,560,548,484,389,551,389,572 a0:260,280,572,572,570,572,551,496,588,832,372,574,572,32' +
  '0,832,500,426,572,368,369,333,642,650,276,249,369,382,574,798,835,821,461,672,672,672,672,672,672,925,638,558,' +
  '558,558,558,370,370,370,370,732,788,787,787,787,787,787,572,787,747,747,747,747,603,619,676,585,585,585,585,58' +
  '5,585,897,502,585,585,585,585,283,283,283,283,619,638,617,617,617,617,617,572,614,638,638,638,638,548,626,548 ' +
  '102:672,585 110:732,634 128:370,283 131:283 152:956,966 168:747,638 1a0:807,656 1af:845,726 2bb:203,204 2c6:45' +
  '8 2da:316 2dc:471 300:0,0 303:0,0 308:0,0 323:0 329:0 1ea0:672,585,672,585,672,585,672,585,672,585,672,585,672' +
  ',585,672,585,672,585,672,585,672,585,672,585,558,585,558,585,558,585,558,585,558,585,558,585,558,585,558,585,3' +
  '70,283,370,283,787,617,787,617,787,617,787,617,787,617,787,617,787,617,807,656,807,656,807,656,807,656,807,656' +
  ',747,638,747,638,845,726,845,726,845,726,845,726,845,726,603,548,603,548,603,548,603,548 2002:500 2009:166 200' +
  'b:0 2013:500,1000 2018:201,201,272 201c:413,413,476 2022:376 2026:831 2032:276,480 2039:344,344 2044:130 20ab:' +
  '634,572 2122:773 2212:577 feff:0 fffd:1000';

export type FontWeight = 400 | 600;

/** Width of a character missing from the tables: wide enough never to overflow. */
const UNKNOWN_WIDTH = 620;
const WIDE_UNKNOWN_WIDTH = 1000;
const ELLIPSIS = '…';

function parseTable(table: string): Map<number, number> {
  const widths = new Map<number, number>();
  for (const run of table.split(' ')) {
    const [start, list] = run.split(':') as [string, string];
    list.split(',').forEach((w, i) => widths.set(parseInt(start, 16) + i, Number(w)));
  }
  return widths;
}

const TABLES: Record<FontWeight, Map<number, number>> = { 400: parseTable(REGULAR), 600: parseTable(SEMIBOLD) };
const COMBINING = /\p{M}/u;

function charWidth(table: Map<number, number>, ch: string): number {
  const code = ch.codePointAt(0)!;
  const known = table.get(code);
  if (known !== undefined) return known;
  if (code < 0x20 || COMBINING.test(ch)) return 0;
  return code >= 0x2e80 ? WIDE_UNKNOWN_WIDTH : UNKNOWN_WIDTH;
}

/** Width in px of `text` on one line at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 400): number {
  const table = TABLES[weight];
  let units = 0;
  for (const ch of text) units += charWidth(table, ch);
  return (units * fontSize) / 1000;
}

/** `text` on one line, cut with "…" (whole code points) so it fits `maxWidth`; '' when even "…" does not fit. */
export function fitText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 400): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  const room = maxWidth - textWidth(ELLIPSIS, fontSize, weight);
  if (room < 0) return '';
  const table = TABLES[weight];
  let used = 0;
  let kept = '';
  for (const ch of text) {
    used += (charWidth(table, ch) * fontSize) / 1000;
    if (used > room) break;
    kept += ch;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth` px; a word
 * longer than a line is broken between characters; text beyond the last
 * line is replaced by "…". Whitespace runs (tabs, line breaks) become one space.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: FontWeight, maxLines: number): string[] {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u)) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A word wider than the line (a long code or address): break it between characters.
    while (!fits(line)) {
      const chars = Array.from(line);
      const cut = Math.max(1, Array.from(fitText(line, maxWidth, fontSize, weight)).length - 1);
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
    if (lines.length >= maxLines) break; // the rest is cut below
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines);
  const marked = `${shown[maxLines - 1]!}${ELLIPSIS}`;
  shown[maxLines - 1] = fits(marked) ? marked : fitText(marked, maxWidth, fontSize, weight);
  return shown;
}
