/**
 * The words and patterns every part of the citation recognizer shares: the vocabulary of all
 * languages, names and initials, years and page numbers.
 */
import { abbreviations as englishAbbreviations } from '../../lang/en/abbreviations.js';
import { honorifics as englishHonorifics } from '../../lang/en/names.js';
import { abbreviations as polishAbbreviations } from '../../lang/pl/abbreviations.js';
import { abbreviations as russianAbbreviations } from '../../lang/ru/abbreviations.js';
import { honorifics as russianHonorifics } from '../../lang/ru/names.js';
import { abbreviations as turkishAbbreviations } from '../../lang/tr/abbreviations.js';
import { honorifics as turkishHonorifics } from '../../lang/tr/names.js';
import { bibliographyWords } from '../../lang/bibliography.js';

export const words = bibliographyWords;

const ABBREVIATIONS = [englishAbbreviations, russianAbbreviations, turkishAbbreviations, polishAbbreviations];

/** Words whose period does not end a part of a reference (`vol.`, `eds.`, `т.`, `S.`). */
export const abbreviated: ReadonlySet<string> = new Set([
  ...ABBREVIATIONS.flatMap((each) => [...each.prefix, ...each.numbered]),
  ...words.pages, ...words.volume, ...words.issue, ...words.editors,
]);

/** Capitalized function words that open sentences and are never an author (`In`, `The`, `В`). */
export const sentenceOpeners: ReadonlySet<string> = new Set(ABBREVIATIONS.flatMap((each) => each.sentenceOpeners));

/** Honorifics that follow a given name (`Halil Paşa`): the name is not a surname. */
export const honorifics: ReadonlySet<string> = new Set([...englishHonorifics, ...russianHonorifics, ...turkishHonorifics].map((word) => word.toLowerCase()));

export function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An alternation of whole words or phrases, longest first, blind to case letter by letter (the
 * patterns it joins test capitals, so they cannot take the `i` flag), white space between
 * words optional, and no letter after (`см` is not the start of `Смирнов`).
 */
export function alternation(phrases: Iterable<string>): string {
  const caseless = (ch: string) => (ch.toUpperCase() !== ch.toLowerCase() && ch.toUpperCase().length === 1 ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escape(ch));
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => `${[...phrase].map((ch) => (ch === ' ' ? String.raw`\s*` : caseless(ch))).join('')}(?!\\p{L})`)
    .join('|');
}

/** A capitalized word, hyphenated parts and apostrophes inside: `Gokay`, `McMeekin`, `Тер-Габриэлян`, `O'Brien`. */
export const NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{Lu}\p{M}'’]*)*`;
/** Lower-case particles of surnames: `van`, `de`, `al`. */
export const PARTICLE = String.raw`(?:van|von|de|der|den|du|da|al|el|ibn|bin|ben|la|le)`;
/** One initial (`B.`, `Дж.`) or several (`S.J.`, `P. K.`, `Ж.-П.`). */
export const INITIALS = String.raw`\p{Lu}\p{Ll}?\.(?:\s?-?\s?\p{Lu}\p{Ll}?\.){0,2}`;
const PUBLICATION_YEAR = String.raw`1[5-9]\d\d|20\d\d`;
/** A publication year, with the letter that tells apart one author's works of a year. */
export const YEAR = String.raw`(${PUBLICATION_YEAR})([a-zа-я])?(?![\p{L}\d])`;
/** Years of one author's works, not captured: `2013, 2015a`. */
export const YEAR_LIST = String.raw`(?:${PUBLICATION_YEAR})[a-zа-я]?(?:\s*,\s*(?:${PUBLICATION_YEAR})[a-zа-я]?)*(?![\p{L}\d])`;
/** Pages: `24`, `65–67`, `257, 275-277`, `12 f.`. */
export const PAGES = String.raw`\d+(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*(?:\s*ff?\.)?`;
/** A page abbreviation with its period: `p.`, `pp.`, `С.`, `s.`. */
export const PAGE_WORD = String.raw`(?:${alternation(words.pages)})\.\s*`;

/** The pages as a list: `S.257, 275-277` → `257, 275-277`. */
export function pagesOf(written: string): string {
  return written.replace(/\s*([-–—])\s*/g, '$1').replace(/\s*,\s*/g, ', ').trim();
}
