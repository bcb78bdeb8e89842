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
import { isSpaceUnit as isSpace } from '../util/unicode-classes.js';

/**
 * ICU is costly per call (its iterator is set up anew) and per character, so it is asked only about
 * the stretches of a paragraph that can hold a boundary: each run of characters a sentence may end
 * after, from the last letter before it to the first letter after it. A letter is where ICU's
 * sentence rules hold no pending state, so a stretch is decided by its own characters: its proposals
 * are remembered, and the stretches not seen yet are asked together, joined, up to WINDOW characters.
 */
const MAX_REMEMBERED_STRETCHES = 50_000;
/**
 * V8's segment iterator slows down sharply on long strings, so a longer text (one stretch without
 * Latin or Cyrillic letters) is fed in windows; a boundary is trusted only if the window continues
 * far enough after it for ICU's look-ahead.
 */
const WINDOW = 2048;
const LOOK_AHEAD = 64;
/** A bracket pair longer than this is a long aside, not a citation: its sentences stay separate. */
const MAX_ASIDE = 400;

interface SentenceSegmenter {
  segmenter: Intl.Segmenter;
  /** Proposals of the stretches already seen, as offsets into the stretch. */
  remembered: Map<string, readonly number[]>;
}

const segmenters = new Map<Lang, SentenceSegmenter>();

function segmenterFor(lang: Lang): SentenceSegmenter {
  let entry = segmenters.get(lang);
  if (!entry) {
    const locale = lang === 'und' || !Intl.Segmenter.supportedLocalesOf([lang]).length ? 'en' : lang;
    entry = { segmenter: new Intl.Segmenter(locale, { granularity: 'sentence' }), remembered: new Map() };
    segmenters.set(lang, entry);
  }
  return entry;
}

/**
 * Characters a sentence may end after: ICU's terminators in every locale (`;` is one in Greek), line
 * and paragraph separators, and `…` (see END_BEFORE_NUMBER). The scripts from Armenian to Ol Chiki
 * and from U+2C00 on have terminators of their own, so all their characters count.
 */
const MAY_END_SENTENCE = /[\n\r!.;?\u0085\u037e\u0530-\u1c7f\u2024\u2026\u2028\u2029\u203c\u203d\u2047-\u2049\u2c00-\uffff]/g;

/** A Latin or Cyrillic letter: ICU's sentence rules hold no pending state there. */
function isLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code <= 0x24f ? code !== 0xd7 && code !== 0xf7 : code >= 0x400 && code <= 0x52f && (code <= 0x481 || code >= 0x48a);
}


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
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
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
    while (isSpace(paragraph.charCodeAt(sentenceStart))) sentenceStart++;
  }
  sentences.push({ start: sentenceStart, end: paragraph.length });
  return joinPiecesWithoutWords(paragraph, sentences).map(({ start, end }) => ({ start: from + start, end: from + end }));
}

/** Proposed sentence starts strictly inside the paragraph, ascending: ICU's, and ends before a number. */
function proposedBoundaries(paragraph: string, lang: Lang): number[] {
  const stretches = stretchesThatMayEndSentences(paragraph);
  if (!stretches.length) return [];
  const { segmenter, remembered } = segmenterFor(lang);
  const texts = stretches.map(([start, end]) => paragraph.slice(start, end));
  const found = texts.map((stretch) => remembered.get(stretch));
  const unknown: number[] = [];
  found.forEach((proposals, index) => {
    if (!proposals) unknown.push(index);
  });
  for (const batch of batchesOf(unknown, texts)) {
    const proposals = stretchProposals(batch.map((index) => texts[index]!), segmenter);
    if (remembered.size + batch.length > MAX_REMEMBERED_STRETCHES) remembered.clear();
    batch.forEach((index, position) => {
      found[index] = proposals[position]!;
      remembered.set(texts[index]!, proposals[position]!);
    });
  }
  const boundaries: number[] = [];
  stretches.forEach(([start], index) => {
    for (const offset of found[index]!) boundaries.push(start + offset);
  });
  return boundaries;
}

