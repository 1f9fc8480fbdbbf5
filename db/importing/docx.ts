/**
 * A Word document (.docx) as HTML, for the plan table reader
 * (core/import/docxHtml.ts). mammoth reads the file in Node (main process
 * only); images are left out so their bytes are never read or inlined.
 */
import mammoth from 'mammoth';
import { PlanError } from '../../core/errors';

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    return result.value;
  } catch (error) {
    throw new PlanError('unreadable-file', { reason: 'docx' }, {
      cause: error instanceof Error ? error.message : String(error),
    });
  }
}
