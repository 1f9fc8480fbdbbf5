/** Reads an exported SVG back without a DOM: its tags and the text of each <text>, unescaped. */
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITY[e]!));
}

/** Every element name used in the document (opening tags). */
export function svgTagNames(svg: string): Set<string> {
  const body = svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return new Set([...body.matchAll(/<([A-Za-z][\w:-]*)/g)].map((m) => m[1]!));
}
