/**
 * Reads advance widths from a WOFF 1.0 file (zlib-compressed sfnt tables):
 * head.unitsPerEm, hhea.numberOfHMetrics, hmtx and a cmap subtable (format 4
 * or 12). Used by the tests to check core/export/fontMetrics.ts against the
 * bundled @fontsource/noto-sans files, and to regenerate that table.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

function tables(file: string): Map<string, Buffer> {
  const buf = fs.readFileSync(file);
  if (buf.toString('latin1', 0, 4) !== 'wOFF') throw new Error(`${file}: not a WOFF file`);
  const count = buf.readUInt16BE(12);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const tag = buf.toString('latin1', at, at + 4);
    const offset = buf.readUInt32BE(at + 4);
    const compLength = buf.readUInt32BE(at + 8);
    const origLength = buf.readUInt32BE(at + 12);
    const raw = buf.subarray(offset, offset + compLength);
    out.set(tag, compLength < origLength ? zlib.inflateSync(raw) : Buffer.from(raw));
  }
  return out;
}

function cmapOf(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  let best: { offset: number; format: number } | null = null;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(offset);
    if ((platform === 3 && (encoding === 1 || encoding === 10)) || platform === 0) {
      if (!best || format === 12) best = { offset, format };
    }
  }
  if (!best) throw new Error('no Unicode cmap');
  const o = best.offset;
  if (best.format === 12) {
    const groups = cmap.readUInt32BE(o + 12);
    for (let g = 0; g < groups; g++) {
      const start = cmap.readUInt32BE(o + 16 + g * 12);
      const end = cmap.readUInt32BE(o + 20 + g * 12);
      const glyph = cmap.readUInt32BE(o + 24 + g * 12);
      for (let c = start; c <= end; c++) map.set(c, glyph + c - start);
    }
    return map;
  }
  if (best.format !== 4) throw new Error(`cmap format ${best.format}`);
  const segX2 = cmap.readUInt16BE(o + 6);
  const ends = o + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const ro = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s * 2 + ro + (c - start) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

/** Code point → advance width in 1/1000 em. */
export function advanceWidths(file: string): Map<number, number> {
  const t = tables(file);
  const head = t.get('head')!;
  const hhea = t.get('hhea')!;
  const hmtx = t.get('hmtx')!;
  const unitsPerEm = head.readUInt16BE(18);
  const metrics = hhea.readUInt16BE(34);
  const advanceOf = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, metrics - 1) * 4);
  const out = new Map<number, number>();
  for (const [code, glyph] of cmapOf(t.get('cmap')!)) out.set(code, Math.round((advanceOf(glyph) * 1000) / unitsPerEm));
  return out;
}

const FONT_FILES = new URL('../../../../node_modules/@fontsource/noto-sans/files/', import.meta.url);

/**
 * The advance-width table of core/export/fontMetrics.ts for one weight, from
 * the bundled latin + vietnamese subsets: runs of consecutive code points,
 * "startHex:w,w,w" separated by spaces.
 */
export function metricsTable(weight: 400 | 600): string {
  const file = (subset: string) => new URL(`noto-sans-${subset}-${weight}-normal.woff`, FONT_FILES).pathname;
  const widths = new Map([...advanceWidths(file('latin')), ...advanceWidths(file('vietnamese'))]);
  const codes = [...widths.keys()].filter((c) => c >= 0x20).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    runs.push(`${codes[i]!.toString(16)}:${codes.slice(i, j + 1).map((c) => widths.get(c)).join(',')}`);
    i = j + 1;
  }
  return runs.join(' ');
}
