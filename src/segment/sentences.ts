/**
 * Sentence boundaries: ICU's sentence rules (Intl.Segmenter) propose, then a repair pass rejects
 * proposals that are not sentence ends in scholarly text:
 *  - after an initial (one capital letter and a period: `Г.Чичерину`, `M.V. Frunze`, `Т. IV`);
 *  - after a prefix abbreviation (`См.:`, `Mr.`, `e.g.`, `т.е.`, `tzw.`);
 *  - after a numbered abbreviation before a number (`Vol. 10`, `С. 292`, `ok. 200`);
 *  - after a terminal abbreviation (`1921 г.`, `и т.д.`, `etc.`, `vb.`) unless the next word is a
 *    sentence opener (`Он`, `The`, `Bu`, `W`). Capitalized content words after `1921 г.` are
 *    mostly names inside the sentence (`в 1921 г. Энвер приехал`); splitting there would cut a
 *    sentence in two, while not splitting before a rare real end only joins two sentences;
 *  - inside a bracketed aside of reasonable length (an archival citation
 *    `(Письмо Г.Чичерина И.Сталину. 14.09.1921// РГАСПИ)` stays one piece with its sentence).
 * A piece with no letter or digit (`[…]`) joins the next sentence.
 */
import type { Lang, Sentence } from '../model.js';
import type { AbbreviationTable } from './abbreviation-table.js';

/**
 * V8's segment iterator slows down sharply on long strings, so long paragraphs are fed in windows;
 * a boundary is trusted only if the window continues far enough after it for ICU's look-ahead.
 */
const WINDOW = 2048;
const LOOK_AHEAD = 64;
/** A bracket pair longer than this is a long aside, not a citation: its sentences stay separate. */
const MAX_ASIDE = 400;

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    const locale = lang === 'und' || !Intl.Segmenter.supportedLocalesOf([lang]).length ? 'en' : lang;
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

const SPACE = /\s/;
const OPENING = /^[(\[«"'“„‘‚*_]+/u;
const CLOSING = /[)\]»"'”’*_]+$/u;
const INITIAL = /(?:^|[.\-‐])\p{Lu}$/u;
const TRAILING_LETTERS = /\p{L}+$/u;
const SHORT_DOTTED = /^\p{L}{1,3}\.$/u;
const ROMAN_OR_DIGIT = /^(?:\d|[IVXLC]+\b)/;
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;
const BRACKET = /[()[\]]/g;
const END_BEFORE_NUMBER = /[.!?…][)\]»"'”’]*[ \t\u00a0]+(?=\d)/gu;

/** Sentences of `text[start, end)`, each without surrounding spaces, in order, none empty. */
export function splitSentences(text: string, start: number, end: number, lang: Lang, table: AbbreviationTable): Sentence[] {
  let from = start;
  let to = end;
  while (from < to && SPACE.test(text[from]!)) from++;
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  if (from === to) return [];

  // Work on the paragraph alone so that scans stop at its end, then shift back to document offsets.
  const paragraph = text.slice(from, to);
  const asides = bracketAsides(paragraph);
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  for (const boundary of proposedBoundaries(paragraph, lang)) {
    if (insideAside(asides, boundary) || !endsSentence(paragraph, sentenceStart, boundary, table)) continue;
    sentences.push({ start: sentenceStart, end: trimEnd(paragraph, sentenceStart, boundary) });
    sentenceStart = boundary;
    while (SPACE.test(paragraph[sentenceStart]!)) sentenceStart++;
  }
  sentences.push({ start: sentenceStart, end: paragraph.length });
  return joinPiecesWithoutWords(paragraph, sentences).map(({ start, end }) => ({ start: from + start, end: from + end }));
}

/** Proposed sentence starts strictly inside the paragraph, ascending: ICU's, and ends before a number. */
function proposedBoundaries(paragraph: string, lang: Lang): number[] {
  const boundaries = icuBoundaries(paragraph, lang);
  const beforeNumbers = boundariesBeforeNumbers(paragraph);
  if (!beforeNumbers.length) return boundaries;
  return [...new Set([...boundaries, ...beforeNumbers])].sort((a, b) => a - b);
}

/** ICU does not end a sentence before a digit, but Russian sentences often start with a date (`…РГАСПИ). 29 августа`). */
function boundariesBeforeNumbers(paragraph: string): number[] {
  return Array.from(paragraph.matchAll(END_BEFORE_NUMBER), (match) => match.index + match[0].length);
}

function icuBoundaries(paragraph: string, lang: Lang): number[] {
  const segmenter = segmenterFor(lang);
  const boundaries: number[] = [];
  let windowStart = 0;
  while (windowStart < paragraph.length) {
    const windowEnd = Math.min(paragraph.length, windowStart + WINDOW);
    const isLast = windowEnd === paragraph.length;
    const trustedEnd = isLast ? windowEnd : windowEnd - LOOK_AHEAD;
    let next = trustedEnd;
    for (const { index } of segmenter.segment(paragraph.slice(windowStart, windowEnd))) {
      const boundary = windowStart + index;
      if (index === 0 || boundary >= trustedEnd) continue;
      boundaries.push(boundary);
      next = boundary;
    }
    if (isLast) break;
    // Restart at the last trusted boundary so ICU sees the next sentence from its start.
    windowStart = next > windowStart ? next : trustedEnd;
  }
  return boundaries;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end;
}

function wordBefore(text: string, from: number, end: number): { word: string; start: number } {
  let start = end;
  while (start > from && !SPACE.test(text[start - 1]!)) start--;
  return { word: text.slice(start, end), start };
}

function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  return text.slice(start, end).replace(OPENING, '');
}

