/**
 * Issue 10 §3: a refusal raised inside the import worker crosses to the
 * renderer as code + parameters, so an English UI words it in English (it used
 * to arrive as the worker's Vietnamese sentence).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { createDefaultPlan } from '../../../core/defaultPlan';
import { wordError } from '../../../core/errorMessages';
import { createApiHandlers } from '../../../db/handlers';
import { createPlanFile } from '../../../db/planStore';
import { openPlanSession } from '../../../db/session';
import { createTestHost } from '../../support/testHost';
import { tempDir } from './fixtures';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function refusalOfImport(fileName: string, bytes: Buffer) {
  const dir = tempDir();
  const session = openPlanSession(createPlanFile(path.join(dir, 'Ke-hoach.tiendo'), createDefaultPlan()));
  const host = createTestHost({ now: () => new Date('2026-05-04T08:00:00Z') });
  const source = path.join(dir, fileName);
  fs.writeFileSync(source, bytes);
  host.openAnswers.push(source);
  try {
    const response = await dispatch(createApiHandlers(session, host), 'previewImport', [{ kind: 'file' }]);
    if (response.ok) throw new Error('the import was not refused');
    return response.error;
  } finally {
    session.close();
  }
}

describe('import refusals from the worker are worded in the UI language', () => {
  it('an old Word .doc (an OLE file) picked as a table: code and kind, Vietnamese and English', async () => {
    const error = await refusalOfImport('ke-hoach.doc', Buffer.concat([OLE_MAGIC, Buffer.alloc(600)]));
    expect(error.code).toBe('unsupported-format');
    expect(error.params).toEqual({ kind: 'ole-compound' });
    expect(wordError(error.code, error.params, 'vi')).toMatch(/^Đây là tệp MS Project \(\.mpp\) hoặc tệp Office cũ/);
    expect(wordError(error.code, error.params, 'en')).toBe(
      'This is an MS Project file (.mpp) or an old Office file (.doc, .xls), which cannot be read. Save it as .docx or .xlsx. ' +
        'Tiến Độ imports task tables from .txt, .docx, .xlsx, .csv or .tsv files, or a table pasted from Word/Excel.',
    );
  });

  it('a binary file: the English wording names no Vietnamese', async () => {
    const error = await refusalOfImport('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    expect(error.params).toEqual({ kind: 'other-binary' });
    expect(wordError(error.code, error.params, 'en')).toMatch(/^This is not a text file or spreadsheet/);
  });

  it('a ZIP that is neither .xlsx nor .docx (an .ods): refused as binary, in English', async () => {
    const error = await refusalOfImport('bang.ods', Buffer.from('PK\u0003\u0004rest-of-zip', 'latin1'));
    expect(error.code).toBe('unsupported-format');
    expect(wordError(error.code, error.params, 'en')).toMatch(/^This is not a text file or spreadsheet/);
  });
});
