/**
 * Turns a text file's bytes into characters, telling the encoding by content (never by extension).
 * Order: byte order mark, a charset the file declares (HTML), strict UTF-8, UTF-16 without BOM,
 * then a single-byte guess. Refuses binary data and files without any text.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from './errors.js';

export interface Decoded {
  text: string;
  /** 'UTF-8', 'UTF-16LE', 'windows-1251', 'KOI8-R', … */
  encoding: string;
}

/** Bytes looked at when guessing an encoding: plenty for statistics, cheap on large files. */
const SAMPLE_BYTES = 16 * 1024;

/** Above this share of C0 control characters (other than \t \n \r \f) the "text" is binary data; NUL never occurs in text. */
const MAX_CONTROL_SHARE = 0.01;
/** Stray controls any short text may carry, such as the Ctrl-Z that ends old DOS files. */
const TOLERATED_CONTROLS = 2;

/**
 * Decodes `bytes` read from `path` (the path only names the file in errors).
 * `declaredCharset`, from the file's own markup, wins over detection but not over a BOM.
 */
export function decodeText(bytes: Buffer, path: string, declaredCharset?: string): Decoded {
  const decoded = decodeByBom(bytes) ?? decodeAsDeclared(bytes, declaredCharset) ?? detectAndDecode(bytes, path);
  refuseControlCharacters(decoded.text, path);
  if (!/\S/.test(decoded.text)) {
    throw new ReadError(path, 'empty', 'contains no text, only whitespace');
  }
  return decoded;
}

