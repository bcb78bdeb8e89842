/**
 * Ingests a batch of files one at a time: analyse, then store in one transaction.
 * Files are streamed (one in memory at a time), and one bad file never stops the batch.
 */
import { resolve } from 'node:path';
import type { PutOutcome, Store } from '../store/store.js';
import { analyzeFile } from './analyze.js';

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
}

export interface BatchProgress {
  /** Called after each file with its outcome and how many files are done. */
  onFile?(result: FileOutcome, done: number, total: number): void;
}

export async function ingestFiles(store: Store, files: readonly string[], progress: BatchProgress = {}): Promise<BatchSummary> {
  const started = performance.now();
  const results: FileOutcome[] = [];
  for (const file of files) {
    const result = await ingestOne(store, file);
    results.push(result);
    progress.onFile?.(result, results.length, files.length);
  }
  const count = (outcome: FileOutcome['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return {
    files: results,
    added: count('added'),
    replaced: count('replaced'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    bytes: results.reduce((sum, r) => sum + r.bytes, 0),
    seconds: (performance.now() - started) / 1000,
  };
}

async function ingestOne(store: Store, file: string): Promise<FileOutcome> {
  // Sources are stored under their absolute path, so that the same file ingested from
  // another working folder replaces its older version instead of doubling it.
  const path = resolve(file);
  try {
    const source = await analyzeFile(path);
    const outcome = await store.putSource(source);
    return {
      path,
      outcome,
      id: source.id,
      title: source.title,
      bytes: source.bytes,
      passages: source.passages.length,
      languages: source.languages,
    };
  } catch (error) {
    return { path, outcome: 'failed', bytes: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