/** Whether ICU's boundary at `boundary` ends the sentence that began at `sentenceStart`. */
function endsSentence(text: string, sentenceStart: number, boundary: number, table: AbbreviationTable): boolean {
  const end = trimEnd(text, sentenceStart, boundary);
  const { word, start } = wordBefore(text, sentenceStart, end);
  // Only a bare period can belong to an abbreviation; `?`, `!`, `…`, `..`, `.)` and `."` are real ends.
  if (!word.endsWith('.') || word.endsWith('..')) return true;
  const core = word.slice(0, -1).replace(OPENING, '');
  if (core === '') return true;
  if (INITIAL.test(core)) return false;

  const kind = abbreviationKind(text, sentenceStart, start, core, table);
  if (!kind) return true;
  const next = wordAfter(text, boundary);
  switch (kind) {
    case 'prefix':
      return false;
    case 'numbered':
      return !ROMAN_OR_DIGIT.test(next);
    case 'terminal':
      return table.isSentenceOpener(next.replace(CLOSING, '').replace(/[,.;:!?]+$/, ''));
  }
}

/** Looks the word up whole (`т.е`), joined with short dotted words before it (`т. д.`), then by its final letters (`1921г`). */
function abbreviationKind(text: string, sentenceStart: number, wordStart: number, core: string, table: AbbreviationTable) {
  const lower = core.toLowerCase();
  let joined = lower;
  let position = wordStart;
  for (let step = 0; step < 2; step++) {
    const before = trimEnd(text, sentenceStart, position);
    const previous = wordBefore(text, sentenceStart, before);
    if (!SHORT_DOTTED.test(previous.word)) break;
    joined = previous.word.toLowerCase() + joined;
    position = previous.start;
  }
  const letters = TRAILING_LETTERS.exec(lower)?.[0];
  return (
    table.kindOf(joined) ??
    table.kindOf(lower) ??
    (letters && letters !== lower && !lower.includes('.') ? table.kindOf(letters) : undefined)
  );
}

/** Matched (), [] pairs no longer than MAX_ASIDE, as [open, close] offsets. */
function bracketAsides(paragraph: string): Array<[number, number]> {
  const asides: Array<[number, number]> = [];
  const open: number[] = [];
  for (const { index, 0: bracket } of paragraph.matchAll(BRACKET)) {
    if (bracket === '(' || bracket === '[') open.push(index);
    else if (open.length) {
      const opening = open.pop()!;
      if (index - opening <= MAX_ASIDE) asides.push([opening, index]);
    }
  }
  return asides;
}

function insideAside(asides: Array<[number, number]>, position: number): boolean {
  return asides.some(([open, close]) => open < position && position <= close);
}

function joinPiecesWithoutWords(text: string, sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  let pendingStart: number | undefined;
  for (const sentence of sentences) {
    const start = pendingStart ?? sentence.start;
    if (!WORD_OR_NUMBER.test(text.slice(sentence.start, sentence.end))) {
      pendingStart = start;
      continue;
    }
    joined.push({ start, end: sentence.end });
    pendingStart = undefined;
  }
  if (pendingStart !== undefined) {
    const last = joined.pop();
    joined.push({ start: last?.start ?? pendingStart, end: sentences[sentences.length - 1]!.end });
  }
  return joined;
}
