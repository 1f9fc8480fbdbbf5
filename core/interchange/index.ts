/**
 * Plans from and for other planners: MS Project XML (MSPDI), GanttProject
 * (.gan), and MPP recognised and refused. The format is told by the content
 * (an .xml file may be anything), the extension only breaks ties.
 */
import { PlanError } from '../errors';
import { decodeText } from '../import/source';
import { readGan } from './ganRead';
import type { InterchangeImport } from './imported';
import { readMspdi } from './mspdiRead';

export type { InterchangeFormat, InterchangeImport } from './imported';
export { planToGan } from './ganWrite';
export { planToMspdi } from './mspdiWrite';

export type SniffedFormat = 'mspdi' | 'gan' | 'mpp' | null;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What another planner's file is, from its first bytes; null when it is none of them (a table or text). */
export function sniffInterchange(fileName: string, bytes: Uint8Array): SniffedFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const ole = OLE_SIGNATURE.every((b, i) => bytes[i] === b);
  // An MPP is an OLE compound file; so are .xls and .doc, which the table import refuses itself.
  if (extension === 'mpp' || (ole && ['', 'xml', 'gan'].includes(extension))) return 'mpp';
  const head = decodeText(bytes.subarray(0, 4096)).text.replace(/<!--[\s\S]*?-->/g, '');
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?<(\w+:)?Project[\s>][^>]*schemas\.microsoft\.com\/project/.test(head)) return 'mspdi';
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?<project[\s>]/.test(head) && (extension === 'gan' || /<(tasks|calendars|description|view)[\s>]/.test(head))) return 'gan';
  if (extension === 'gan') return 'gan';
  if (extension === 'xml' && /^\uFEFF?\s*</.test(head)) return 'mspdi'; // refused with “not an MS Project file” when it is other XML
  return null;
}

export const MPP_MESSAGE =
  'Tệp .mpp là định dạng nhị phân riêng của MS Project nên Tiến Độ chưa đọc được. Hãy mở tệp trong MS Project hoặc ProjectLibre rồi chọn “Lưu thành” (Save As) kiểu “XML” (.xml) và nhập tệp .xml đó.';

/** The plan in another planner's file, or null when the file is not one (it is then read as a table). */
export function readInterchangeFile(fileName: string, bytes: Uint8Array, newId: () => string): InterchangeImport | null {
  const format = sniffInterchange(fileName, bytes);
  if (format === null) return null;
  if (format === 'mpp') throw new PlanError('mpp-unsupported', MPP_MESSAGE);
  const { text, problem } = decodeText(bytes);
  const read = format === 'mspdi' ? readMspdi(text, fileName, newId) : readGan(text, fileName, newId);
  if (problem) read.problems.unshift(problem);
  return read;
}
