/** The bytes of a file chosen for import, through the one checked reader (plain file, import size limit). */
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../core/import/source';
import { readCheckedFile } from '../document/files';

export function readImportSource(file: string): Uint8Array {
  return readCheckedFile(path.resolve(file), {
    maxBytes: MAX_IMPORT_BYTES,
    tooLarge: (_file, limit) => ({ reason: 'import-file', file: path.basename(file), limit }),
  }).bytes;
}
