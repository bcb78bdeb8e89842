import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { RawDocument } from '../model.js';
import { ReadError } from './errors.js';
import { firstElementText } from './html.js';

/** Reads a Word document's text, paragraphs separated by blank lines. */
export async function readDocx(path: string, bytes: Buffer): Promise<RawDocument> {
  const { value: text } = await mammoth.extractRawText({ buffer: bytes }).catch((error: unknown) => {
    throw new ReadError(
      path,
      'unreadable',
      'is not a readable DOCX file (damaged, or an old .doc renamed; save it from Word or LibreOffice as .docx)',
      { cause: error },
    );
  });
  if (!/\S/.test(text)) throw new ReadError(path, 'no-text', 'contains no text (only images or empty pages?)');
  const title = await coreTitle(bytes);
  return { path, format: 'docx', markup: 'plain', text, encoding: 'docx', bytes: bytes.length, ...(title && { title }) };
}

/** The title a DOCX keeps in docProps/core.xml (Dublin Core), if set. */
async function coreTitle(docx: Buffer): Promise<string | undefined> {
  try {
    const coreXml = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')?.async('string');
    return coreXml && firstElementText(coreXml, 'dc:title', { xmlMode: true });
  } catch {
    return undefined; // a damaged or unusual package only costs the title
  }
}
