/** The `read` stage: a file on disk → its decoded characters (RawDocument), whatever its format. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { RawDocument } from '../model.js';
import { readDocx } from './docx.js';
import { ReadError } from './errors.js';
import { readHtml } from './html.js';
import { readImage } from './image.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

export { ReadError, type ReadFailure } from './errors.js';

type Reader = (path: string, bytes: Buffer) => Promise<RawDocument>;

const READERS = new Map<string, Reader>([
  ['.txt', (path, bytes) => readText(path, bytes, 'txt')],
  ['.md', (path, bytes) => readText(path, bytes, 'md')],
  ['.markdown', (path, bytes) => readText(path, bytes, 'md')],
  ['.html', readHtml],
  ['.htm', readHtml],
  ['.pdf', readPdf],
  ['.docx', readDocx],
  ['.png', readImage],
  ['.jpg', readImage],
  ['.jpeg', readImage],
  ['.tif', readImage],
  ['.tiff', readImage],
]);

/** Extensions `readDocument` accepts: lowercase, with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze([...READERS.keys()]);

export function isSupported(path: string): boolean {
  return READERS.has(extname(path).toLowerCase());
}

/**
 * Reads any supported file; every failure a user can cause is a ReadError. `content`, when
 * given, stands for the file's bytes (a file sent from another machine), named by `path`.
 */
export async function readDocument(path: string, content?: Uint8Array): Promise<RawDocument> {
  const extension = extname(path).toLowerCase();
  const reader = READERS.get(extension);
  if (!reader) {
    throw new ReadError(
      path,
      'unsupported',
      `has an unsupported file type "${extension || '(none)'}"; supported: ${SUPPORTED_EXTENSIONS.join(' ')}`,
    );
  }
  const bytes = content ? Buffer.from(content.buffer, content.byteOffset, content.byteLength) : readBytes(path);
  if (bytes.length === 0) throw new ReadError(path, 'empty', 'is empty (0 bytes)');
  try {
    return await reader(path, bytes);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    // Libraries throw on damaged files in their own words; the user still gets a ReadError.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReadError(path, 'unreadable', `is damaged or not really a ${extension} file (${detail})`, { cause: error });
  }
}

/** Read in one synchronous call: for whole files this is several times cheaper than fs/promises' chunked reads. */
function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadError(path, 'missing', 'does not exist', { cause: error });
    if (code === 'EISDIR') throw new ReadError(path, 'missing', 'is a folder, not a file', { cause: error });
    const problem = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new ReadError(path, 'unreadable', `cannot be read: ${problem}`, { cause: error });
  }
}