/** Each stretch's proposals, as offsets into it, from one ICU pass over the stretches joined. */
function stretchProposals(stretches: readonly string[], segmenter: Intl.Segmenter): number[][] {
  const offsets: number[] = [];
  let joined = '';
  for (const stretch of stretches) {
    offsets.push(joined.length);
    joined += stretch;
  }
  const icu: number[][] = stretches.map(() => []);
  let position = 0;
  for (const boundary of windowedIcuBoundaries(joined, segmenter)) {
    while (position + 1 < stretches.length && boundary >= offsets[position + 1]!) position++;
    icu[position]!.push(boundary - offsets[position]!);
  }
  return stretches.map((stretch, position) => {
    const beforeNumbers = boundariesBeforeNumbers(stretch);
    if (!beforeNumbers.length) return icu[position]!;
    return [...new Set([...icu[position]!, ...beforeNumbers])].sort((a, b) => a - b);
  });
}

/** ICU does not end a sentence before a digit, but Russian sentences often start with a date (`…РГАСПИ). 29 августа`). */
function boundariesBeforeNumbers(text: string): number[] {
  return Array.from(text.matchAll(END_BEFORE_NUMBER), (match) => match.index + match[0].length);
}

/** Consecutive groups of the stretches `indices`, each group's texts together no longer than WINDOW unless one alone is. */
function batchesOf(indices: readonly number[], texts: readonly string[]): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let length = 0;
  for (const index of indices) {
    const stretchLength = texts[index]!.length;
    if (batch.length && length + stretchLength > WINDOW) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(index);
    length += stretchLength;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * The [start, end) stretches of the paragraph that may hold a boundary, ascending and apart: a run
 * of characters a sentence may end after, from the letter before it (the paragraph's start if
 * none) to the letter after it that settles ICU's look-ahead (the paragraph's end if none).
 * Stretches sharing a letter are merged.
 */
function stretchesThatMayEndSentences(paragraph: string): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  MAY_END_SENTENCE.lastIndex = 0;
  while (MAY_END_SENTENCE.test(paragraph)) {
    const index = MAY_END_SENTENCE.lastIndex - 1;
    const previous = stretches[stretches.length - 1];
    const floor = previous ? previous[1] - 1 : 0;
    let start = index - 1;
    while (start > floor && !isLetter(paragraph.charCodeAt(start))) start--;
    let end = index + 1;
    while (end < paragraph.length && !isLetter(paragraph.charCodeAt(end))) end++;
    end = Math.min(end + 1, paragraph.length);
    if (previous && start < previous[1]) previous[1] = end;
    else stretches.push([Math.max(start, 0), end]);
    MAY_END_SENTENCE.lastIndex = end;
  }
  return stretches;
}

function windowedIcuBoundaries(text: string, segmenter: Intl.Segmenter): number[] {
  const boundaries: number[] = [];
  let windowStart = 0;
  while (windowStart < text.length) {
    const windowEnd = Math.min(text.length, windowStart + WINDOW);
    const isLast = windowEnd === text.length;
    const trustedEnd = isLast ? windowEnd : windowEnd - LOOK_AHEAD;
    let next = trustedEnd;
    for (const { index } of segmenter.segment(text.slice(windowStart, windowEnd))) {
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
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function wordBefore(text: string, from: number, end: number): { word: string; start: number } {
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

function wordAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
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
    if (!previous.word.endsWith('.') || !SHORT_DOTTED.test(previous.word)) break;
    joined = previous.word.toLowerCase() + joined;
    position = previous.start;
  }
  const kind = table.kindOf(joined) ?? table.kindOf(lower);
  if (kind || lower.includes('.') || isAllLetters(lower)) return kind;
  const letters = TRAILING_LETTERS.exec(lower)?.[0];
  return letters && letters !== lower ? table.kindOf(letters) : undefined;
}

/** Whether the word is Latin or Cyrillic letters only: then it has no final letters shorter than itself. */
function isAllLetters(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if (!isLetter(word.charCodeAt(index))) return false;
  }
  return true;
}

/** Matched (), [] pairs no longer than MAX_ASIDE, as [open, close] offsets. */
function bracketAsides(paragraph: string): Array<[number, number]> {
  const asides: Array<[number, number]> = [];
  if (!paragraph.includes('(') && !paragraph.includes('[')) return asides;
  const open: number[] = [];
  BRACKET.lastIndex = 0;
  while (BRACKET.test(paragraph)) {
    const index = BRACKET.lastIndex - 1;
    const bracket = paragraph[index];
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
