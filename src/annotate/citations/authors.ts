/**
 * Authors at the head of a reference, in the shapes bibliographies write them:
 * `Gokay B.`, `Hirst, S. J.`, `Nur Bilge C.`, `Гасанлы Дж.Г.`, `B. Gokay`, several joined by
 * commas or `and`/`и`/`ve`, `et al.` after them; a surname alone before the year (`Piter, 2004`);
 * a whole name ending a part of its own (`Ali Fuat Cebesoy. Moskova Hatıraları…`).
 */
import type { Span } from '../../model.js';
import { INITIALS, NAME, PARTICLE, YEAR, alternation, honorifics, sentenceOpeners, words } from './words.js';

export interface Authors {
  names: Array<Span & { text: string }>;
  etAl: boolean;
  /** Where the authors and the mark after them end. */
  end: number;
}

const SURNAME = String.raw`(?:${PARTICLE}\s)?${NAME}`;
const ONE_AUTHOR = new RegExp(String.raw`${SURNAME}(?:\s${NAME}){0,2},?\s?${INITIALS}|${INITIALS}\s?${SURNAME}(?:\s${NAME})?`, 'uy');
const BETWEEN = new RegExp(String.raw`\s*(?:[,;]\s*(?:(?:${alternation(words.and)})\s+)?|\s+(?:${alternation(words.and)})\s+)`, 'uy');
const ET_AL = new RegExp(String.raw`,?\s*(?:${alternation(words.etAl)})\.?`, 'uy');
const AFTER = /[.,:]?\s*/uy;
const SURNAME_BEFORE_YEAR = new RegExp(String.raw`(${SURNAME}),?\s*(?=\(?${YEAR})`, 'uy');
const WHOLE_NAME_LENGTH = 60;
const WHOLE_NAME = new RegExp(String.raw`^(?:(?:${NAME}|${PARTICLE}|\p{Lu}\.)\s?){1,4}$`, 'u');

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Authors written with initials, from `start`; undefined when the reference does not open with one. */
export function authorsAt(text: string, start: number, end: number): Authors | undefined {
  const names: Authors['names'] = [];
  let at = start;
  for (;;) {
    const author = sticky(ONE_AUTHOR, text, at);
    if (!author || at + author[0].length > end) break;
    names.push({ start: at, end: at + author[0].length, text: author[0] });
    at += author[0].length;
    const between = sticky(BETWEEN, text, at);
    if (!between) break;
    const next = sticky(ONE_AUTHOR, text, at + between[0].length);
    if (!next) break;
    at += between[0].length;
  }
  if (names.length === 0) {
    const alone = sticky(SURNAME_BEFORE_YEAR, text, start);
    if (!alone || start + alone[0].length > end) return undefined;
    return { names: [{ start, end: start + alone[1]!.length, text: alone[1]! }], etAl: false, end: start + alone[0].length };
  }
  const etAl = sticky(ET_AL, text, at);
  if (etAl) at += etAl[0].length;
  at += sticky(AFTER, text, at)?.[0].length ?? 0;
  return { names, etAl: Boolean(etAl), end: Math.min(at, end) };
}

/** A part that is only a person's whole name (`Halil Paşa`, `Ali Fuat Cebesoy`), not a title. */
export function isWholeName(part: string): boolean {
  // Names are short; the length check also spares the pattern a long run of capitals.
  if (part.length > WHOLE_NAME_LENGTH || !WHOLE_NAME.test(part)) return false;
  const first = part.split(/\s/)[0]!;
  return !sentenceOpeners.has(first);
}

/**
 * The surname of an author as a reference writes it: before the comma (`Hirst, S. J.`), the
 * words beside the initials (`Gokay B.`, `B. Gokay`), else the last word of a whole name
 * (`Ali Fuat Cebesoy`), or the given name an honorific follows (`Halil Paşa`).
 */
export function surnameOf(author: string): string {
  const comma = author.indexOf(',');
  if (comma > 0) return author.slice(0, comma).trim();
  const parts = author.split(/\s+|(?<=\.)(?=\p{Lu})/u).filter(Boolean);
  const isInitial = (part: string) => /^\p{Lu}\p{Ll}?\.(?:-?\p{Lu}\p{Ll}?\.)*$/u.test(part);
  const named = parts.filter((part) => !isInitial(part));
  if (named.length === 0) return author;
  if (named.length < parts.length) return named.join(' ');
  const withoutHonorifics = named.filter((part, index) => index === 0 || !honorifics.has(part.toLowerCase()));
  return withoutHonorifics.length < named.length ? withoutHonorifics.join(' ') : named[named.length - 1]!;
}
