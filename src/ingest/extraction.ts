/**
 * The work done for each file before it is stored — read, normalize, segment and, when asked,
 * annotate — in whichever thread or process runs it: the ingest's own thread, a worker thread
 * of `--jobs`, or a `dossier worker` taking files from a queue. Sources cross threads as
 * structured clones, which keep plain data only, so the offset map travels as its JSON form.
 */
import type { StorableSource } from '../store/store.js';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../annotate/index.js';
import { OffsetMap } from '../normalize/offset-map.js';
import { readDocument } from '../read/index.js';
import { analyzeDocument } from './analyze.js';

export interface ExtractionTask {
  /** Absolute path the source is stored under. */
  path: string;
  /** The file's bytes, when they come from elsewhere; otherwise the file at `path` is read. */
  content?: Uint8Array;
  annotate: boolean;
}

let recognizersReady: Promise<void> | undefined;

/** Loads the recognizers' dictionaries the first time a thread annotates, and only then. */
function recognizersLoaded(): Promise<void> {
  recognizersReady ??= prepareRecognizers();
  return recognizersReady;
}

export async function extractSource(task: ExtractionTask): Promise<StorableSource> {
  const analyzed = await analyzeDocument(await readDocument(task.path, task.content));
  if (!task.annotate) return analyzed;
  await recognizersLoaded();
  return { ...annotate(analyzed), annotator: ANNOTATOR_VERSION };
}

/** A source as it crosses a thread: the offset map as plain data. */
export type ShippedSource = Omit<StorableSource, 'map'> & { map: ReturnType<OffsetMap['toJSON']> };

export function shipSource(source: StorableSource): ShippedSource {
  return { ...source, map: source.map.toJSON() };
}

export function receiveSource(shipped: ShippedSource): StorableSource {
  return { ...shipped, map: OffsetMap.fromJSON(shipped.map) } as StorableSource;
}
