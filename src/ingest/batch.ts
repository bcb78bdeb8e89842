/**
 * Ingests a batch of files: each is analysed on its own (in worker threads with `jobs`), and
 * the analysed sources are stored by this thread alone a group at a time, one transaction per group, so that a crash leaves every
 * source stored whole or absent, and commits are few. Groups are bounded in size, so
 * memory stays flat however large the corpus; one bad file never stops the batch.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { PutOutcome, StorableSource, Store } from '../store/store.js';
import { extractorFor } from './pool.js';
import { refreshKnowledge, type KnowledgeSummary } from './knowledge.js';

export interface FileOutcome {
  path: string;
  outcome: PutOutcome | 'failed';
  id?: string;
  title?: string;
  bytes: number;
  passages?: number;
  languages?: string[];
  error?: string;
}

export interface BatchSummary {
  files: FileOutcome[];
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  bytes: number;
  seconds: number;
  /** Undefined when the batch did not annotate. */
  knowledge?: KnowledgeSummary;
}

export interface BatchOptions {
  /**
   * False: store and index only, leaving dates, quantities and names for a later ingest (which
   * annotates every source still pending); for loading a large archive for search first.
   */
  annotate?: boolean;
  /** Called when the work after the files begins (annotating older sources again, resolving entities). */
  onStep?(step: string): void;
  /** Called once a file is stored (or has failed), with how many files are done. */
  onFile?(result: FileOutcome, done: number, total: number): void;
  /** A group is stored once its normalized text reaches this many characters… */
  groupChars?: number;
  /** …or it holds this many sources. */
  groupFiles?: number;
  /**
   * Threads that extract files (read, normalize, segment, annotate) while this one stores:
   * 1 (the default) extracts here; 0 chooses, one per core for a large batch (see jobCount).
   * Never more threads than files.
   */
  jobs?: number;
}

const DEFAULT_GROUP_CHARS = 4_000_000;
const DEFAULT_GROUP_FILES = 64;
/** Enough extracted files waiting that no thread idles while the group is written. */
const FILES_AHEAD_PER_THREAD = 4;

/**
 * Below this much text per thread, a thread costs more than it saves: each loads the
 * recognizers' dictionaries, which takes seconds, as long as annotating a few MB.
 */
const AUTO_BYTES_PER_THREAD = 4 * 1024 * 1024;

/** Threads to use for `jobs`; 0 means one per core, but one per AUTO_BYTES_PER_THREAD of the files at most. */
export function jobCount(jobs: number, files: readonly string[]): number {
  if (jobs !== 0) return Math.min(jobs, files.length);
  let bytes = 0;
  for (const file of files) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return Math.max(1, Math.min(availableParallelism(), Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
}

export async function ingestFiles(store: Store, files: readonly string[], options: BatchOptions = {}): Promise<BatchSummary> {
  const started = performance.now();
  const groupChars = options.groupChars ?? DEFAULT_GROUP_CHARS;
  const groupFiles = options.groupFiles ?? DEFAULT_GROUP_FILES;
  const results: FileOutcome[] = [];
  const report = (result: FileOutcome) => {
    results.push(result);
    options.onFile?.(result, results.length, files.length);
  };

  const annotating = options.annotate !== false;
  let group: StorableSource[] = [];
  let groupSize = 0;
  const flush = async () => {
    for (const result of await storeGroup(store, group)) report(result);
    group = [];
    groupSize = 0;
  };

  const threads = jobCount(options.jobs ?? 1, files);
  const extractor = extractorFor(threads);
  // Files are extracted ahead, but stored in their given order (so that of two files with the
  // same text the same one is kept, however many threads ran), and at most this many are
  // extracted or extracting but not yet stored, beside the group, so memory stays bounded.
  const window = threads > 1 ? threads * FILES_AHEAD_PER_THREAD : 1;
  const ahead: Array<Promise<StorableSource | FileOutcome>> = [];
  let next = 0;
  try {
    while (next < files.length || ahead.length > 0) {
      while (next < files.length && ahead.length < window) {
        // Sources are stored under their absolute path, so that the same file ingested from
        // another working folder replaces its older version instead of doubling it.
        const path = resolve(files[next++]!);
        ahead.push(extractor.extract({ path, annotate: annotating }).catch((error: unknown) => failure(path, error)));
      }
      const extracted = await ahead.shift()!;
      if ('outcome' in extracted) {
        report(extracted);
      } else {
        group.push(extracted);
        groupSize += extracted.text.length;
      }
      if (groupSize >= groupChars || group.length >= groupFiles) await flush();
    }
  } finally {
    // On an error of the store, files still extracting are abandoned with the threads.
    await extractor.close();
  }
  await flush();
  const knowledge = annotating ? await refreshKnowledge(store, options.onStep) : undefined;

  const count = (outcome: FileOutcome['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    files: results,
    added: count('added'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    bytes: results.reduce((sum, r) => sum + r.bytes, 0),
    seconds: (performance.now() - started) / 1000,
    knowledge,
  };
}

/** Stores a group in one transaction; if that fails, each source alone, so only the bad one fails. */
async function storeGroup(store: Store, group: readonly StorableSource[]): Promise<FileOutcome[]> {
  if (group.length === 0) return [];
  try {
    const outcomes = await store.putSources(group);
    return group.map((source, k) => stored(source, outcomes[k]!));
  } catch (groupError) {
    if (group.length === 1) return [failure(group[0]!.path, groupError)];
    const results: FileOutcome[] = [];
    for (const source of group) {
      try {
        results.push(stored(source, await store.putSource(source)));
      } catch (error) {
        results.push(failure(source.path, error));
      }
    }
    return results;
  }
}

function stored(source: StorableSource, outcome: PutOutcome): FileOutcome {
  return {
    path: source.path,
    outcome,
    id: source.id,
    title: source.title,
    bytes: source.bytes,
    passages: source.passages.length,
    languages: source.languages,
  };
}

function failure(path: string, error: unknown): FileOutcome {
  return { path, outcome: 'failed', bytes: 0, error: error instanceof Error ? error.message : String(error) };
}
