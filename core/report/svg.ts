/**
 * The few SVG pieces the report's page and slide are drawn with. Every text
 * goes through escapeXml (plan text is untrusted); numbers through num.
 */
import { TIMELINE_COLOURS as C } from '../export/colours';
import { escapeXml, num } from '../export/xml';

export const REPORT_FONT_FAMILY = "'Noto Sans', 'Segoe UI', Arial, sans-serif";

export interface TextStyle {
  size: number;
  weight?: 400 | 600;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  underline?: boolean;
}

/** Baseline of a line of `size` px whose box starts at `top` and is `lineHeight` tall (Noto Sans: ascender 1.069 em, descender 0.293 em). */
export const baselineOf = (top: number, size: number, lineHeight: number): number => top + (lineHeight - 1.362 * size) / 2 + 1.069 * size;

export function text(x: number, y: number, content: string, s: TextStyle): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${num(s.size)}"`,
    s.weight === 600 ? 'font-weight="600"' : '',
    s.anchor && s.anchor !== 'start' ? `text-anchor="${s.anchor}"` : '',
    s.italic ? 'font-style="italic"' : '',
    s.underline ? 'text-decoration="underline"' : '',
    `fill="${s.fill ?? C.text}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, w))}" height="${num(Math.max(0, h))}" ${attrs}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1, extra = ''): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width)}"${extra}/>`;
}

/** A standalone SVG document of `width` × `height` px with the font CSS inlined. */
export function svgDocument(width: number, height: number, body: string, fontCss: string, title: string): string {
  const style = `<style>${fontCss}\ntext{font-family:${REPORT_FONT_FAMILY}}</style>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family="${REPORT_FONT_FAMILY.replace(/'/g, '&apos;')}">` +
    `<title>${escapeXml(title)}</title>${style}${rect(0, 0, width, height, `fill="${C.background}"`)}${body}</svg>`
  );
}
