/**
 * Unicode categories of UTF-16 code units, each worked out once, when first met, and kept
 * in a table: matching `\p{L}` per character is several times slower than a lookup, and
 * tokenizing and letter counting look at every character of every text. Surrogates are
 * not classed here; callers look at the whole code point.
 */
const KNOWN = 1;
const LETTER = 2;
const MARK = 4;
const NUMBER = 8;
const UPPER = 16;

const classes = new Uint8Array(0x10000);
const LETTER_PATTERN = /\p{L}/u;
const MARK_PATTERN = /\p{M}/u;
const NUMBER_PATTERN = /\p{N}/u;

function classOf(code: number): number {
  let found = classes[code]!;
  if (found === 0) {
    const unit = String.fromCharCode(code);
    found =
      KNOWN |
      (LETTER_PATTERN.test(unit) ? LETTER : 0) |
      (MARK_PATTERN.test(unit) ? MARK : 0) |
      (NUMBER_PATTERN.test(unit) ? NUMBER : 0) |
      (unit !== unit.toLowerCase() ? UPPER : 0);
    classes[code] = found;
  }
  return found;
}

/** A letter (`\p{L}`). */
export function isLetterUnit(code: number): boolean {
  return (classOf(code) & LETTER) !== 0;
}

/** A combining mark (`\p{M}`). */
export function isMarkUnit(code: number): boolean {
  return (classOf(code) & MARK) !== 0;
}

/** A letter or mark (`[\p{L}\p{M}]`): what words of letters are made of. */
export function isLetterOrMarkUnit(code: number): boolean {
  return (classOf(code) & (LETTER | MARK)) !== 0;
}

/** A letter, mark or number (`[\p{L}\p{M}\p{N}]`): what words are made of. */
export function isWordUnit(code: number): boolean {
  return (classOf(code) & (LETTER | MARK | NUMBER)) !== 0;
}

/** A unit that lower-casing changes (`ch !== ch.toLowerCase()`): capitals, without a string per character. */
export function isUpperUnit(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

/** The apostrophes that join words (`Kemal's`, `Atatürk'ün`): ASCII, typographic, modifier letter and prime. */
export const APOSTROPHES = "'’ʼʹ";

const apostropheUnits = new Uint8Array(0x10000);
for (const ch of APOSTROPHES) apostropheUnits[ch.charCodeAt(0)] = 1;

/** An apostrophe (two of them are letters): a table, as tokenizers ask it of every character. */
export function isApostropheUnit(code: number): boolean {
  return apostropheUnits[code] === 1;
}

/** White space: what `\s` matches, without a regular expression. */
export function isSpaceUnit(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
