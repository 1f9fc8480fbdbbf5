/**
 * Whether an SVG sent to be saved is one timelineSvg.ts could have drawn:
 * only its elements, no event attributes, no links and no url() other than
 * a local #id or an embedded font. The page is trusted to draw, not to write
 * arbitrary files: a compromised page cannot save a script-bearing SVG.
 */

/** Every element timelineSvg.ts writes (exportHandlers.test.ts saves a real chart: a new element shows up there). */
const OUR_ELEMENTS = new Set(['svg', 'title', 'style', 'defs', 'pattern', 'clipPath', 'path', 'rect', 'line', 'polygon', 'text', 'g', 'tspan']);

/** The first reason `svg` is not ours, or null. */
export function foreignSvgContent(svg: string): string | null {
  if (/<!(DOCTYPE|ENTITY)/iu.test(svg)) return 'khai báo DOCTYPE/ENTITY';
  if (/<\?(?!xml\s)/iu.test(svg.replace(/^\uFEFF?\s*/u, '')) || (svg.match(/<\?/gu)?.length ?? 0) > 1) return 'chỉ thị xử lý (<?…?>)';
  for (const match of svg.matchAll(/<\s*([A-Za-z_][\w:.-]*)/gu)) {
    const name = match[1]!;
    if (!OUR_ELEMENTS.has(name)) return `phần tử <${name}>`;
  }
  for (const tag of svg.matchAll(/<\s*[A-Za-z_][^>]*>/gu)) {
    const attribute = /[\s/]((?:on[a-z]+)|(?:[\w-]+:)?href)\s*=/iu.exec(tag[0]);
    if (attribute) return `thuộc tính ${attribute[1]}`;
  }
  for (const url of svg.matchAll(/url\(\s*(['"]?)([^)'"]*)/giu)) {
    if (!/^#[\w-]+$|^data:(font\/woff2|application\/font-woff2);base64,[A-Za-z0-9+/=]+$/u.test(url[2]!)) return `tham chiếu ngoài url(${url[2]!.slice(0, 40)})`;
  }
  if (/@import|javascript:/iu.test(svg)) return 'tham chiếu ngoài (@import, javascript:)';
  return null;
}
