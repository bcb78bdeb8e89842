/**
 * One reference read into its fields: a bibliography entry or a bibliographic note.
 *
 * The head gives the authors (`authors.ts`; also `Gökay, Bülent.` and a whole name ending a
 * part, `Ali Fuat Cebesoy.`) and, in author–date lists, the year right after
 * them (`Gokay B., 2006, …`, `Hirst, S. J. (2013). …`); an entry without authors may open with
 * its title and year (`История международных отношений…, 1986, т. 1, Москва`). The tail is
 * read from the end, part by part, while each part is something a reference ends with —
 * pages, volume, issue, year, place, publisher, a quoted journal, editors, an address —
 * and what is left between head and tail is the title (`Soviet Eastern Policy and Turkey,
 * 1920–1991: Soviet foreign policy, Turkey and communism`). A part after `[in:]`, `In:` or `//`
 * names the journal or book the work is part of. Nothing is guessed: a field no part gives
 * stays empty.
 */
import type { BibliographicFields, Span } from '../../model.js';
import { authorsAt, isWholeName } from './authors.js';
import { bare, piecesOf, type Piece } from './pieces.js';
import { PAGES, PAGE_WORD, YEAR, alternation, pagesOf, words } from './words.js';

/** `entry`: a paragraph of a bibliography; `note`: a bracket or footnote citing a work in running text. */
export type ReferenceMode = 'entry' | 'note';

export interface Reference {
  fields: BibliographicFields;
  /** Where the reference starts once numbering and `See` are left out. */
  start: number;
  end: number;
}

