/**
 * A worker thread of `dossier ingest --jobs N`: extracts one file per task (see ExtractionPool).
 *
 * Run from the TypeScript sources (the tests), Node 20 gives worker threads the loader's
 * CommonJS hook but not its ES module hooks, which the recognizers' dynamic imports need; so the
 * pipeline is loaded on the first task, after registering those hooks in this thread.
 */
import type { ExtractionTask, ShippedSource } from './extraction.js';

let pipeline: Promise<typeof import('./extraction.js')> | undefined;

async function loadPipeline(): Promise<typeof import('./extraction.js')> {
  if (import.meta.url.endsWith('.ts')) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  return import('./extraction.js');
}

export default async function extractInWorker(task: ExtractionTask): Promise<ShippedSource> {
  pipeline ??= loadPipeline();
  const { extractSource, shipSource } = await pipeline;
  return shipSource(await extractSource(task));
}
