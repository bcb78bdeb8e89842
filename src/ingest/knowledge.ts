/**
 * After sources are stored: sources annotated by another version of the recognizers are
 * annotated again from their stored text, and the whole store is resolved into entities,
 * so that entities always reflect every source (ids are stable, so links survive).
 */
import type { AnnotatedSource } from '../model.js';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../annotate/index.js';
import { resolve } from '../resolve/index.js';
import type { Store } from '../store/store.js';

export interface KnowledgeSummary {
  /** Sources whose mentions were made again by the current recognizers. */
  reannotated: number;
  entities: number;
}

export async function refreshKnowledge(store: Store, onStep: (step: string) => void = () => {}): Promise<KnowledgeSummary> {
  const stale = await store.sourcesAnnotatedOtherwise(ANNOTATOR_VERSION);
  if (stale.length) {
    onStep(`annotating ${stale.length} stored source${stale.length === 1 ? '' : 's'} with the current recognizers`);
    await prepareRecognizers();
    for (const id of stale) {
      const source = await store.getAnnotatedSource(id);
      if (!source) continue;
      try {
        await store.replaceMentions(id, annotate(source).mentions, ANNOTATOR_VERSION);
      } catch (error) {
        // The source keeps its older mentions and is tried again on the next ingest.
        onStep(`could not annotate ${source.path} again: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  onStep('resolving names into entities');
  const sources: AnnotatedSource[] = [];
  for (const { id } of await store.listSources()) {
    const source = await store.getAnnotatedSource(id);
    if (source) sources.push(source);
  }
  const resolution = resolve(sources);
  await store.putResolution(resolution);
  return { reannotated: stale.length, entities: resolution.entities.length };
}
