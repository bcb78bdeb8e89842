/**
 * Edits of mentions: reject one that is no mention (or every one written so), accept one the
 * recognizers missed. A mention is found by its quote; when the quote is gone from its file,
 * the edit cannot apply and says so.
 */
import type { EditOf, HumanMention, MentionAnchor } from '../model.js';
import { entityId } from '../resolve/entities.js';
import { locateMention, sameName } from './anchors.js';
import { missing } from './entity-edits.js';
import type { Curation } from './state.js';

export function reject(state: Curation, { payload }: EditOf<'reject'>): string | undefined {
  if ('every' in payload) {
    const sources = payload.path === undefined ? state.sources.all : [state.sources.byPath.get(payload.path)].filter((source) => source !== undefined);
    if (payload.path !== undefined && sources.length === 0) return `${payload.path} is no longer in the corpus`;
    for (const key of state.nameMentionsWritten(payload.every, sources)) state.drop(key);
    return undefined;
  }
  const found = locateMention(payload.mention, state.sources);
  if (!found) return gone(payload.mention);
  // No mention there any more (the recognizers changed): what the edit wants already holds.
  for (const key of state.nameMentionsAt(found.source, found.span)) state.drop(key);
  return undefined;
}

export function accept(state: Curation, edit: EditOf<'accept'>): string | undefined {
  const { payload } = edit;
  const found = locateMention(payload.mention, state.sources);
  if (!found) return gone(payload.mention);
  const target = payload.entity && state.entity(payload.entity);
  if (payload.entity && !target) return missing(payload.entity);
  const { source, span } = found;
  const existing = state.nameMentionsAt(source, span).find((key) => {
    const { mention } = state.mention(key);
    return mention.start === span.start && mention.end === span.end;
  });
  const text = source.text.slice(span.start, span.end);
  const key =
    existing ??
    state.addMention(source, {
      kind: payload.type, start: span.start, end: span.end, text, value: { lemma: text }, confidence: 1, origin: 'human',
    } satisfies HumanMention['mention']);
  if (target) {
    state.link(key, target.id);
    return undefined;
  }
  if (existing && state.links.has(existing)) return undefined;
  const named = [...state.entities.values()].find(
    (entity) => entity.type === payload.type && [entity.label, ...entity.aliases.map((alias) => alias.text)].some((name) => sameName(name, text)),
  );
  if (named) {
    state.link(key, named.id);
    return undefined;
  }
  // The edit's id makes the new entity's: the same on every replay.
  const created = { id: entityId(payload.type, `accept\u0000${edit.id}`), type: payload.type, label: text, aliases: [], attributes: {} };
  state.addEntity(created);
  state.link(key, created.id);
  return undefined;
}

function gone(anchor: MentionAnchor): string {
  const around = `…${anchor.prefix.slice(-20)}[${anchor.exact}]${anchor.suffix.slice(0, 20)}…`.replace(/\s+/gu, ' ');
  return `"${anchor.exact}" (${around}) is no longer in ${anchor.path}`;
}
