/**
 * The store: one interface, engines behind it (SQLite now, PostgreSQL later).
 * Every method is async so that a networked engine fits the same shape.
 */
import type { AnalyzedSource, Format, Lang, Passage } from '../model.js';
import type { OffsetMap } from '../normalize/offset-map.js';

export interface SourceSummary {
  id: string;
  path: string;
  title: string;
  format: Format;
  encoding: string;
  languages: Lang[];
  bytes: number;
  chars: number;
  passages: number;
  /** ISO 8601 timestamp. */
  ingestedAt: string;
}

export interface StoredSource extends SourceSummary {
  text: string;
  passageList: Passage[];
  map: OffsetMap;
}

/** What `putSource` did: stored a new source, replaced an older version at the same path, or found it unchanged. */
export type PutOutcome = 'added' | 'replaced' | 'unchanged';

export interface SearchQuery {
  /** What the user typed: words, "phrases", OR, NOT / -word, prefix*, parentheses. */
  text: string;
  /** Only passages in this language. */
  lang?: Lang;
  /** Only passages of this source (id, id prefix, or path). */
  source?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  sourceId: string;
  path: string;
  title: string;
  /** Index of the passage within its source. */
  passage: number;
  /** The passage's span in the source's normalized text. */
  start: number;
  end: number;
  lang: Lang;
  /** BM25 relevance; larger is better. */
  score: number;
  /** A window of the passage around the matches. */
  snippet: string;
  /** Matched words, as offsets into `snippet`. */
  highlights: Array<{ start: number; end: number }>;
}

export interface SearchResult {
  /** Number of matching passages (before limit/offset). */
  total: number;
  hits: SearchHit[];
  /** How the query was understood, e.g. `батум AND энвер`, for the user to check. */
  interpreted: string;
  /** Notes on parts of the query that were ignored or repaired. */
  warnings: string[];
}

export interface Store {
  /** The source with this id, or undefined. */
  hasSource(id: string): Promise<boolean>;
  /**
   * Stores a source in one transaction: text, passages with their sentences, offset map and
   * search index. A source already stored with the same id is left alone; an older
   * version at the same path is replaced.
   */
  putSource(source: AnalyzedSource): Promise<PutOutcome>;
  /** Like putSource for each, all in one transaction: every source is stored or none. */
  putSources(sources: readonly AnalyzedSource[]): Promise<PutOutcome[]>;
  listSources(): Promise<SourceSummary[]>;
  /** By id, unique id prefix, or path. */
  getSource(ref: string): Promise<StoredSource | undefined>;
  search(query: SearchQuery): Promise<SearchResult>;
  close(): Promise<void>;
}

/** A user error about a query (malformed syntax that cannot be repaired); the message says what to change. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}
