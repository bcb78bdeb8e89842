import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RawDocument } from '../model.js';
import { ReadError } from './errors.js';

const run = promisify(execFile);

/** OCR languages worth loading for this corpus, in order of preference. */
const WANTED_LANGUAGES = ['rus', 'eng', 'tur', 'pol', 'deu', 'fra'];

/** OCR output of a large scan can run to megabytes. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Reads an image's text with the tesseract command, in every wanted language it has installed. */
export async function readImage(path: string, bytes: Buffer): Promise<RawDocument> {
  const languages = await installedLanguages(path);
  // A leading '-' would make tesseract take the file name for an option.
  const imageArgument = path.startsWith('-') ? `./${path}` : path;
  const text = await tesseract(path, [imageArgument, 'stdout', '-l', languages.join('+')]);
  if (!/\S/.test(text)) throw new ReadError(path, 'no-text', 'OCR found no text in this image');
  return { path, format: 'image', markup: 'plain', text, encoding: 'ocr', bytes: bytes.length };
}

async function installedLanguages(path: string): Promise<string[]> {
  // Older tesseract versions print the list on stderr.
  const listing = await tesseract(path, ['--list-langs'], { withStderr: true });
  const installed = new Set(listing.split('\n').map((line) => line.trim()));
  const languages = WANTED_LANGUAGES.filter((language) => installed.has(language));
  return languages.length > 0 ? languages : ['eng'];
}

async function tesseract(path: string, args: string[], options: { withStderr?: boolean } = {}): Promise<string> {
  try {
    const { stdout, stderr } = await run('tesseract', args, { encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES });
    return options.withStderr ? `${stdout}\n${stderr}` : stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new ReadError(
        path,
        'tool-missing',
        'OCR needs the tesseract command; install the Debian packages tesseract-ocr and tesseract-ocr-rus (and tesseract-ocr-tur, -pol for those languages)',
        { cause: error },
      );
    }
    const detail = failure.stderr?.trim().split('\n').at(-1) ?? failure.message;
    throw new ReadError(path, 'unreadable', `tesseract could not read this image: ${detail}`, { cause: error });
  }
}
