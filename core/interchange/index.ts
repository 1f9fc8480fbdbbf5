/**
 * Plans from and for other planners: MS Project XML (MSPDI), GanttProject
 * (.gan), and MPP recognised and refused. The format is told by the content
 * (core/import/sniffFormat: an .xml file may be anything), not the name.
 */
import { PlanError } from '../errors';
import { sniffFormat } from '../import/sniffFormat';
import { decodeText } from '../import/source';
import { readGan } from './ganRead';
import type { InterchangeImport } from './imported';
import { readMspdi } from './mspdiRead';

export type { InterchangeFormat, InterchangeImport } from './imported';
export { planToGan } from './ganWrite';
export { planToMspdi } from './mspdiWrite';

export type SniffedFormat = 'mspdi' | 'gan' | 'mpp' | null;

/** What another planner's file is, from its first bytes; null when it is none of them (a table or text). */
export function sniffInterchange(fileName: string, bytes: Uint8Array): SniffedFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const sniffed = sniffFormat(bytes);
  if (sniffed === 'ms-project-xml') return 'mspdi';
  if (sniffed === 'ganttproject') return 'gan';
  // An MPP is an OLE compound file; so are .xls and .doc, which the table import refuses itself.
  if (extension === 'mpp' || (sniffed === 'ole-compound' && ['', 'xml', 'gan'].includes(extension))) return 'mpp';
  return null;
}

/** The plan in another planner's file, or null when the file is not one (it is then read as a table). */
export function readInterchangeFile(fileName: string, bytes: Uint8Array, newId: () => string): InterchangeImport | null {
  const format = sniffInterchange(fileName, bytes);
  if (format === null) return null;
  if (format === 'mpp') throw new PlanError('mpp-unsupported');
  const { text, problem } = decodeText(bytes);
  const read = format === 'mspdi' ? readMspdi(text, fileName, newId) : readGan(text, fileName, newId);
  if (problem) read.problems.unshift(problem);
  return read;
}
