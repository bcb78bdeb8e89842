/**
 * Sources, passages, reader windows and search hits as both engines read and write them: the
 * rows their statements give, and what the Store interface answers with.
 */
import type { Format, Lang, Paragraph, Passage } from '../model.js';
import { OffsetMap } from '../normalize/offset-map.js';
import type { MatchTerms } from '../search/query.js';
import { makeSnippet } from '../search/snippet.js';
import { QueryError, type LinkedMention, type SearchHit, type SourceSummary, type SourceWindow, type StorableSource, type StoredSource, type WindowRequest } from './store.js';

/** A window placed by a character offset starts this many passages before the one holding it, so the reader sees what leads to it. */
export const PASSAGES_BEFORE_AT = 3;

export interface SourceRow {
  id: string;
  path: string;
  title: string;
  format: string;
  encoding: string;
  languages: string;
  bytes: number;
  chars: number;
  passages: number;
  ingested_at: string;
}

export interface PassageRow {
  ordinal: number;
  start_offset: number;
  end_offset: number;
  kind: string;
  lang: string;
  sentences: string;
}

export type WindowPassageRow = Omit<PassageRow, 'kind' | 'sentences'>;

export interface HitRow {
  source_id: string;
  ordinal: number;
  start_offset: number;
  end_offset: number;
  lang: string;
  path: string;
  title: string;
}

export function toSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    path: row.path,
    title: row.title,
    format: row.format as Format,
    encoding: row.encoding,
    languages: JSON.parse(row.languages) as Lang[],
    bytes: row.bytes,
    chars: row.chars,
    passages: row.passages,
    ingestedAt: row.ingested_at,
  };
}

/** The values of a source's row (`@name` parameters of the insert). */
export function sourceParameters(source: StorableSource): Record<string, string | number> {
  return {
    id: source.id,
    path: source.path,
    title: source.title,
    format: source.format,
    encoding: source.encoding,
    languages: JSON.stringify(source.languages),
    bytes: source.bytes,
    chars: source.text.length,
    text: source.text,
    offsetMap: JSON.stringify(source.map.toJSON()),
    ingestedAt: new Date().toISOString(),
  };
}

/** A passage's sentences as stored; an error when the passage runs past the text. */
export function storedSentences(source: StorableSource, passage: Passage, ordinal: number): string {
  if (passage.end > source.text.length) {
    throw new Error(`${source.path}: passage ${ordinal} ends at ${passage.end}, beyond the text (${source.text.length} characters)`);
  }
  return JSON.stringify(passage.sentences.map((sentence) => [sentence.start, sentence.end]));
}

export function toStoredSource(summary: SourceSummary, content: { text: string; offset_map: string }, passages: readonly PassageRow[]): StoredSource {
  const passageList = passages.map(
    (row): Passage => ({
      start: row.start_offset,
      end: row.end_offset,
      kind: row.kind as Paragraph['kind'],
      lang: row.lang,
      sentences: (JSON.parse(row.sentences) as Array<[number, number]>).map(([start, end]) => ({ start, end })),
    }),
  );
  return { ...summary, text: content.text, passageList, map: OffsetMap.fromJSON(JSON.parse(content.offset_map) as { length: number; segments: number[] }) };
}

/** Where a window's text begins and ends: from its first passage to its last, or to the text's ends at the source's first and last passages. */
export function windowSpan(source: SourceSummary, from: number, rows: readonly WindowPassageRow[], textLength: number): { start: number; end: number } {
  const to = from + rows.length;
  return {
    start: from === 0 || rows.length === 0 ? 0 : rows[0]!.start_offset,
    end: to === source.passages || rows.length === 0 ? textLength : rows[rows.length - 1]!.end_offset,
  };
}

export function toWindow(source: SourceSummary, from: number, rows: readonly WindowPassageRow[], text: string, mentions: LinkedMention[]): SourceWindow {
  const span = windowSpan(source, from, rows, text.length);
  return {
    source,
    from,
    to: from + rows.length,
    textStart: span.start,
    text: text.slice(span.start, span.end),
    passages: rows.map((row) => ({ index: row.ordinal, start: row.start_offset, end: row.end_offset, lang: row.lang })),
    mentions,
  };
}

/** Refuses a window that starts past the text (`at`) or past the last passage (`from`). */
export function checkWindowRequest(source: SourceSummary, { from = 0, at }: WindowRequest): void {
  if (at !== undefined) {
    if (at >= source.chars && at > 0) throw new QueryError(`at ${at} is beyond the end of the text (${source.chars} characters)`);
  } else if (from >= source.passages && from > 0) {
    throw new QueryError(`from ${from} is beyond the last passage: the source has ${source.passages} passages, numbered from 0`);
  }
}

export function toHit(row: HitRow, score: number, text: string, highlight: MatchTerms): SearchHit {
  const snippet = makeSnippet(text.slice(row.start_offset, row.end_offset), highlight);
  return {
    sourceId: row.source_id,
    path: row.path,
    title: row.title,
    passage: row.ordinal,
    start: row.start_offset,
    end: row.end_offset,
    lang: row.lang,
    score,
    snippet: snippet.text,
    highlights: snippet.highlights,
  };
}
