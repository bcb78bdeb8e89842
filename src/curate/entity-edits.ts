/**
 * Edits of entities: merge two, split some mentions off one, rename, retype. Each returns
 * why it cannot apply (the entity is gone from the corpus), or nothing when it applied.
 */
import type { EditOf, EntityAnchor, NameMention } from '../model.js';
import { entityId, lemmaOf } from '../resolve/entities.js';
import { locateMention, sameName } from './anchors.js';
import type { Curation } from './state.js';

export function merge(state: Curation, { payload }: EditOf<'merge'>): string | undefined {
  const into = state.entity(payload.into);
  const from = state.entity(payload.from);
  if (!into) return missing(payload.into);
  if (!from) return missing(payload.from);
  // The resolver may have joined them itself since; the label is still the researcher's.
  if (from.id !== into.id) state.merge(into, from);
  if (payload.label !== undefined) into.label = payload.label;
  return undefined;
}

export function split(state: Curation, edit: EditOf<'split'>): string | undefined {
  const { payload } = edit;
  const entity = state.entity(payload.entity);
  if (!entity) return missing(payload.entity);
  const moving = new Set(
    state.mentionsOf(entity.id).filter((key) => payload.forms.some((form) => sameName(form, state.mention(key).mention.text))),
  );
  for (const anchor of payload.mentions) {
    const found = locateMention(anchor, state.sources);
    if (!found) return `the mention "${anchor.exact}" is no longer in ${anchor.path}`;
    for (const key of state.nameMentionsAt(found.source, found.span)) if (state.links.get(key) === entity.id) moving.add(key);
  }
  if (moving.size === 0) return `no mention of ${entity.label} is written ${[...payload.forms, ...payload.mentions.map((anchor) => anchor.exact)].map((form) => `"${form}"`).join(' or ')} any more`;
  const mentions = [...moving].map((key) => state.mention(key).mention);
  // The edit's id makes the new entity's: the same on every replay.
  const created = { id: entityId(entity.type, `split\u0000${edit.id}`), type: entity.type, label: payload.label ?? commonestLemma(mentions), aliases: [], attributes: {} };
  state.addEntity(created);
  for (const key of moving) state.link(key, created.id);
  return undefined;
}

export function rename(state: Curation, { payload }: EditOf<'rename'>): string | undefined {
  const entity = state.entity(payload.entity);
  if (!entity) return missing(payload.entity);
  entity.label = payload.label;
  return undefined;
}

export function retype(state: Curation, { payload }: EditOf<'retype'>): string | undefined {
  const entity = state.entity(payload.entity);
  if (!entity) return missing(payload.entity);
  entity.type = payload.type;
  return undefined;
}

export function missing(anchor: EntityAnchor): string {
  return `the ${anchor.type} ${anchor.label} (${anchor.id}) is no longer in the corpus`;
}

function commonestLemma(mentions: readonly NameMention[]): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(lemmaOf(mention), (counts.get(lemmaOf(mention)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
