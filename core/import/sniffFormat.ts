/**
 * What a file really is, from its first bytes, whatever its name says: so
 * that a project file of another planner picked through "Tất cả các tệp"
 * is refused with its name instead of being read as text into junk tasks.
 * Later the interchange importers route MS Project XML and GanttProject
 * files through `sniffFormat` to their own readers.
 */
import type { NotATable } from '../errorMessages';

export type SniffedFormat =
  /** MS Project XML (MSPDI): root <Project> in the namespace http://schemas.microsoft.com/project. */
  | 'ms-project-xml'
  /** GanttProject (.gan): root <project> holding <tasks>. */
  | 'ganttproject'
  /** MS Project binary (.mpp): an OLE compound file (also old .doc/.xls). */
  | 'ole-compound'
  /** A ZIP container: .xlsx, .docx (read by their own readers). */
  | 'zip'
  | 'other-xml'
  | 'other-binary'
  | 'text';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEAD_BYTES = 64 * 1024;

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return 'ole-compound';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const head = bytes.subarray(0, HEAD_BYTES);
  const text = decodeHead(head);
  if (text === null) return 'other-binary';
  const xml = rootElement(text);
  if (xml === null) return 'text';
  if (xml.name === 'Project' && /\bxmlns\s*=\s*["']http:\/\/schemas\.microsoft\.com\/project/.test(xml.attributes)) return 'ms-project-xml';
  if (xml.name === 'project' && /<tasks[\s>/]/.test(text)) return 'ganttproject';
  // Text that merely starts with a tag is still read as text; a declared XML document is not a table.
  return /^\uFEFF?\s*<\?xml\b/.test(text) ? 'other-xml' : 'text';
}

/** What a file that is not a plan table is (named in the refusal); null when it may be read as a table. */
export function notATable(format: SniffedFormat): NotATable | null {
  return format === 'zip' || format === 'text' ? null : format;
}

/** The start of the file as text, or null when it holds NUL or other binary bytes (UTF-16 with BOM is text). */
function decodeHead(head: Uint8Array): string | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head.subarray(2));
  }
  let control = 0;
  for (const b of head) {
    if (b === 0) return null;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 100 + 2) return null;
  return new TextDecoder('utf-8').decode(head);
}

/** The first element of an XML document (after the declaration, comments and doctype), or null when the text is not XML. */
function rootElement(text: string): { name: string; attributes: string } | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('<')) return null;
  const rest = body.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(rest);
  return m ? { name: m[2]!, attributes: m[3] ?? '' } : null;
}
