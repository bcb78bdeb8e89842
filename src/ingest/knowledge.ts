/**
 * After sources are stored: sources annotated by another version of the recognizers are
 * annotated again from their stored text, the whole store is resolved into entities, and the
 * researcher's edits are replayed on them, so that entities always reflect every source and
 * every correction (ids are stable, so links survive). A new edit goes the same way.
 */
import type { AnnotatedSource, AuthorityRecord, Edit, OrphanedEdit } from '../model.js';
import { authorityKey } from '../resolve/authorities.js';
import { annotate, ANNOTATOR_VERSION, prepareRecognizers } from '../annotate/index.js';
import { prepareResolver, resolve } from '../resolve/index.js';
import { applyEdits, InapplicableEdit, undoneEdits, type Curated } from '../curate/index.js';
import { describeEdit } from '../curate/describe.js';
import type { Store } from '../store/store.js';

export interface KnowledgeSummary {
  /** Sources whose mentions were made again by the current recognizers. */
  reannotated: number;
  entities: number;
  /** Edits that no longer find their text or entity: kept in the log, not applied. */
  orphaned: OrphanedEdit[];
}

export function refreshKnowledge(store: Store, onStep: (step: string) => void = () => {}): Promise<KnowledgeSummary> {
  return store.exclusively(() => refreshNow(store, onStep));
}

async function refreshNow(store: Store, onStep: (step: string) => void): Promise<KnowledgeSummary> {
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
  onStep('resolving names into entities and replaying the edits');
  const { resolution, orphaned } = await replayEdits(store, await store.listEdits());
  await store.putResolution(resolution);
  return { reannotated: stale.length, entities: resolution.entities.length, orphaned };
}

/** Every stored source resolved afresh with the authority records (by default the stored ones), with `edits` applied. */
export async function replayEdits(store: Store, edits: readonly Edit[], authorities?: readonly AuthorityRecord[]): Promise<Curated> {
  await prepareResolver();
  const sources: AnnotatedSource[] = [];
  for (const { id } of await store.listSources()) {
    const source = await store.getAnnotatedSource(id);
    if (source) sources.push(source);
  }
  return applyEdits(resolve(sources, authorities ?? (await store.listAuthorities())), sources, edits);
}

export interface AuthorityImport {
  /** Records new to the store, and records that replaced one of the same type and name. */
  added: number;
  replaced: number;
  /** Entities that are an authority record's after the import. */
  matched: number;
  entities: number;
  orphaned: OrphanedEdit[];
}

/**
 * Stores authority records and resolves the store again with them, every edit replayed after,
 * so that the researcher's corrections still have the last word; records and resolution are
 * written in one transaction.
 */
export function importAuthorities(store: Store, records: readonly AuthorityRecord[]): Promise<AuthorityImport> {
  return store.exclusively(async () => {
    const known = await store.listAuthorities();
    const incoming = new Map(records.map((record) => [authorityKey(record), record]));
    const kept = known.map((record) => incoming.get(authorityKey(record)) ?? record);
    const keptKeys = new Set(known.map(authorityKey));
    const all = [...kept, ...records.filter((record) => !keptKeys.has(authorityKey(record)))];
    const { resolution, orphaned } = await replayEdits(store, await store.listEdits(), all);
    await store.putAuthorities(records, resolution);
    const replaced = records.filter((record) => keptKeys.has(authorityKey(record))).length;
    return {
      added: records.length - replaced,
      replaced,
      matched: resolution.entities.filter((entity) => entity.attributes.authority !== undefined).length,
      entities: resolution.entities.length,
      orphaned,
    };
  });
}

/**
 * Logs a new edit and stores its effect, in one transaction. An edit that cannot apply now
 * is refused (InapplicableEdit) and the store is left as it was.
 */
export function recordEdit(store: Store, edit: Edit): Promise<Curated> {
  return store.exclusively(async () => {
    const curated = await replayEdits(store, [...(await store.listEdits()), edit]);
    const own = curated.orphaned.find((orphan) => orphan.edit.id === edit.id);
    if (own) throw new InapplicableEdit(own.reason);
    await store.appendEdit(edit, curated.resolution);
    return curated;
  });
}

/** An edit of the log as it stands now: in words, and whether it holds. */
export type LoggedEdit = Edit & {
  description: string;
  status: 'applied' | 'undone' | 'orphaned';
  /** Why an orphaned edit no longer applies. */
  orphanedBecause?: string;
};

/** The log, oldest first, each edit with its status as the last ingest or edit found it. */
export async function editLog(store: Store): Promise<LoggedEdit[]> {
  const edits = await store.listEdits();
  const reasons = await store.orphanedEdits();
  const undone = undoneEdits(edits);
  return edits.map((edit) => {
    const because = reasons.get(edit.id);
    const status = because !== undefined ? 'orphaned' : undone.has(edit.id) ? 'undone' : 'applied';
    return { ...edit, description: describeEdit(edit), status, ...(because !== undefined ? { orphanedBecause: because } : {}) };
  });
}
