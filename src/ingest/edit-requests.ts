/**
 * A correction as the researcher asks for it — entities and sources named as the store holds
 * them now — made into an anchored edit for the log. The CLI's edit commands and the API's
 * POST /api/edits both go through here, so both refuse the same requests with the same words.
 */
import type { Edit, EntityType, MentionAnchor, NameMention, Resolution, Span } from '../model.js';
import type { EntitySummary, Store, StoredSource } from '../store/store.js';
import { anchorEntity, anchorMention, newEdit, undoneEdits } from '../curate/index.js';
import { describeEdit } from '../curate/describe.js';
import { entityId } from '../resolve/entities.js';
import { isNameMention } from '../resolve/index.js';
import { recordEdit } from './knowledge.js';

/** Why a request cannot become an edit: nothing has that name, the name is not one thing, the edit would change nothing, or the request itself is wrong. */
export type RequestProblem = 'not-found' | 'ambiguous' | 'no-change' | 'invalid';

export class EditRequestError extends Error {
  override readonly name = 'EditRequestError';
  constructor(
    readonly problem: RequestProblem,
    message: string,
  ) {
    super(message);
  }
}

/** One mention of an entity: its source and the offset it starts at. */
export interface MentionRef {
  source: string;
  start: number;
}

/** Entities by id or by a name only they have; sources by id, id prefix, path or file name. */
export type EditRequest = { reason?: string } & (
  | { kind: 'merge'; into: string; from: string; label?: string }
  | { kind: 'split'; entity: string; forms?: string[]; mentions?: MentionRef[]; label?: string }
  | { kind: 'rename'; entity: string; label: string }
  | { kind: 'retype'; entity: string; type: EntityType }
  | { kind: 'reject'; source: string; start: number; end: number }
  | { kind: 'reject'; every: string; source?: string }
  | { kind: 'accept'; source: string; start: number; end: number; type: EntityType; entity?: string }
  | { kind: 'undo'; edit: string }
);

/** The entity with this id, or the one entity with this name; none or several is the user's to settle. */
export async function entityNamed(store: Store, name: string): Promise<EntitySummary> {
  const byId = await store.getEntity(name);
  if (byId) return byId;
  const found = await store.findEntities(name);
  if (found.length === 0) throw new EditRequestError('not-found', `no entity is named "${name}"`);
  if (found.length > 1) {
    const candidates = found.slice(0, 10).map((entity) => `  ${entity.id}  ${entity.type}  ${entity.label} (${entity.mentions} mentions)`);
    throw new EditRequestError('ambiguous', `"${name}" names ${found.length} entities; give one of their ids:\n${candidates.join('\n')}${found.length > 10 ? '\n  …' : ''}`);
  }
  return found[0]!;
}

export async function sourceNamed(store: Store, ref: string): Promise<StoredSource> {
  const source = await store.getSource(ref);
  if (!source) throw new EditRequestError('not-found', `no stored source matches "${ref}"`);
  return source;
}

/** The span `start`–`end` of the source, checked to lie inside it and to hold some words. */
function spanIn(source: StoredSource, start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= source.text.length)) {
    throw new EditRequestError('invalid', `${start}–${end} is no span of ${source.path} (its text has ${source.text.length} characters)`);
  }
  if (!source.text.slice(start, end).trim()) throw new EditRequestError('invalid', `${start}–${end} of ${source.path} holds only white space`);
  return { start, end };
}

/** The edit a request asks for, checked against the store as it is; the store is not changed. */
export async function editFromRequest(store: Store, request: EditRequest): Promise<Edit> {
  const { reason } = request;
  switch (request.kind) {
    case 'merge': {
      const into = await entityNamed(store, request.into);
      const from = await entityNamed(store, request.from);
      if (into.id === from.id) throw new EditRequestError('no-change', `"${request.into}" and "${request.from}" are already one entity (${into.id})`);
      return newEdit('merge', { into: anchorEntity(into), from: anchorEntity(from), ...labelOf(request.label) }, reason);
    }
    case 'split': {
      const forms = request.forms ?? [];
      const refs = request.mentions ?? [];
      if (forms.length === 0 && refs.length === 0) throw new EditRequestError('invalid', 'say which mentions leave: forms as written, or single mentions by source and offset');
      const entity = await entityNamed(store, request.entity);
      const mentions = await Promise.all(refs.map((ref) => mentionOf(store, entity.id, ref)));
      return newEdit('split', { entity: anchorEntity(entity), forms, mentions, ...labelOf(request.label) }, reason);
    }
    case 'rename': {
      const label = request.label.trim();
      if (!label) throw new EditRequestError('invalid', 'the new label is empty');
      const entity = await entityNamed(store, request.entity);
      if (entity.label === label) throw new EditRequestError('no-change', `${entity.id} is already labelled ${entity.label}`);
      return newEdit('rename', { entity: anchorEntity(entity), label }, reason);
    }
    case 'retype': {
      const entity = await entityNamed(store, request.entity);
      if (entity.type === request.type) throw new EditRequestError('no-change', `${entity.label} (${entity.id}) is already a ${request.type}`);
      return newEdit('retype', { entity: anchorEntity(entity), type: request.type }, reason);
    }
    case 'reject':
      return 'every' in request ? rejectEvery(store, request.every, request.source, reason) : rejectOne(store, request, reason);
    case 'accept': {
      const source = await sourceNamed(store, request.source);
      const mention = anchorMention(source, spanIn(source, request.start, request.end));
      const entity = request.entity === undefined ? undefined : anchorEntity(await entityNamed(store, request.entity));
      return newEdit('accept', { mention, type: request.type, ...(entity ? { entity } : {}) }, reason);
    }
    case 'undo':
      return newEdit('undo', { edit: (await editToUndo(store, request.edit)).id }, reason);
  }
}

