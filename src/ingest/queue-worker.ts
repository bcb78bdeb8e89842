/**
 * `dossier worker`: takes files from the queue (see queue.ts), extracts them and stores them,
 * `concurrency` at a time (in worker threads when more than one). When the ingest queue has
 * drained, the worker that finished the last job asks for one resolution of the whole store,
 * which the first idle worker runs. A stop request lets the jobs in hand finish.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { PutOutcome, Store } from '../store/store.js';
import { refreshKnowledge } from './knowledge.js';
import { extractorFor } from './pool.js';
import { INGEST_QUEUE, RESOLVE_QUEUE, type IngestJob, type IngestJobResult } from './queue.js';

export interface WorkerOptions {
  /** Jobs in hand at once. */
  concurrency: number;
  /** Stop once neither queue has anything waiting or running, instead of waiting for more. */
  exitWhenEmpty: boolean;
  /** How long an idle worker waits before looking again. */
  pollSeconds: number;
  onEvent?(event: WorkerEvent): void;
}

export type WorkerEvent =
  | { kind: 'taken'; path: string; attempt: number }
  | { kind: 'stored'; path: string; outcome: PutOutcome; id: string }
  | { kind: 'failed'; path: string; error: string }
  /** The store refused it; the queue gives it again later. */
  | { kind: 'released'; path: string; error: string }
  | { kind: 'resolving' }
  /** The queue or the store failed; the worker goes on after a pause. */
  | { kind: 'error'; error: string }
  | { kind: 'resolved'; entities: number };

export interface WorkerSummary {
  jobs: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  released: number;
  resolutions: number;
}

export interface RunningWorker {
  /** Settles once the worker has stopped, with what it did. */
  done: Promise<WorkerSummary>;
  /** Takes no new job; the jobs in hand are finished. */
  stop(): void;
}

/** Failures of the queue or the store in a row after which a worker stops. */
const MAX_ERRORS_IN_A_ROW = 5;

export function startWorker(store: Store, boss: PgBoss, options: WorkerOptions): RunningWorker {
  const summary: WorkerSummary = { jobs: 0, added: 0, replaced: 0, unchanged: 0, failed: 0, released: 0, resolutions: 0 };
  const emit = options.onEvent ?? (() => {});
  const extractor = extractorFor(options.concurrency);
  const stopping = new AbortController();

  const ingest = async (job: PgBoss.Job<IngestJob>) => {
    summary.jobs++;
    const { path, content, annotate } = job.data;
    let result: IngestJobResult;
    try {
      const source = await extractor.extract({ path, content: Buffer.from(content, 'base64'), annotate });
      try {
        const outcome = await store.putSource(source);
        result = { outcome, id: source.id };
        summary[outcome]++;
        emit({ kind: 'stored', path, outcome, id: source.id });
      } catch (error) {
        // The document is sound but could not be stored now (the store busy or away): another try may.
        const message = error instanceof Error ? error.message : String(error);
        await boss.fail(INGEST_QUEUE, job.id, { error: message });
        summary.released++;
        emit({ kind: 'released', path, error: message });
        return;
      }
    } catch (error) {
      // The document itself is bad: trying again would fail again, so the job is done, failed.
      result = { outcome: 'failed', error: error instanceof Error ? error.message : String(error) };
      summary.failed++;
      emit({ kind: 'failed', path, error: result.error! });
    }
    await boss.complete(INGEST_QUEUE, job.id, result);
  };

  const resolveStore = async (job: PgBoss.Job<object>) => {
    emit({ kind: 'resolving' });
    try {
      const knowledge = await refreshKnowledge(store);
      await boss.complete(RESOLVE_QUEUE, job.id);
      summary.resolutions++;
      emit({ kind: 'resolved', entities: knowledge.entities });
    } catch (error) {
      await boss.fail(RESOLVE_QUEUE, job.id, { error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };

  /** Nothing of either queue waiting, retrying or running. */
  const unfinished = async (queue: string) => boss.getQueueSize(queue, { before: 'completed' });

  /** One look at the queues: false when there was nothing to do. */
  const step = async (): Promise<boolean> => {
    const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
    if (job) {
      emit({ kind: 'taken', path: job.data.path, attempt: job.retryCount + 1 });
      await ingest(job);
      // The last job done: one resolution over everything stored (duplicates are refused by
      // the queue's policy). Files queued with --no-annotate ask for none, as `ingest` does.
      if (job.data.annotate && (await unfinished(INGEST_QUEUE)) === 0) await boss.send(RESOLVE_QUEUE, {});
      return true;
    }
    const [resolution] = await boss.fetch<object>(RESOLVE_QUEUE, { batchSize: 1 });
    if (resolution) {
      await resolveStore(resolution);
      return true;
    }
    // Jobs whose worker died are given out again once their timeout has passed.
    await boss.expire();
    return false;
  };

  const slot = async () => {
    let errors = 0;
    while (!stopping.signal.aborted) {
      let busy = false;
      try {
        busy = await step();
        errors = 0;
      } catch (error) {
        // A job in hand when this happens goes back to the queue at its timeout; a worker gives up
        // only when the queue or the store keeps failing.
        if (++errors >= MAX_ERRORS_IN_A_ROW) throw error;
        emit({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
      }
      if (busy) continue;
      if (options.exitWhenEmpty && errors === 0 && (await unfinished(INGEST_QUEUE)) === 0 && (await unfinished(RESOLVE_QUEUE)) === 0) break;
      await sleep(options.pollSeconds * 1000, undefined, { signal: stopping.signal }).catch(() => {});
    }
  };

  const done = (async () => {
    try {
      await Promise.all(Array.from({ length: options.concurrency }, slot));
      return summary;
    } finally {
      await extractor.close();
    }
  })();
  return { done, stop: () => stopping.abort() };
}
