/**
 * Ingests a batch of files: each is analysed on its own, and the analysed sources are
 * stored a group at a time, one transaction per group, so that a crash leaves every
 * source stored whole or absent, and commits are few. Groups are bounded in size, so
 * memory stays flat however large the corpus; one bad file never stops the batch.
 */
import { resolve } from 'node:path';
import type { PutOutcome, StorableSource, Store } from '../store/store.js';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../annotate/index.js';
import { analyzeFile } from './analyze.js';
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
}

const DEFAULT_GROUP_CHARS = 4_000_000;
const DEFAULT_GROUP_FILES = 64;

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
  if (annotating) await prepareRecognizers();
  let group: StorableSource[] = [];
  let groupSize = 0;
  const flush = async () => {
    for (const result of await storeGroup(store, group)) report(result);
    group = [];
    groupSize = 0;
  };

  for (const file of files) {
    // Sources are stored under their absolute path, so that the same file ingested from
    // another working folder replaces its older version instead of doubling it.
    const path = resolve(file);
    try {
      const analyzed = await analyzeFile(path);
      const source: StorableSource = annotating ? { ...annotate(analyzed), annotator: ANNOTATOR_VERSION } : analyzed;
      group.push(source);
      groupSize += source.text.length;
    } catch (error) {
      report(failure(path, error));
    }
    if (groupSize >= groupChars || group.length >= groupFiles) await flush();
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