const NUMBERING = /^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]?(?=\s)|[-–•*·])\s*/u;
const LEAD = new RegExp(String.raw`^(?:${alternation(words.lead)})[.:]*\s*`, 'u');
const URL = /(?:https?:\/\/|www\.|doi:\s*|\b10\.\d{4,}\/)[^\s<>"]+/iu;
const URL_LEAD = new RegExp(String.raw`[,.;]?\s*(?:${alternation(words.urlLeads)})\s*[:.]?\s*(?=<?(?:https?:|www\.|doi))`, 'u');
const EARLY_YEAR = new RegExp(String.raw`\(?${YEAR}\)?[.,:]?\s*`, 'uy');
const YEAR_PIECE = new RegExp(String.raw`^\(?${YEAR}\)?$`, 'u');
const PAGES_PIECE = new RegExp(String.raw`^${PAGE_WORD}(${PAGES})$`, 'u');
const NUMBERS_PIECE = /^\d+(?:\s*[-–—]\s*\d+)?$/u;
const EXTENT_PIECE = new RegExp(String.raw`^\d+\s*(?:${alternation(words.extent)})\.?$`, 'u');
/** `vol. 10`, `т. IV`, `Cilt 3`, `72(1)` (volume and issue). */
const VOLUME_PIECE = new RegExp(String.raw`^(?:(?:${alternation(words.volume)})\.?\s*([\dIVXLCivxlc]+)|(\d+)\s*\((\d+)\))(?:\s*\((\d+)\))?$`, 'u');
const ISSUE_PIECE = new RegExp(String.raw`^(?:${alternation(words.issue)})\.?\s*(\d+(?:\s*[-–/]\s*\d+)?)$`, 'u');
const EDITORS_PIECE = new RegExp(String.raw`^(?:${alternation(words.editors)})\.?\s`, 'u');
/** `[in:]`, `In:`, `В кн.:` between a part's title and the book or journal it is in. */
const CONTAINER_MARK = new RegExp(String.raw`\s(?:\[(?:${alternation(words.container)})\s*:?\]|(?:${alternation(words.container)})\s*:)\s+`, 'u');
const QUOTED = /^["«“„]([^"»”“]+)["»”“]/u;
const PLACE_YEAR = new RegExp(String.raw`^(.+?),?\s+${YEAR}$`, 'u');
const SENTENCE_BREAK = /[^\s.]{2}\.\s+(?=\p{Lu})/u;

type Tail =
  | { kind: 'pages'; pages: string }
  | { kind: 'numbers'; pages: string }
  | { kind: 'year'; year: number; suffix?: string }
  | { kind: 'volume'; volume: string; issue?: string }
  | { kind: 'issue'; issue: string }
  | { kind: 'place'; place: string; year?: number; suffix?: string }
  | { kind: 'publisher'; publisher: string }
  | { kind: 'journal'; journal: string }
  | { kind: 'url'; url: string }
  | { kind: 'skip' };

function isPlace(written: string, placeSpans: readonly Span[], piece: Piece): boolean {
  const lower = written.replace(/\.$/, '').toLowerCase();
  if (words.places.has(lower) || words.places.has(written.toLowerCase())) return true;
  // A town the name recognizer found, when it is the whole part (`Ankara`, `Baku`) and no publisher (`Routledge`).
  return !hasPublisherWord(written) && placeSpans.some((span) => span.start === piece.start && span.end >= piece.start + written.length);
}

function hasPublisherWord(written: string): boolean {
  return written.toLowerCase().split(/[\s"«»]+/u).some((word) => words.publisherWords.has(word)) || words.publisherWords.has(written.toLowerCase());
}

/** What a part at the end of a reference is, or undefined when it belongs to the title. `later` is the part after it. */
function tailOf(piece: Piece, later: { piece: Piece; tail: Tail } | undefined, placeSpans: readonly Span[]): Tail | undefined {
  const written = bare(piece);
  let match: RegExpExecArray | null;
  if ((match = YEAR_PIECE.exec(written))) return { kind: 'year', year: Number(match[1]), ...(match[2] ? { suffix: match[2] } : {}) };
  if ((match = PAGES_PIECE.exec(piece.text.replace(/\.$/, '')))) return { kind: 'pages', pages: pagesOf(match[1]!) };
  if (NUMBERS_PIECE.test(written)) return { kind: 'numbers', pages: pagesOf(written) };
  if (EXTENT_PIECE.test(piece.text)) return { kind: 'skip' };
  if ((match = VOLUME_PIECE.exec(written))) return { kind: 'volume', volume: match[1] ?? match[2]!, ...((match[3] ?? match[4]) ? { issue: (match[3] ?? match[4])! } : {}) };
  if ((match = ISSUE_PIECE.exec(written))) return { kind: 'issue', issue: match[1]!.replace(/\s+/g, '') };
  if (EDITORS_PIECE.test(piece.text)) return { kind: 'skip' };
  if (URL.exec(written)?.index === 0) return { kind: 'url', url: written };
  if ((match = QUOTED.exec(written))) return { kind: 'journal', journal: match[1]!.trim() };
  if (isPlace(written, placeSpans, piece)) return { kind: 'place', place: written };
  if ((match = PLACE_YEAR.exec(written)) && isPlace(match[1]!, placeSpans, piece)) {
    return { kind: 'place', place: match[1]!, year: Number(match[2]), ...(match[3] ? { suffix: match[3] } : {}) };
  }
  if (hasPublisherWord(written)) return { kind: 'publisher', publisher: written };
  // `Routledge, London`: one word before the town and a comma is its publisher.
  if (later?.tail.kind === 'place' && piece.after === ',' && /^\p{Lu}[\p{L}'’&-]+$/u.test(written)) return { kind: 'publisher', publisher: written };
  return undefined;
}

function isSurnameThenGivenName(surname: Piece, given: Piece): boolean {
  return !/\s/u.test(surname.text) && isWholeName(surname.text) && isWholeName(bare(given)) && bare(given).split(/\s+/u).length <= 3;
}

/** The reference in `text[start, end)`, or undefined when it does not read as one. `placeSpans` are the place mentions inside. */
export function readReference(text: string, start: number, end: number, mode: ReferenceMode, placeSpans: readonly Span[] = []): Reference | undefined {
  let from = start;
  for (const pattern of [NUMBERING, LEAD]) {
    const lead = pattern.exec(text.slice(from, end));
    if (lead) from += lead[0].length;
  }
  let stop = end;
  while (stop > from && /[\s.;,]/u.test(text[stop - 1]!)) stop -= 1;
  if (stop - from < 4 || !/\p{Lu}/u.test(text[from]!)) return undefined;
  const fields: BibliographicFields = { authors: [] };

  // An address ends the reference: `Available from: <https://…>`.
  const urlLead = URL_LEAD.exec(text.slice(from, stop));
  const urlMatch = URL.exec(text.slice(from, stop));
  let cut = stop;
  if (urlMatch) {
    fields.url = urlMatch[0].replace(/[>.,;)]+$/u, '');
    cut = from + (urlLead && urlLead.index <= urlMatch.index ? urlLead.index : urlMatch.index);
    while (cut > from && /[\s<,;(]/u.test(text[cut - 1]!)) cut -= 1;
  }

  const authors = authorsAt(text, from, cut);
  let head = from;
  let earlyYear = false;
  if (authors) {
    fields.authors = authors.names.map((name) => name.text);
    head = authors.end;
    EARLY_YEAR.lastIndex = head;
    const year = EARLY_YEAR.exec(text);
    if (year && head + year[0].length <= cut) {
      fields.year = Number(year[1]);
      if (year[2]) fields.yearSuffix = year[2];
      head += year[0].length;
      earlyYear = true;
    }
  }
  const mark = CONTAINER_MARK.exec(text.slice(head, cut));
  const afterMark = mark ? piecesOf(text, head + mark.index + mark[0].length, cut) : [];
  let pieces = [...piecesOf(text, head, mark ? head + mark.index : cut), ...afterMark];
  // The first part after the mark names the book or journal; found again by identity once the head's parts are taken off.
  const markedContainer = afterMark[0];
  if (!authors && pieces.length >= 2 && pieces[0]!.after === '.' && isWholeName(bare(pieces[0]!))) {
    // `Ali Fuat Cebesoy. Moskova Hatıraları. …`: a whole name as a part of its own.
    fields.authors = [bare(pieces[0]!)];
    pieces = pieces.slice(1);
  } else if (!authors && pieces.length >= 3 && pieces[0]!.after === ',' && pieces[1]!.after === '.' && isSurnameThenGivenName(pieces[0]!, pieces[1]!)) {
    // `Gökay, Bülent. Soviet Eastern Policy…`: surname, comma, given names.
    fields.authors = [text.slice(pieces[0]!.start, pieces[1]!.end).replace(/\.$/, '')];
    pieces = pieces.slice(2);
  }
  let titleFirst = false;
  if (fields.authors.length === 0 && pieces.length >= 2 && pieces[0]!.after === ',' && YEAR_PIECE.test(bare(pieces[1]!))) {
    // `Title, 1986, т. 1, Москва`: no author; the year follows the title.
    const year = YEAR_PIECE.exec(bare(pieces[1]!))!;
    fields.title = bare(pieces[0]!);
    fields.year = Number(year[1]);
    if (year[2]) fields.yearSuffix = year[2];
    pieces = pieces.slice(2);
    titleFirst = true;
  }

  const container = markedContainer ? pieces.indexOf(markedContainer) : pieces.findIndex((_, index) => index > 0 && pieces[index - 1]!.after === '//');
  const titleBound = titleFirst ? 0 : container > 0 ? container : pieces.length;
  let titleEnd = 0;
  /** Bare numbers met from the end: pages when a page word, volume or journal comes before them, else part of the title. */
  let pending: string[] = [];
  let later: { piece: Piece; tail: Tail } | undefined;
  for (let index = pieces.length - 1; index >= 0; index--) {
    const piece = pieces[index]!;
    const before = pieces[index - 1];
    // The first part after the authors is the title, whatever else it might be (`The Straits`, a place's name).
    let tail = index === 0 && titleBound > 0 ? undefined : tailOf(piece, later, placeSpans);
    // `London: Routledge`: what follows a town and its colon is the publisher.
    if (!tail && before?.after === ':' && isPlace(bare(before), placeSpans, before)) tail = { kind: 'publisher', publisher: bare(piece) };
    if (!tail && index === container) {
      fields.journal = bare(piece);
      continue;
    }
    if (!tail) {
      if (index < titleBound) {
        titleEnd = index + 1 + pending.length;
        break;
      }
      continue;
    }
    if (tail.kind === 'numbers') pending.unshift(tail.pages);
    else {
      apply(fields, tail, pending);
      pending = [];
    }
    later = { piece, tail };
  }

  if (titleEnd > 0) {
    let written = text.slice(pieces[0]!.start, pieces[titleEnd - 1]!.end).replace(/[\s.,:;]+$/u, '');
    const sentenceBreak = SENTENCE_BREAK.exec(written);
    if (earlyYear && !fields.journal && sentenceBreak) {
      // `Title. Slavic Review, 72(1), 32–53`: after an author–date head the first sentence is the title.
      fields.journal = written.slice(sentenceBreak.index + sentenceBreak[0].length);
      written = written.slice(0, sentenceBreak.index + 2);
    }
    fields.title = written;
  }
  if (!valid(fields, mode)) return undefined;
  return { fields, start: from, end: stop };
}

function apply(fields: BibliographicFields, tail: Tail, pending: readonly string[]): void {
  switch (tail.kind) {
    case 'pages':
      fields.pages = [tail.pages, ...pending].join(', ');
      return;
    case 'year':
      fields.year ??= tail.year;
      if (tail.suffix && fields.year === tail.year) fields.yearSuffix ??= tail.suffix;
      return;
    case 'volume':
      fields.volume ??= tail.volume;
      if (tail.issue) fields.issue ??= tail.issue;
      if (pending.length) fields.pages ??= pending.join(', ');
      return;
    case 'issue':
      fields.issue ??= tail.issue;
      if (pending.length) fields.pages ??= pending.join(', ');
      return;
    case 'place':
      // Places are met from the end; several are kept in the order written (`London, New York`).
      fields.place = fields.place ? `${tail.place}, ${fields.place}` : tail.place;
      if (tail.year) fields.year ??= tail.year;
      return;
    case 'publisher':
      fields.publisher ??= tail.publisher;
      return;
    case 'journal':
      fields.journal ??= tail.journal;
      if (pending.length) fields.pages ??= pending.join(', ');
      return;
    case 'url':
      fields.url ??= tail.url;
      return;
    default:
      return;
  }
}

/** Titles are seldom longer; a longer one is a paragraph of prose that happens to end in a year. */
const TITLE_LENGTH = 250;

/**
 * A bibliography entry gives a title and a year, place, publisher, journal or address. A note
 * in running text gives more, since brackets hold much else: a title, a year, and pages or a place.
 */
function valid(fields: BibliographicFields, mode: ReferenceMode): boolean {
  if (fields.title !== undefined && fields.title.length > TITLE_LENGTH) return false;
  if (mode === 'entry') {
    return fields.title !== undefined
      && (fields.year !== undefined || fields.place !== undefined || fields.publisher !== undefined || fields.journal !== undefined || fields.url !== undefined);
  }
  return fields.title !== undefined && fields.year !== undefined && (fields.pages !== undefined || fields.place !== undefined);
}