function labelOf(label: string | undefined): { label?: string } {
  const trimmed = label?.trim();
  return trimmed ? { label: trimmed } : {};
}

/** The entity's mention `ref` names, anchored. */
async function mentionOf(store: Store, entity: string, ref: MentionRef): Promise<MentionAnchor> {
  const source = await sourceNamed(store, ref.source);
  const mention = (await store.getEntity(entity, { limit: 'all' }))?.mentionList.find((each) => each.sourceId === source.id && each.start === ref.start);
  if (!mention) throw new EditRequestError('not-found', `no mention of ${entity} starts at ${ref.start} in ${source.path}`);
  return anchorMention(source, mention);
}

/** The machine's name mentions of a source. */
async function nameMentions(store: Store, sourceId: string): Promise<NameMention[]> {
  return ((await store.getAnnotatedSource(sourceId))?.mentions ?? []).filter(isNameMention);
}

async function rejectOne(store: Store, request: { source: string; start: number; end: number }, reason: string | undefined): Promise<Edit> {
  const source = await sourceNamed(store, request.source);
  const span = spanIn(source, request.start, request.end);
  if (!(await nameMentions(store, source.id)).some((mention) => mention.start < span.end && span.start < mention.end)) {
    const words = source.text.slice(span.start, span.end);
    throw new EditRequestError('not-found', `"${words}" at ${span.start} is no name the recognizers found in ${source.path} (an added one is taken back by undoing its accept edit)`);
  }
  return newEdit('reject', { mention: anchorMention(source, span) }, reason);
}

async function rejectEvery(store: Store, every: string, sourceRef: string | undefined, reason: string | undefined): Promise<Edit> {
  if (!every) throw new EditRequestError('invalid', 'the text is empty: give the name as the sources write it');
  const source = sourceRef === undefined ? undefined : await sourceNamed(store, sourceRef);
  const ids = source ? [source.id] : (await store.listSources()).map((each) => each.id);
  const found = await Promise.all(ids.map(async (id) => (await nameMentions(store, id)).some((mention) => mention.text === every)));
  if (!found.includes(true)) throw new EditRequestError('not-found', `no name the recognizers found is written "${every}" ${source ? `in ${source.path}` : 'in any source'}`);
  return newEdit('reject', { every, ...(source ? { path: source.path } : {}) }, reason);
}

/** The logged edit an id or a unique prefix of it names, if it is not undone already. */
async function editToUndo(store: Store, ref: string): Promise<Edit> {
  const edits = await store.listEdits();
  const matching = ref ? edits.filter((edit) => edit.id.startsWith(ref)) : [];
  if (matching.length === 0) throw new EditRequestError('not-found', `no edit has the id "${ref}"`);
  if (matching.length > 1) throw new EditRequestError('ambiguous', `"${ref}" begins the ids of ${matching.length} edits (${matching.map((edit) => edit.id).join(', ')}); give more characters`);
  const target = matching[0]!;
  if (undoneEdits(edits).has(target.id)) throw new EditRequestError('no-change', `edit ${target.id} (${describeEdit(target)}) is already undone`);
  return target;
}

/** Makes the edit a request asks for, logs it and stores its effect; with the ids of the entities it made or changed. */
export async function commitRequest(store: Store, request: EditRequest): Promise<{ edit: Edit; resolution: Resolution; changed: string[] }> {
  const edit = await editFromRequest(store, request);
  const { resolution } = await recordEdit(store, edit);
  return { edit, resolution, changed: affectedEntityIds(edit, resolution) };
}

/** The entities an edit made or changed, by id, as `resolution` (the one after the edit) has them. */
function affectedEntityIds(edit: Edit, resolution: Resolution): string[] {
  switch (edit.kind) {
    case 'merge':
      return [edit.payload.into.id];
    case 'split':
      return [edit.payload.entity.id, entityId(edit.payload.entity.type, `split\u0000${edit.id}`)];
    case 'rename':
    case 'retype':
      return [edit.payload.entity.id];
    case 'accept': {
      const { source, start, end } = edit.payload.mention;
      const added = resolution.humanMentions?.find((human) => human.source === source && human.mention.start === start && human.mention.end === end);
      const linked = added ? resolution.links.get(`${source}:${added.ordinal}`) : edit.payload.entity?.id;
      return linked ? [linked] : [];
    }
    case 'reject':
    case 'undo':
      return [];
  }
}