function decodeByBom(bytes: Buffer): Decoded | undefined {
  const encoding =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'UTF-8'
    : bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE'
    : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE'
    : undefined;
  // TextDecoder drops the BOM itself.
  return encoding && { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function decodeAsDeclared(bytes: Buffer, charset: string | undefined): Decoded | undefined {
  const label = charset?.trim().toLowerCase();
  // A UTF-16 declaration without a BOM is a mislabelled ASCII-compatible page (as browsers assume).
  if (!label || label.startsWith('utf-16') || !iconv.encodingExists(label)) return undefined;
  if (label === 'utf-8' || label === 'utf8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  const encoding = CYRILLIC_ENCODINGS.find((known) => known.name.toLowerCase() === label)?.name ?? label;
  return { text: iconv.decode(bytes, label), encoding };
}

function detectAndDecode(bytes: Buffer, path: string): Decoded {
  if (bytes.includes(0)) {
    const utf16 = utf16ByNulPattern(bytes);
    if (!utf16) throw binaryError(path);
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'UTF-8' };
  const { name, iconvName } = guessSingleByteEncoding(bytes.subarray(0, SAMPLE_BYTES));
  return { text: iconv.decode(bytes, iconvName), encoding: name };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeStrictUtf8(bytes: Buffer): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 text has a zero high byte for every ASCII character (spaces, digits, punctuation) and
 * almost never a zero low byte; its high bytes take few values (0 and the script's block, e.g.
 * 0x04 for Cyrillic). Binary data has zeros anywhere and high bytes of every value.
 */
function utf16ByNulPattern(bytes: Buffer): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const units = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  if (units === 0) return undefined;
  // How often each byte value occurs at even and at odd offsets.
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < 2 * units; i += 2) {
    even[bytes[i]!]!++;
    odd[bytes[i + 1]!]!++;
  }
  for (const [high, low, encoding] of [[odd, even, 'UTF-16LE'], [even, odd, 'UTF-16BE']] as const) {
    const asciiUnits = high[0]!;
    const mostCommonScriptBlock = Math.max(...high.subarray(1));
    const looksLikeText =
      asciiUnits >= 0.05 * units && low[0]! <= 0.01 * units && asciiUnits + mostCommonScriptBlock >= 0.9 * units;
    if (looksLikeText) return encoding;
  }
  return undefined;
}

interface SingleByteEncoding {
  /** The name reported in RawDocument.encoding. */
  name: string;
  iconvName: string;
}

/** Single-byte Cyrillic encodings a Russian document may come in; chardet confuses them on short texts. */
const CYRILLIC_ENCODINGS: readonly SingleByteEncoding[] = [
  { name: 'windows-1251', iconvName: 'windows-1251' },
  { name: 'KOI8-R', iconvName: 'koi8-r' },
  { name: 'IBM866', iconvName: 'cp866' },
  { name: 'ISO-8859-5', iconvName: 'iso-8859-5' },
  { name: 'x-mac-cyrillic', iconvName: 'maccyrillic' },
];

/** The ten most frequent Russian letters (about two thirds of running text). */
const FREQUENT_LETTERS = new Set('оеаинтсрвл');

const FREQUENT_BIGRAMS = new Set(
  ('ст но то на ен ов ни ра во ко ос ро ре по пр ал ла ли ер го ор ан ет те ол ль от ом ка ел ит не ва ' +
    'об ти де ис ть ле ие ат ми ск ак од ия ин ев').split(' '),
);

const RUSSIAN_LETTER = /[а-яё]/;

/** A correct Russian decoding scores about 1.1 per Cyrillic letter; a wrong one about a third of that. */
const MIN_SCORE_PER_LETTER = 0.6;
/** Low enough for a two-word Russian sentence, too high for a stray Latin-1 "à" read as Cyrillic. */
const MIN_SCORE = 5;

function guessSingleByteEncoding(sample: Buffer): SingleByteEncoding {
  const cyrillic = bestCyrillicDecoding(sample);
  if (cyrillic.score >= MIN_SCORE && cyrillic.score >= MIN_SCORE_PER_LETTER * cyrillic.letters) {
    return cyrillic.encoding;
  }
  const candidate = chardet
    .analyse(sample)
    .map((match) => match.name as string)
    .find((name) => !/^(UTF|ASCII)/i.test(name) && iconv.encodingExists(name));
  if (!candidate) return { name: 'windows-1252', iconvName: 'windows-1252' };
  // chardet's Cyrillic verdict is trusted, but not its choice among the Cyrillic encodings.
  return CYRILLIC_ENCODINGS.some((encoding) => encoding.name.toLowerCase() === candidate.toLowerCase())
    ? cyrillic.encoding
    : { name: candidate, iconvName: candidate };
}

function bestCyrillicDecoding(sample: Buffer) {
  const scored = CYRILLIC_ENCODINGS.map((encoding) => ({
    encoding,
    ...scoreAsRussian(iconv.decode(sample, encoding.iconvName)),
  }));
  return scored.reduce((best, next) => (next.score > best.score ? next : best));
}

/**
 * How much a decoding reads like Russian: each letter of an all-Cyrillic word earns a point when it
 * is a frequent letter and each frequent bigram earns one, case-blind (telegrams are in capitals);
 * a Cyrillic letter outside the Russian alphabet (Љ, Ђ, … — what another table's capitals become)
 * costs one. Words that mix Cyrillic with other letters — Latin text decoded with a Cyrillic
 * table — cost their length.
 */
function scoreAsRussian(text: string): { score: number; letters: number } {
  let score = 0;
  let letters = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    const cyrillicLetters = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
    if (cyrillicLetters === 0) continue;
    letters += cyrillicLetters;
    if (cyrillicLetters < word.length) {
      score -= word.length;
      continue;
    }
    const lower = word.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      if (FREQUENT_LETTERS.has(lower[i]!)) score++;
      else if (!RUSSIAN_LETTER.test(lower[i]!)) score--;
      if (FREQUENT_BIGRAMS.has(lower.slice(i, i + 2))) score++;
    }
  }
  return { score, letters };
}

function refuseControlCharacters(text: string, path: string): void {
  const limit = Math.max(TOLERATED_CONTROLS, text.length * MAX_CONTROL_SHARE);
  const control = /[\x00-\x08\x0b\x0e-\x1f]/g;
  let count = 0;
  for (let match; (match = control.exec(text)); ) {
    if (match[0] === '\0' || ++count > limit) throw binaryError(path);
  }
}

function binaryError(path: string): ReadError {
  return new ReadError(path, 'binary', 'looks like binary data, not text; only text, HTML, PDF, DOCX and image files can be read');
}
