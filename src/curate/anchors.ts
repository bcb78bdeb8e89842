/**
 * What an edit holds on to, and finding it again: a mention by its quote in context (a new
 * version of its file moves offsets but keeps the words around it), an entity by its id or,
 * when resolution gave it another, by its type, label and the forms it was written in.
 */
import type { AnnotatedSource, Entity, EntityAnchor, MentionAnchor, Span } from '../model.js';
import { foldName } from '../search/analyzer.js';

/** Characters of context kept either side of a quote: enough to tell one `Кемаль` from another. */
const CONTEXT = 40;
/** Characters of context that must still match when not half of it does (the next sentence may have changed). */
const ENOUGH_CONTEXT = 16;
/** Forms of an entity kept in its anchor. */
const FORMS = 5;

export function anchorMention(source: Pick<AnnotatedSource, 'id' | 'path' | 'text'>, span: Span): MentionAnchor {
  return {
    source: source.id,
    path: source.path,
    start: span.start,
    end: span.end,
    exact: source.text.slice(span.start, span.end),
    prefix: source.text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: source.text.slice(span.end, span.end + CONTEXT),
  };
}

export function anchorEntity(entity: Entity): EntityAnchor {
  const forms = [...entity.aliases].sort((a, b) => b.count - a.count).map((alias) => alias.text);
  return { id: entity.id, type: entity.type, label: entity.label, forms: [...new Set(forms)].slice(0, FORMS) };
}

export interface SourceIndex {
  all: readonly AnnotatedSource[];
  byId: ReadonlyMap<string, AnnotatedSource>;
  byPath: ReadonlyMap<string, AnnotatedSource>;
}

export function indexSources(sources: readonly AnnotatedSource[]): SourceIndex {
  return { all: sources, byId: new Map(sources.map((source) => [source.id, source])), byPath: new Map(sources.map((source) => [source.path, source])) };
}

/**
 * Where the anchored mention is now: at its offsets in the very source it was made in; in a
 * new version of that file, at the occurrence of its quote whose context matches best (half
 * the context kept, or 16 characters of it: the same word in another sentence is not taken
 * for it, an edit of the next sentence does not lose it). Undefined when the file or the
 * quote is gone.
 */
export function locateMention(anchor: MentionAnchor, sources: SourceIndex): { source: AnnotatedSource; span: Span } | undefined {
  const unchanged = sources.byId.get(anchor.source);
  if (unchanged) return { source: unchanged, span: { start: anchor.start, end: anchor.end } };
  const source = sources.byPath.get(anchor.path);
  if (!source || anchor.exact.length === 0) return undefined;
  const needed = Math.min((anchor.prefix.length + anchor.suffix.length) / 2, ENOUGH_CONTEXT);
  let best: { start: number; score: number } | undefined;
  for (let start = source.text.indexOf(anchor.exact); start >= 0; start = source.text.indexOf(anchor.exact, start + 1)) {
    const end = start + anchor.exact.length;
    const score =
      sharedEnd(source.text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix) +
      sharedStart(source.text.slice(end, end + anchor.suffix.length), anchor.suffix);
    if (score < needed) continue;
    const better = !best || score > best.score || (score === best.score && Math.abs(start - anchor.start) < Math.abs(best.start - anchor.start));
    if (better) best = { start, score };
  }
  return best ? { source, span: { start: best.start, end: best.start + anchor.exact.length } } : undefined;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

/** Names compared as the researcher means them: case, diacritics and spacing aside. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

/**
 * The entity an anchor describes among `entities`: the one with its id, else the one of its
 * type that shares the most of its label and forms (at least one).
 */
export function findEntity(anchor: EntityAnchor, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  const byId = entities.get(anchor.id);
  if (byId) return byId;
  const wanted = new Set([anchor.label, ...anchor.forms].map(foldName));
  let best: { entity: Entity; shared: number } | undefined;
  for (const entity of entities.values()) {
    if (entity.type !== anchor.type) continue;
    const names = new Set([entity.label, ...entity.aliases.map((alias) => alias.text)].map(foldName));
    const shared = [...wanted].filter((name) => names.has(name)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { entity, shared };
  }
  return best?.entity;
}
