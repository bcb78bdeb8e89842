/**
 * The curate stage: the researcher's edits replayed, in the order they were made, on what
 * resolve gave — after every ingest and after every new edit, so that a correction holds
 * however often the corpus is analysed again. Data flows one way: resolve → curate → store.
 *
 * An edit that can no longer apply (its text was deleted from a new version of the file, its
 * entity is gone) is orphaned: reported, left in the log, applied again once it can be.
 */
import { randomBytes } from 'node:crypto';
import type { AnnotatedSource, Edit, EditKind, EditOf, EditPayloads, OrphanedEdit, Resolution } from '../model.js';
import { indexSources } from './anchors.js';
import { merge, rename, retype, split } from './entity-edits.js';
import { accept, reject } from './mention-edits.js';
import { Curation } from './state.js';

export { anchorEntity, anchorMention, locateMention } from './anchors.js';

/** An edit that cannot apply to the corpus as it is now (its entity or text is not there): it is not logged. */
export class InapplicableEdit extends Error {
  override readonly name = 'InapplicableEdit';
}

/** A new edit, made now, with an id of its own. */
export function newEdit<K extends EditKind>(kind: K, payload: EditPayloads[K], reason?: string): EditOf<K> {
  return { id: randomBytes(4).toString('hex'), at: new Date().toISOString(), kind, payload, ...(reason ? { reason } : {}) } as EditOf<K>;
}

export interface Curated {
  resolution: Resolution;
  orphaned: OrphanedEdit[];
}

export function applyEdits(resolution: Resolution, sources: readonly AnnotatedSource[], edits: readonly Edit[]): Curated {
  const state = new Curation(resolution, indexSources(sources));
  const undone = undoneEdits(edits);
  const orphaned: OrphanedEdit[] = [];
  for (const edit of edits) {
    if (edit.kind === 'undo' || undone.has(edit.id)) continue;
    const reason = applyEdit(state, edit);
    if (reason !== undefined) orphaned.push({ edit, reason });
  }
  const orphanedEdits = Object.fromEntries(orphaned.map(({ edit, reason }) => [edit.id, reason]));
  return { resolution: { ...state.finish(resolution), orphanedEdits }, orphaned };
}

function applyEdit(state: Curation, edit: Exclude<Edit, { kind: 'undo' }>): string | undefined {
  switch (edit.kind) {
    case 'merge': return merge(state, edit);
    case 'split': return split(state, edit);
    case 'rename': return rename(state, edit);
    case 'retype': return retype(state, edit);
    case 'reject': return reject(state, edit);
    case 'accept': return accept(state, edit);
  }
}

/** Ids of the edits an undo takes back; read from the last, so that an undone undo takes nothing back. */
export function undoneEdits(edits: readonly Edit[]): Set<string> {
  const undone = new Set<string>();
  for (let k = edits.length - 1; k >= 0; k -= 1) {
    const edit = edits[k]!;
    if (edit.kind === 'undo' && !undone.has(edit.id)) undone.add(edit.payload.edit);
  }
  return undone;
}
