/**
 * Worker threads that extract files (read → normalize → segment → annotate) for a batch, so that
 * several cores share the work while the batch's own thread stores the results. Each thread
 * loads the recognizers' dictionaries once, on its first task.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { StorableSource } from '../store/store.js';
import { extractSource, receiveSource, type ExtractionTask, type ShippedSource } from './extraction.js';

/**
 * The worker module beside this one, in this one's language: `.js` when running the built
 * files, `.ts` when running the sources under a TypeScript loader (which worker threads
 * inherit with the process's exec arguments).
 */
const WORKER_MODULE = new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

export interface Extractor {
  extract(task: ExtractionTask): Promise<StorableSource>;
  close(): Promise<void>;
}

/** Extraction in `threads` worker threads, or in the calling thread when there is only one. */
export function extractorFor(threads: number): Extractor {
  return threads > 1 ? new ExtractionPool(threads) : { extract: extractSource, close: async () => {} };
}

class ExtractionPool implements Extractor {
  private readonly pool: Piscina<ExtractionTask, ShippedSource>;

  constructor(readonly threads: number) {
    this.pool = new Piscina({
      filename: WORKER_MODULE.href,
      minThreads: threads,
      maxThreads: threads,
      // A file waits in the batch's own window (see ingestFiles), never in the pool's queue for long.
      idleTimeout: 60_000,
    });
  }

  async extract(task: ExtractionTask): Promise<StorableSource> {
    return receiveSource(await this.pool.run(task));
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
