/**
 * Snippets: the part of a passage around its densest matches, with the matched words
 * marked. The passage is re-analyzed with the indexing analyzer, so a highlight is
 * exactly a word the index matched (`Батуме` for the query `Батум`).
 */
import { analyze, type Token } from './analyzer.js';
import type { MatchTerms } from './query.js';
import type { Span } from '../model.js';

export const SNIPPET_CHARS = 200;
const ELLIPSIS = '…';

export interface Snippet {
  text: string;
  /** Matched words, as offsets into `text`. */
  highlights: Span[];
}

function matchesWord(token: Token, terms: MatchTerms): boolean {
  if (terms.terms.has(token.term)) return true;
  return terms.prefixes.some((prefix) => token.term.startsWith(prefix));
}

/** Spans of the tokens that match the query: single words and prefixes anywhere, phrases only where their words follow each other. */
export function matchedSpans(tokens: Token[], terms: MatchTerms): Span[] {
  const marked = new Array<boolean>(tokens.length).fill(false);
  tokens.forEach((token, k) => {
    if (matchesWord(token, terms)) marked[k] = true;
  });
  for (const { words, prefix } of terms.phrases) {
    const lastWord = words.length - 1;
    for (let k = 0; k + words.length <= tokens.length; k++) {
      const follows = words.every((word, w) => {
        const term = tokens[k + w]!.term;
        return prefix && w === lastWord ? term.startsWith(word.term) : term === word.term;
      });
      if (follows) marked.fill(true, k, k + words.length);
    }
  }
  const spans: Span[] = [];
  tokens.forEach((token, k) => {
    if (marked[k]) spans.push({ start: token.start, end: token.end });
  });
  return spans;
}

/** The first and last matches of the window of `width` characters holding the most matches. */
function densestRun(spans: Span[], width: number): [number, number] {
  let best: [number, number] = [0, 0];
  let last = 0;
  for (let first = 0; first < spans.length; first++) {
    last = Math.max(last, first);
    while (last + 1 < spans.length && spans[last + 1]!.end - spans[first]!.start <= width) last++;
    if (last - first > best[1] - best[0]) best = [first, last];
  }
  return best;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/** The letters the stems a query looks for begin with: only words beginning so need stemming. */
function initialsOf(terms: MatchTerms): Set<string> {
  const stems = [...terms.terms, ...terms.prefixes, ...terms.phrases.flatMap(({ words }) => words.map((word) => word.term))];
  return new Set(stems.map((stem) => stem.charAt(0)));
}

export function makeSnippet(passage: string, terms: MatchTerms, width = SNIPPET_CHARS): Snippet {
  const spans = matchedSpans(analyze(passage, initialsOf(terms)), terms);
  if (passage.length <= width) return { text: passage, highlights: spans };

  let from = 0;
  let to = width;
  if (spans.length > 0) {
    const [first, last] = densestRun(spans, width);
    const covered = { start: spans[first]!.start, end: spans[last]!.end };
    const slack = Math.max(0, width - (covered.end - covered.start));
    from = Math.max(0, covered.start - Math.floor(slack / 2));
    to = Math.min(passage.length, from + Math.max(width, covered.end - covered.start));
    from = Math.max(0, Math.min(from, to - width));
    // Cut at word boundaries, never into the matches themselves.
    while (from > 0 && from < covered.start && !isSpace(passage[from - 1])) from++;
    while (to < passage.length && to > covered.end && !isSpace(passage[to])) to--;
  } else {
    while (to > 0 && !isSpace(passage[to])) to--;
    if (to === 0) to = width;
  }
  while (from < to && isSpace(passage[from])) from++;
  while (to > from && isSpace(passage[to - 1])) to--;

  const lead = from > 0 ? ELLIPSIS : '';
  const shift = lead.length - from;
  return {
    text: lead + passage.slice(from, to) + (to < passage.length ? ELLIPSIS : ''),
    highlights: spans
      .filter((span) => span.start >= from && span.end <= to)
      .map((span) => ({ start: span.start + shift, end: span.end + shift })),
  };
}
