/**
 * Everything a store holds that ingest decides — sources, passages, mentions, entities,
 * documents, claims — in a form to compare two stores by, without what depends on when or in
 * which order it was written (ingest times, row order).
 */
import type { Store } from '../../src/store/store.js';

export async function storeSnapshot(store: Store) {
  const summaries = (await store.listSources()).sort((a, b) => a.path.localeCompare(b.path));
  const sources = [];
  for (const { ingestedAt: _when, ...summary } of summaries) {
    const annotated = await store.getAnnotatedSource(summary.id);
    sources.push({ ...summary, text: annotated?.text, passages: annotated?.passages, mentions: annotated?.mentions });
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    stats: await store.stats(),
    sources,
    entities: (await store.listEntities({ limit: 1_000_000 })).sort(byId),
    calendar: await store.calendar({ limit: 1_000_000 }),
    claims: await store.claims({ limit: 1_000_000 }),
  };
}
