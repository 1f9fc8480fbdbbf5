/**
 * A small XML writer for the interchange formats: elements in the order the
 * caller gives (MSPDI's schema is a strict sequence), text always escaped.
 */
import { escapeXml } from '../export/xml';
import { xmlSafe } from '../formats/xmlText';

export type XmlChild = XmlElement | null | undefined | false;

export interface XmlElement {
  name: string;
  attrs?: Record<string, string | number | undefined>;
  text?: string | number;
  /** Text written as CDATA (notes in .gan). */
  cdata?: string;
  children?: XmlChild[];
}

export const el = (name: string, content?: string | number | XmlChild[], attrs?: XmlElement['attrs']): XmlElement =>
  Array.isArray(content) ? { name, children: content, attrs } : { name, text: content, attrs };

function attributes(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** `]]>` cannot appear inside CDATA: split it across two sections. */
const cdata = (text: string) => `<![CDATA[${xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function write(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.name}${attributes(node.attrs)}`;
  const kids = (node.children ?? []).filter((c): c is XmlElement => !!c);
  if (kids.length > 0) {
    out.push(`${open}>`);
    for (const k of kids) write(k, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  } else if (node.cdata !== undefined) {
    out.push(`${open}>${cdata(node.cdata)}</${node.name}>`);
  } else if (node.text !== undefined && node.text !== '') {
    out.push(`${open}>${escapeXml(String(node.text))}</${node.name}>`);
  } else {
    out.push(`${open}/>`);
  }
}

export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
