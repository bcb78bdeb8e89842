/**
 * Author–date citations: `(Gokay 2006: 24)`, `(Hirst 2013; Jensen 1979: 45)`, `(Akşin, 1991,
 * s. 36)`, `(Hirst and Smith 2013)`, `(Hirst et al. 2013a)`, `[Гасанлы 2011, с. 45]`, and the
 * narrative form `Hirst (2013)`, `McMeekin (2007: 57)` with the name outside the bracket.
 * The names are surnames as the citation writes them; a bracket part that is not one of these
 * shapes (`(1921)`, `(16 March 1921)`, `(see above)`) is none.
 */
import type { Span } from '../../model.js';
import { NAME, PAGES, PAGE_WORD, PARTICLE, YEAR, alternation, pagesOf, sentenceOpeners, words } from './words.js';

export interface AuthorDate extends Span {
  /** The surnames and where they are written. */
  authors: Array<Span & { text: string }>;
  etAl: boolean;
  year: number;
  yearSuffix?: string;
  pages?: string;
}

/** One author's surname as an author–date citation writes it: up to three capitalized words (`Nur Bilge`, `Зачем Ленин`). */
const SURNAME = String.raw`(?:${PARTICLE}\s)?${NAME}(?:\s+${NAME}){0,2}`;
const AUTHORS = String.raw`${SURNAME}(?:(?:\s*,\s*|\s+(?:${alternation(words.and)})\s+)${SURNAME}){0,5}`;
const ET_AL = String.raw`(?:,?\s+(?:${alternation(words.etAl)})\.?)?`;
const LOCATOR = String.raw`(?:\s*[:,]\s*(?:${PAGE_WORD})?(${PAGES}))?`;
const PART = new RegExp(String.raw`^(?:(?:${alternation(words.lead)})[.:]*\s+)?(${AUTHORS})(${ET_AL}),?\s+${YEAR}${LOCATOR}\.?$`, 'du');
const YEAR_ONLY = new RegExp(String.raw`^${YEAR}${LOCATOR}$`, 'u');
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

/** The author–date citations inside a bracket, one per `;`-separated part that is one. */
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
      found.push({
        // `see Hirst 2013`: the citation starts at its names.
        start: start + authorStart,
        end: start + part.length,
        authors: surnames(text, start + authorStart, start + authorEnd),
        etAl: match[2]!.trim().length > 0,
        year: Number(match[3]),
        ...(match[4] ? { yearSuffix: match[4] } : {}),
        ...pagesField(match[5]),
      });
    }
    from = at + 1;
  }
  return found;
}

/** `Hirst (2013)`: a bracket holding only a year (and pages), after names. Undefined when no names come before it. */
export function narrativeCitation(text: string, bracket: Span, lineStart: number): AuthorDate | undefined {
  const inside = YEAR_ONLY.exec(text.slice(bracket.start, bracket.end).trim());
  if (!inside) return undefined;
  const from = Math.max(lineStart, bracket.start - 1 - NARRATIVE_REACH);
  const before = NAME_BEFORE.exec(text.slice(from, bracket.start - 1));
  if (!before) return undefined;
  let [authorStart, authorEnd] = before.indices![1]!;
  authorStart += from;
  authorEnd += from;
  // `In Jensen (1979)`: a capitalized function word before the name is not part of it.
  let authors = surnames(text, authorStart, authorEnd);
  const first = authors[0]!;
  const written = first.text.split(/\s+/u);
  const opening = written.findIndex((word) => !sentenceOpeners.has(word));
  if (opening < 0) authors = authors.slice(1);
  else if (opening > 0) {
    const skipped = written.slice(0, opening).join(' ').length + 1;
    authors[0] = { start: first.start + skipped, end: first.end, text: first.text.slice(skipped) };
  }
  if (authors.length === 0) return undefined;
  return {
    start: authors[0]!.start,
    end: bracket.end + 1,
    authors,
    etAl: before[2]!.trim().length > 0,
    year: Number(inside[1]),
    ...(inside[2] ? { yearSuffix: inside[2] } : {}),
    ...pagesField(inside[3]),
  };
}
