/**
 * The `citations` recognizer: the works a text cites and the works its bibliography lists.
 *
 * - Bibliography entries (`work` mentions): the paragraphs under a heading such as
 *   `Bibliography`, `Список литературы`, `Kaynakça` (`citations/sections.ts`), each read into
 *   authors, year, title, place, publisher, journal… (`citations/reference.ts`).
 * - Citations in running text (`citation` mentions): author–date brackets and their narrative
 *   form (`citations/author-date.ts`), bibliographic notes in brackets or footnotes
 *   (`(Halil Paşa. Bitmeyen Savaş. İstanbul, 1972, S.358)`), and `Ibid.` / `Там же` notes.
 *
 * Spans the document recognizer took as citation formulas (`… // archive`) are left to it,
 * and so are names the earlier recognizers found in a bracket: an author–date name that is a
 * date (`(March 1921)`), or a place or organisation all by itself (`(Moscow 1921)`), cites nothing.
 */
import type { CitationMention, CitationValue, Mention, Passage, Recognizer, Span, WorkMention } from '../model.js';
import { bracketCitations, narrativeCitations, type AuthorDate } from './citations/author-date.js';
import { loadGazetteer, PLACE_METROPOLIS, placeStrength } from './names/gazetteer.js';
import { bracketsOf } from './citations/brackets.js';
import { readReference } from './citations/reference.js';
import { bibliographyPassages } from './citations/sections.js';
import { authorsAt, isWholeName } from './citations/authors.js';
import { PAGES, PAGE_WORD, alternation, pagesOf, words } from './citations/words.js';

/** A bracket longer than this is a parenthetical passage, not a citation. */
const BRACKET_LENGTH = 400;
const LOCATOR = String.raw`(?:\s*[,.:]?\s*(?:${PAGE_WORD})?(${PAGES}))?\.?$`;
const IBID = new RegExp(String.raw`^(?:${alternation(words.ibid)})\.?${LOCATOR}`, 'u');
/** The names before an `op. cit.` are short: a surname with initials or a whole name. */
const OP_CIT = new RegExp(String.raw`^(.{2,60}?\.?),?\s+(?:${alternation(words.opCit)})\.?${LOCATOR}`, 'u');
const FOOTNOTE_NUMBER = /^\s*\d{1,4}[.)]?\s+/u;

/** Spans sorted by start, asked whether any overlaps or covers a stretch of text. */
class Spans {
  private readonly spans: readonly Span[];
  private readonly longest: number;

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.longest = this.spans.reduce((longest, span) => Math.max(longest, span.end - span.start), 0);
  }

  /** The spans that may touch `[start, end)`: those starting before `end`, no further back than the longest reaches. */
  private near(start: number, end: number): Span[] {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    const near: Span[] = [];
    for (let i = low - 1; i >= 0 && this.spans[i]!.start >= start - this.longest; i--) near.push(this.spans[i]!);
    return near;
  }

  overlaps(start: number, end: number): boolean {
    return this.near(start, end).some((span) => span.end > start);
  }

  covers(start: number, end: number): boolean {
    return this.near(start, end).some((span) => span.start <= start && span.end >= end);
  }

  inside(start: number, end: number): Span[] {
    return this.near(start, end).filter((span) => span.start >= start && span.end <= end);
  }
}

interface Context {
  text: string;
  dates: Spans;
  documents: Spans;
  /** Document references cited by formula or heading: a bracket touching one is theirs. */
  formulas: Spans;
  /** Places and organisations, which no author is by itself. */
  placesAndOrgs: Spans;
  places: Spans;
}

function citation(text: string, start: number, end: number, value: CitationValue, confidence: number): CitationMention {
  return { kind: 'citation', start, end, text: text.slice(start, end), value, confidence };
}

function authorDateValue(found: AuthorDate): CitationValue {
  return {
    form: 'author-date',
    authors: found.authors.map((author) => author.text),
    ...(found.year !== undefined ? { year: found.year } : {}),
    ...(found.yearSuffix ? { yearSuffix: found.yearSuffix } : {}),
    ...(found.pages ? { pages: found.pages } : {}),
    ...(found.etAl ? { etAl: true as const } : {}),
  };
}

/**
 * A well-known place alone is no author (`The Treaty of Kars (1921)`, `(Moscow 1921)`) — unless
 * a bracket gives pages too (`(Berlin 1969: 45)`), which only a citation does.
 */
function isPlaceAndYear(found: AuthorDate, narrative: boolean): boolean {
  return (narrative || found.pages === undefined) && found.authors.every((author) => !/\s/u.test(author.text) && placeStrength(author.text) >= PLACE_METROPOLIS);
}

function isAuthorDate(found: AuthorDate, context: Context, narrative = false): boolean {
  const first = found.authors[0]!;
  const last = found.authors[found.authors.length - 1]!;
  if (context.dates.overlaps(first.start, last.end) || context.documents.overlaps(first.start, last.end)) return false;
  if (isPlaceAndYear(found, narrative)) return false;
  return !found.authors.some((author) => context.placesAndOrgs.covers(author.start, author.end));
}

