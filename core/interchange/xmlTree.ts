/**
 * XML from another planner, read into plain nested objects (fast-xml-parser:
 * pure JS, no DOM). The file is untrusted: a document type declaration is
 * refused outright (MSPDI and .gan never have one, and it is how entity
 * bombs and external entities get in), and a malformed file is refused with
 * the line of the first error.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PlanError } from '../errors';

/** An element: its attributes ("@name"), its text ("#text") and its child elements, always as arrays. */
export interface XmlNode {
  [key: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

export function parseXmlDocument(text: string, formatName: string): XmlNode {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/<!DOCTYPE/i.test(source)) {
    throw new PlanError('bad-xml', { reason: 'doctype', format: formatName });
  }
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    throw new PlanError('bad-xml', { reason: 'syntax', format: formatName, line: valid.err.line, detail: valid.err.msg }, valid.err);
  }
  return parser.parse(source) as XmlNode;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text of the first child `name` ('' when absent). */
export function textOf(node: XmlNode | undefined, name: string): string {
  return ownText(child(node, name));
}

export function ownText(node: XmlNode | undefined): string {
  const value = node?.['#text'];
  return typeof value === 'string' ? value : '';
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}
