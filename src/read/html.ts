import { Parser } from 'htmlparser2';
import type { RawDocument } from '../model.js';
import { decodeText } from './encoding.js';

/** Reads an HTML page as its decoded source; `normalize` strips the markup later. */
export async function readHtml(path: string, bytes: Buffer): Promise<RawDocument> {
  const { text, encoding } = decodeText(bytes, path, declaredCharset(bytes));
  const title = firstElementText(text, 'title');
  return { path, format: 'html', markup: 'html', text, encoding, bytes: bytes.length, ...(title && { title }) };
}

/** Browsers look for a charset declaration in the first 1024 bytes; a little more costs nothing. */
const CHARSET_PREFIX_BYTES = 4096;

/** The charset of `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
function declaredCharset(bytes: Buffer): string | undefined {
  // latin1 maps bytes one to one, so ASCII markup is readable whatever the real encoding.
  const prefix = bytes.toString('latin1', 0, CHARSET_PREFIX_BYTES);
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(prefix)?.[1];
}

/**
 * The text of the first `tagName` element, entities decoded and whitespace collapsed, or undefined
 * when there is none or it is blank. Only the markup before its closing tag is parsed.
 */
export function firstElementText(markup: string, tagName: string, options: { xmlMode?: boolean } = {}): string | undefined {
  const closing = new RegExp(`</${tagName}\\s*>`, options.xmlMode ? '' : 'i').exec(markup);
  if (!closing) return undefined;
  let depth = 0;
  let text = '';
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (name === tagName) depth++;
      },
      ontext: (data) => {
        if (depth > 0) text += data;
      },
    },
    { xmlMode: options.xmlMode ?? false, decodeEntities: true },
  );
  parser.end(markup.slice(0, closing.index));
  return text.replace(/\s+/g, ' ').trim() || undefined;
}
