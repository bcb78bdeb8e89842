/**
 * A queue of files to ingest, kept in PostgreSQL by pg-boss, for `dossier worker` processes on
 * any number of machines. A job carries the file's bytes, not only its path: the machines need
 * not share a file system, and a file changed or removed after it was queued is still ingested
 * as it was when queued. A job whose worker dies is retried once its timeout has passed; a
 * document stored twice is stored once, since a source's id is the hash of its text.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import PgBoss from 'pg-boss';
import { isPostgresUrl, storeName } from '../store/open.js';

/** Files to ingest, one job each. */
export const INGEST_QUEUE = 'dossier-ingest';
/**
 * The resolution of the whole store into entities, once the ingest queue has drained. "Stately":
 * at most one waiting and one running, so workers finishing together ask for it once.
 */
export const RESOLVE_QUEUE = 'dossier-resolve';

export interface IngestJob {
  /** Absolute path on the machine that queued it: the source is stored under it. */
  path: string;
  /** The file's bytes, in base64 (a job's data is JSON). */
  content: string;
  annotate: boolean;
}

/** What a worker records on a job it has done. */
export interface IngestJobResult {
  outcome: 'added' | 'replaced' | 'unchanged' | 'failed';
  id?: string;
  error?: string;
}

/** Jobs' data is JSON in one row; PostgreSQL refuses a value above 255 MB, base64 adds a third. */
const MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Files sent in one round trip, at most… */
const INSERT_FILES = 100;
/** …or this many bytes. */
const INSERT_BYTES = 32 * 1024 * 1024;
/** A job that fails (its worker died, or the store refused it) is tried this many times more. */
const RETRY_LIMIT = 3;
const RETRY_DELAY_SECONDS = 5;

/** Where the queue is: `--queue`, else the DOSSIER_QUEUE variable, else `--db` when that is a PostgreSQL URL. */
export function queueLocation(queue: string | undefined, db: string): string | undefined {
  const url = queue ?? process.env.DOSSIER_QUEUE ?? (isPostgresUrl(db) ? db : undefined);
  return url !== undefined && isPostgresUrl(url) ? url : undefined;
}

/** Connects to the queue, creating pg-boss's tables and the two queues the first time. */
export async function openQueue(url: string, onError: (error: Error) => void = () => {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    schedule: false,
    // Done jobs carry their file: keep them an hour (to see what was done), then a day archived.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 1,
  });
  boss.on('error', onError);
  try {
    await boss.start();
  } catch (error) {
    throw new Error(`cannot open the queue at ${storeName(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard' });
  await boss.createQueue(RESOLVE_QUEUE, { name: RESOLVE_QUEUE, policy: 'stately' });
  return boss;
}

export interface EnqueueOptions {
  annotate: boolean;
  /** A job not done this long after a worker took it is taken for lost and given to another. */
  timeoutSeconds: number;
}

export interface EnqueueSummary {
  queued: Array<{ path: string; job: string; bytes: number }>;
  /** Files that could not be read here, each with the reason. */
  failed: Array<{ path: string; error: string }>;
}

/** One job per file, with the file's bytes; a file that cannot be read is reported, the rest go on. */
export async function enqueueFiles(boss: PgBoss, files: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: [], failed: [] };
  let batch: PgBoss.JobInsert<IngestJob>[] = [];
  let batchBytes = 0;
  const send = async () => {
    if (batch.length) await boss.insert(batch);
    batch = [];
    batchBytes = 0;
  };
  for (const file of files) {
    const path = resolve(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      summary.failed.push({ path, error: `${path} cannot be read: ${(error as Error).message}` });
      continue;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      summary.failed.push({ path, error: `${path} is larger than a queued file may be (${MAX_FILE_BYTES / 1024 / 1024} MB); ingest it without --queue` });
      continue;
    }
    const job = randomUUID();
    batch.push({
      id: job,
      name: INGEST_QUEUE,
      data: { path, content: bytes.toString('base64'), annotate: options.annotate },
      retryLimit: RETRY_LIMIT,
      retryDelay: RETRY_DELAY_SECONDS,
      expireInSeconds: options.timeoutSeconds,
    });
    summary.queued.push({ path, job, bytes: bytes.length });
    batchBytes += bytes.length;
    if (batch.length >= INSERT_FILES || batchBytes >= INSERT_BYTES) await send();
  }
  await send();
  return summary;
}