/** A note citing a work: `Ibid., p. 12`, `Karabekir, op. cit., p. 45`, or a reference with title, year, and pages or place. */
function readNote(context: Context, start: number, end: number): { value: CitationValue; start: number; end: number } | undefined {
  const { text } = context;
  const written = text.slice(start, end);
  const lead = written.length - written.trimStart().length;
  const ibid = IBID.exec(written.trim());
  if (ibid) {
    const value: CitationValue = { form: 'note', authors: [], ibid: true, ...(ibid[1] ? { pages: pagesOf(ibid[1]) } : {}) };
    return { value, start: start + lead, end: start + written.replace(/[\s.;,]+$/u, '').length };
  }
  const opCit = OP_CIT.exec(written.trim());
  const author = opCit && authorOnly(opCit[1]!);
  if (opCit && author) {
    const value: CitationValue = { form: 'note', authors: [author], opCit: true, ...(opCit[2] ? { pages: pagesOf(opCit[2]) } : {}) };
    return { value, start: start + lead, end: start + written.replace(/[\s.;,]+$/u, '').length };
  }
  const reference = readReference(text, start, end, 'note', context.places.inside(start, end));
  return reference && { value: { form: 'note', ...reference.fields }, start: reference.start, end: reference.end };
}

/** `Гасанлы Дж.`, `Karabekir`, `Ali Fuat Cebesoy`: names and nothing else, without a period that only ends them (`Smith.`). */
function authorOnly(written: string): string | undefined {
  const isNames = (names: string) => isWholeName(names) || authorsAt(names, 0, names.length)?.end === names.length;
  const bare = written.replace(/\.$/u, '');
  return isNames(written) ? written : isNames(bare) ? bare : undefined;
}

function citationsInBrackets(context: Context, passage: Passage): CitationMention[] {
  const { text } = context;
  const found: CitationMention[] = [];
  let takenEnd = -1;
  for (const bracket of bracketsOf(text, passage.start, passage.end, BRACKET_LENGTH)) {
    if (bracket.end <= takenEnd || bracket.end === bracket.start) continue;
    if (context.formulas.overlaps(bracket.start, bracket.end) || context.documents.covers(bracket.start, bracket.end)) continue;
    const authorDates = bracketCitations(text, bracket).filter((each) => isAuthorDate(each, context));
    if (authorDates.length > 0) {
      for (const each of authorDates) found.push(citation(text, each.start, each.end, authorDateValue(each), 0.9));
      takenEnd = bracket.end;
      continue;
    }
    const note = readNote(context, bracket.start, bracket.end);
    if (note) {
      found.push(citation(text, note.start, note.end, note.value, 0.8));
      takenEnd = bracket.end;
      continue;
    }
    const narrative = narrativeCitations(text, bracket, passage.start).filter((each) => isAuthorDate(each, context, true));
    for (const each of narrative) found.push(citation(text, each.start, each.end, authorDateValue(each), 0.6));
    if (narrative.length > 0) takenEnd = bracket.end;
  }
  return found;
}

function spansOf(mentions: readonly Mention[], test: (mention: Mention) => boolean): Spans {
  return new Spans(mentions.filter(test));
}

export const citations: Recognizer = {
  name: 'citations',
  kinds: ['citation', 'work'],
  async prepare() {
    await loadGazetteer();
  },
  recognize(doc) {
    const { text } = doc;
    const context: Context = {
      text,
      dates: spansOf(doc.mentions, (mention) => mention.kind === 'date'),
      documents: spansOf(doc.mentions, (mention) => mention.kind === 'document'),
      formulas: spansOf(doc.mentions, (mention) => mention.kind === 'document' && mention.value.form !== 'narrative'),
      placesAndOrgs: spansOf(doc.mentions, (mention) => mention.kind === 'place' || mention.kind === 'org'),
      places: spansOf(doc.mentions, (mention) => mention.kind === 'place'),
    };
    const entries = bibliographyPassages(text, doc.passages);
    const found: Array<CitationMention | WorkMention> = [];
    doc.passages.forEach((passage, index) => {
      if (entries.has(index)) {
        const entry = readReference(text, passage.start, passage.end, 'entry', context.places.inside(passage.start, passage.end));
        if (entry) found.push({ kind: 'work', start: entry.start, end: entry.end, text: text.slice(entry.start, entry.end), value: entry.fields, confidence: 0.9 });
        return;
      }
      if (passage.kind === 'footnote' && !context.documents.overlaps(passage.start, passage.end)) {
        const number = FOOTNOTE_NUMBER.exec(text.slice(passage.start, passage.end));
        const note = readNote(context, passage.start + (number?.[0].length ?? 0), passage.end);
        if (note) {
          found.push(citation(text, note.start, note.end, note.value, 0.8));
          return;
        }
      }
      found.push(...citationsInBrackets(context, passage));
    });
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
