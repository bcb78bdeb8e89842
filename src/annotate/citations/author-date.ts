/**
 * Author–date citations: `(Gokay 2006: 24)`, `(Hirst 2013; Jensen 1979: 45)`, `(Akşin, 1991,
 * s. 36)`, `(Hirst and Smith 2013)`, `(Hirst et al. 2013a)`, `[Гасанлы 2011, с. 45]`, several
 * works of one author (`(Hirst 2013, 2015)`), an undated work (`(Andersen, Egge, online)`,
 * `(Smith n.d.)`), and the narrative form `Hirst (2013)`, `McMeekin (2007: 57)` with the name
 * outside the bracket. The names are surnames as the citation writes them; a bracket part
 * that is not one of these shapes (`(1921)`, `(16 March 1921)`, `(see above)`) is none.
 */
import type { Span } from '../../model.js';
import { NAME, PAGES, PAGE_WORD, PARTICLE, YEAR, YEAR_LIST, alternation, pagesOf, sentenceOpeners, words } from './words.js';

export interface AuthorDate extends Span {
  /** The surnames and where they are written. */
  authors: Array<Span & { text: string }>;
  etAl: boolean;
  /** None for an undated work. */
  year?: number;
  yearSuffix?: string;
  pages?: string;
}

/** One author's surname as an author–date citation writes it: up to three capitalized words (`Nur Bilge`, `Зачем Ленин`). */
const SURNAME = String.raw`(?:${PARTICLE}\s)?${NAME}(?:\s+${NAME}){0,2}`;
const AUTHORS = String.raw`${SURNAME}(?:(?:\s*,\s*|\s+(?:${alternation(words.and)})\s+)${SURNAME}){0,5}`;
const ET_AL = String.raw`(?:,?\s+(?:${alternation(words.etAl)})\.?)?`;
/** Years of one author's works (`2013, 2015a`), or a word for no date (`n.d.`, `online`). */
const DATING = String.raw`(${YEAR_LIST}|(?:${alternation(words.noDate)})\.?)`;
const LOCATOR = String.raw`(?:\s*[:,]\s*(?:${PAGE_WORD})?(${PAGES}))?`;
const PART = new RegExp(String.raw`^(?:(?:${alternation(words.lead)})[.:]*\s+)?(${AUTHORS})(${ET_AL}),?\s+${DATING}${LOCATOR}\.?$`, 'du');
const DATING_ONLY = new RegExp(String.raw`^\s*${DATING}${LOCATOR}\s*$`, 'du');
const YEARS = new RegExp(YEAR, 'gu');
const NAME_BEFORE = new RegExp(String.raw`(${AUTHORS})(${ET_AL})\s*$`, 'du');
const AUTHOR_SPLIT = new RegExp(String.raw`\s*,\s*|\s+(?:${alternation(words.and)})\s+`, 'gu');
/** How far before a bracket the names of a narrative citation may start. */
const NARRATIVE_REACH = 80;

/** The surnames of `text[start, end)`, split at commas and `and`. */
function surnames(text: string, start: number, end: number): AuthorDate['authors'] {
  const written = text.slice(start, end);
  const authors: AuthorDate['authors'] = [];
  let from = 0;
  for (const separator of written.matchAll(AUTHOR_SPLIT)) {
    authors.push({ start: start + from, end: start + separator.index, text: written.slice(from, separator.index) });
    from = separator.index + separator[0].length;
  }
  authors.push({ start: start + from, end, text: written.slice(from) });
  return authors;
}

function pagesField(written: string | undefined): { pages?: string } {
  return written ? { pages: pagesOf(written) } : {};
}

/**
 * The citations one dating gives: one per year (`2013, 2015`), the first spanning the names,
 * the others their year alone, the last with the pages up to `tailEnd`; or one undated.
 */
function dated(text: string, whole: Span, tailEnd: number, authors: AuthorDate['authors'], etAl: boolean, dating: Span, pages: string | undefined): AuthorDate[] {
  const years = [...text.slice(dating.start, dating.end).matchAll(YEARS)];
  if (years.length <= 1) {
    const year = years[0];
    return [{ ...whole, authors, etAl, ...(year ? { year: Number(year[1]), ...(year[2] ? { yearSuffix: year[2] } : {}) } : {}), ...pagesField(pages) }];
  }
  return years.map((year, index) => {
    const last = index === years.length - 1;
    return {
      start: index === 0 ? whole.start : dating.start + year.index,
      end: last ? tailEnd : dating.start + year.index + year[0].length,
      authors,
      etAl,
      year: Number(year[1]),
      ...(year[2] ? { yearSuffix: year[2] } : {}),
      ...(last ? pagesField(pages) : {}),
    };
  });
}

/** The author–date citations inside a bracket, from each `;`-separated part that is one. */
export function bracketCitations(text: string, bracket: Span): AuthorDate[] {
  const found: AuthorDate[] = [];
  let from = bracket.start;
  for (let at = bracket.start; at <= bracket.end; at++) {
    if (at < bracket.end && text[at] !== ';') continue;
    const raw = text.slice(from, at);
    const start = from + (raw.length - raw.trimStart().length);
    const part = raw.trim();
    const match = PART.exec(part);
    if (match) {
      const [authorStart, authorEnd] = match.indices![1]!;
      const [datingStart, datingEnd] = match.indices![3]!;
      // `see Hirst 2013`: the citation starts at its names.
      const span = { start: start + authorStart, end: start + part.length };
      const authors = surnames(text, start + authorStart, start + authorEnd);
      found.push(...dated(text, span, span.end, authors, match[2]!.trim().length > 0, { start: start + datingStart, end: start + datingEnd }, match[4]));
    }
    from = at + 1;
  }
  return found;
}

/**
 * `Hirst (2013)`, `Hirst (2013, 2015: 12)`: a bracket holding only the dating (and pages),
 * after names. None when no names come before it.
 */
export function narrativeCitations(text: string, bracket: Span, lineStart: number): AuthorDate[] {
  const inside = DATING_ONLY.exec(text.slice(bracket.start, bracket.end));
  if (!inside) return [];
  const from = Math.max(lineStart, bracket.start - 1 - NARRATIVE_REACH);
  const before = NAME_BEFORE.exec(text.slice(from, bracket.start - 1));
  if (!before) return [];
  const [authorStart, authorEnd] = before.indices![1]!;
  // `In Jensen (1979)`: a capitalized function word before the name is not part of it.
  let authors = surnames(text, from + authorStart, from + authorEnd);
  const first = authors[0]!;
  const written = first.text.split(/\s+/u);
  const opening = written.findIndex((word) => !sentenceOpeners.has(word));
  if (opening < 0) authors = authors.slice(1);
  else if (opening > 0) {
    const skipped = written.slice(0, opening).join(' ').length + 1;
    authors[0] = { start: first.start + skipped, end: first.end, text: first.text.slice(skipped) };
  }
  if (authors.length === 0) return [];
  const [datingStart, datingEnd] = inside.indices![1]!;
  const span = { start: authors[0]!.start, end: bracket.end + 1 };
  const tailEnd = bracket.start + text.slice(bracket.start, bracket.end).trimEnd().length;
  return dated(text, span, tailEnd, authors, before[2]!.trim().length > 0, { start: bracket.start + datingStart, end: bracket.start + datingEnd }, inside[2]);
}
