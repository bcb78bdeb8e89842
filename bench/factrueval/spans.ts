/**
 * The factRuEval-2016 gold mentions seen three ways:
 *  - as the shared task's evaluation objects (token sets with per-token weights, embedded
 *    and unnamed objects marked), for the track-1 metric;
 *  - as flat, non-overlapping names for training a tagger in the same convention;
 *  - as the flat spans naeval derives for its token-level table (persons whole, organisations
 *    by their `org_name` spans, locations by their `loc_name` spans).
 * LocOrg mentions are locations throughout, as in the comparator's mode without LocOrg.
 */
import type { FactRuDocument } from './corpus.js';

export type TaskTag = 'per' | 'loc' | 'org';
export type NameLabel = 'PER' | 'LOC' | 'ORG';

export const LABEL_OF_TAG: Record<TaskTag, NameLabel> = { per: 'PER', loc: 'LOC', org: 'ORG' };

const TAG_OF_TYPE: Record<string, TaskTag> = { Person: 'per', Org: 'org', Organization: 'org', Location: 'loc', LocOrg: 'loc' };

/** Span types that count towards a mention of each tag; other spans (descriptors, jobs) weigh nothing. */
const WEIGHTED_SPANS: Record<TaskTag, ReadonlySet<string>> = {
  per: new Set(['name', 'surname', 'patronymic', 'nickname', 'none']),
  loc: new Set(['loc_name', 'org_name', 'none']),
  org: new Set(['loc_name', 'org_name', 'none']),
};

/** Which tags' mentions can contain a mention of each tag (a place in an organisation's name…). */
const PARENT_TAGS: Record<TaskTag, readonly TaskTag[]> = { per: ['loc', 'org'], loc: ['loc', 'org'], org: ['org'] };

export interface GoldObject {
  id: string;
  tag: TaskTag;
  /** Indices into the document's tokens. */
  tokens: Set<number>;
  /** Weight of each token (1 for name spans, 0 for descriptors). */
  marks: Map<number, number>;
  /** Objects of a containing tag whose token set strictly contains this one's. */
  parents: GoldObject[];
  /** Objects of a containing tag with exactly the same tokens. */
  siblings: GoldObject[];
}

export function isUnnamed(object: GoldObject): boolean {
  for (const mark of object.marks.values()) if (mark > 0) return false;
  return true;
}

/** The document's person, location and organisation mentions as the shared task's comparator sees them. */
export function goldObjects(doc: FactRuDocument): GoldObject[] {
  const tokenIndex = new Map(doc.tokens.map((token, index) => [token.id, index]));
  const objects: GoldObject[] = [];
  for (const mention of doc.objects) {
    const tag = TAG_OF_TYPE[mention.type];
    if (!tag) continue;
    const object: GoldObject = { id: mention.id, tag, tokens: new Set(), marks: new Map(), parents: [], siblings: [] };
    for (const spanId of mention.spanIds) {
      const span = doc.spans.get(spanId);
      if (!span) throw new Error(`${doc.name}: object ${mention.id} names unknown span ${spanId}`);
      const mark = WEIGHTED_SPANS[tag].has(span.type) ? 1 : 0;
      for (const tokenId of span.tokenIds) {
        const index = tokenIndex.get(tokenId);
        if (index === undefined) throw new Error(`${doc.name}: span ${spanId} names unknown token ${tokenId}`);
        object.tokens.add(index);
        object.marks.set(index, Math.max(object.marks.get(index) ?? 0, mark));
      }
    }
    objects.push(object);
  }
  for (const object of objects) {
    for (const other of objects) {
      if (other === object || !PARENT_TAGS[object.tag].includes(other.tag)) continue;
      const contained = [...object.tokens].every((token) => other.tokens.has(token));
      if (!contained) continue;
      if (other.tokens.size > object.tokens.size) object.parents.push(other);
      else object.siblings.push(other);
    }
  }
  return objects;
}

export interface NameSpan {
  start: number;
  end: number;
  label: NameLabel;
}

/** Keeps, of overlapping spans, the one that starts first (the longer on a tie). */
function withoutOverlaps(spans: NameSpan[]): NameSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameSpan[] = [];
  for (const span of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && span.start < previous.end) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * The names a tagger should learn for the shared task: every named mention that is not inside
 * another (an organisation beats a place or person with the same tokens), from its first to its
 * last token, descriptors included (`мэрии Москвы` is one organisation).
 */
export function trainingNames(doc: FactRuDocument, descriptors = true): NameSpan[] {
  const objects = goldObjects(doc);
  const spans: NameSpan[] = [];
  const taken = new Set<GoldObject>();
  for (const object of objects) {
    if (isUnnamed(object) || object.parents.length > 0) continue;
    const beaten = object.siblings.some(
      (other) => (other.tag === 'org' && object.tag !== 'org') || (other.tag === object.tag && taken.has(other)),
    );
    if (beaten) continue;
    taken.add(object);
    const indices = [...object.tokens].filter((token) => descriptors || object.marks.get(token)! > 0).sort((a, b) => a - b);
    spans.push({ start: doc.tokens[indices[0]!]!.start, end: doc.tokens[indices[indices.length - 1]!]!.end, label: LABEL_OF_TAG[object.tag] });
  }
  return withoutOverlaps(spans);
}

/** The flat gold spans of naeval's factRuEval adapter, for its token-level scores. */
export function naevalSpans(doc: FactRuDocument): NameSpan[] {
  const tokenById = new Map(doc.tokens.map((token) => [token.id, token]));
  const spans: NameSpan[] = [];
  for (const mention of doc.objects) {
    const tag = TAG_OF_TYPE[mention.type];
    if (!tag) continue;
    const parts = mention.spanIds.map((id) => doc.spans.get(id)!);
    const extent = (span: (typeof parts)[number]) => {
      const tokens = span.tokenIds.map((id) => tokenById.get(id)!);
      return { start: Math.min(...tokens.map((t) => t.start)), end: Math.max(...tokens.map((t) => t.end)) };
    };
    const label = LABEL_OF_TAG[tag];
    if (tag === 'per') {
      const extents = parts.map(extent);
      spans.push({ start: Math.min(...extents.map((e) => e.start)), end: Math.max(...extents.map((e) => e.end)), label });
      continue;
    }
    const nameType = tag === 'org' ? 'org_name' : 'loc_name';
    const names = parts.filter((span) => span.type === nameType).map((span) => ({ ...extent(span), label }));
    spans.push(...withoutOverlaps(names));
  }
  return withoutOverlaps(spans);
}
