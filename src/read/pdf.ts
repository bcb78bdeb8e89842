import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import type { RawDocument } from '../model.js';
import { ReadError } from './errors.js';

/** Reads a PDF's text layer: lines in reading order joined by '\n', pages joined by '\f'. */
export async function readPdf(path: string, bytes: Buffer): Promise<RawDocument> {
  // pdf.js takes ownership of the array it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }).catch((error: unknown) => {
    throw pdfOpenError(path, error);
  });
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    if (!pages.some((page) => /\S/.test(page))) {
      throw new ReadError(
        path,
        'no-text',
        'has no text layer (a scanned PDF?); save its pages as PNG or TIFF images to have them OCR-ed',
      );
    }
    const title = titleOf((await getMeta(pdf)).info);
    return { path, format: 'pdf', markup: 'plain', text: pages.join('\f'), encoding: 'pdf', bytes: bytes.length, ...(title && { title }) };
  } finally {
    await pdf.destroy();
  }
}

function titleOf(info: Record<string, unknown>): string | undefined {
  return typeof info.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() || undefined : undefined;
}

function pdfOpenError(path: string, error: unknown): ReadError {
  const name = error instanceof Error ? error.name : '';
  const problem =
    name === 'PasswordException'
      ? 'is protected by a password; save an unprotected copy and read that'
      : 'is not a readable PDF (damaged, or not a PDF at all)';
  return new ReadError(path, 'unreadable', problem, { cause: error });
}
