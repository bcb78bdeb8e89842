/**
 * The resolution while edits are applied to it: entities by id, links of mentions to
 * entities, the mentions the researcher added, and what changed, so that only changed
 * entities are rebuilt at the end.
 */
import type { AnnotatedSource, Entity, EntityAnchor, HumanMention, NameMention, Resolution, Span } from '../model.js';
import { buildEntity, byTypeAndLabel, type NameRef } from '../resolve/entities.js';
import { resolveClaims } from '../resolve/claims.js';
import { resolveDocuments } from '../resolve/documents.js';
import { isNameMention } from '../resolve/index.js';
import { findEntity, type SourceIndex } from './anchors.js';

type AddedMention = Omit<HumanMention, 'ordinal'>;

export class Curation {
  readonly entities: Map<string, Entity>;
  readonly links: Map<string, string>;
  /** Added mentions under provisional keys (`${source}:+${n}`) until `finish` numbers them after the machine's. */
  private readonly added = new Map<string, AddedMention>();
  /** Entities merged away → the entity they joined, so later edits naming them find it. */
  private readonly mergedInto = new Map<string, string>();
  /** Entities whose mentions changed: their names and counts are made again. */
  private readonly touched = new Set<string>();

  constructor(
    resolution: Resolution,
    readonly sources: SourceIndex,
  ) {
    this.entities = new Map(resolution.entities.map((entity) => [entity.id, { ...entity, attributes: { ...entity.attributes } }]));
    this.links = new Map(resolution.links);
  }

  entity(anchor: EntityAnchor): Entity | undefined {
    let id = anchor.id;
    for (let next = this.mergedInto.get(id); next !== undefined; next = this.mergedInto.get(id)) id = next;
    return findEntity({ ...anchor, id }, this.entities);
  }

  /** Keys of the entity's mentions. */
  mentionsOf(entityId: string): string[] {
    return [...this.links].filter(([, id]) => id === entityId).map(([key]) => key);
  }

  /** The source and name mention a link key stands for. */
  mention(key: string): { source: AnnotatedSource; mention: NameMention } {
    const colon = key.lastIndexOf(':');
    const source = this.sources.byId.get(key.slice(0, colon))!;
    const added = this.added.get(key);
    return { source, mention: added ? added.mention : (source.mentions[Number(key.slice(colon + 1))] as NameMention) };
  }

  /** Name mentions (machine or added) at exactly this span; failing that, those overlapping it. */
  nameMentionsAt(source: AnnotatedSource, span: Span): string[] {
    const all: Array<[string, NameMention]> = [
      ...source.mentions.flatMap((mention, index): Array<[string, NameMention]> => (isNameMention(mention) ? [[`${source.id}:${index}`, mention]] : [])),
      ...[...this.added].filter(([, added]) => added.source === source.id).map(([key, added]): [string, NameMention] => [key, added.mention]),
    ];
    const exact = all.filter(([, mention]) => mention.start === span.start && mention.end === span.end);
    const found = exact.length ? exact : all.filter(([, mention]) => mention.start < span.end && span.start < mention.end);
    return found.map(([key]) => key);
  }

  /** Every name mention (machine or added) written exactly `text`, in these sources. */
  nameMentionsWritten(text: string, sources: readonly AnnotatedSource[]): string[] {
    const ids = new Set(sources.map((source) => source.id));
    return [
      ...sources.flatMap((source) => source.mentions.flatMap((mention, index) => (isNameMention(mention) && mention.text === text ? [`${source.id}:${index}`] : []))),
      ...[...this.added].filter(([, added]) => ids.has(added.source) && added.mention.text === text).map(([key]) => key),
    ];
  }

  addMention(source: AnnotatedSource, mention: HumanMention['mention']): string {
    const key = `${source.id}:+${this.added.size}`;
    this.added.set(key, { source: source.id, mention });
    return key;
  }

  link(key: string, entityId: string): void {
    const previous = this.links.get(key);
    if (previous !== undefined) this.touched.add(previous);
    this.links.set(key, entityId);
    this.touched.add(entityId);
  }

  /** The mention is no mention: no entity's, and an added one is gone. */
  drop(key: string): void {
    const previous = this.links.get(key);
    if (previous !== undefined) this.touched.add(previous);
    this.links.delete(key);
    this.added.delete(key);
  }

  addEntity(entity: Entity): void {
    this.entities.set(entity.id, entity);
  }

  /** `from`'s mentions join `into`; `from` is gone, and later edits naming it find `into`. */
  merge(into: Entity, from: Entity): void {
    for (const key of this.mentionsOf(from.id)) this.link(key, into.id);
    into.attributes = { ...from.attributes, ...into.attributes };
    this.entities.delete(from.id);
    this.mergedInto.set(from.id, into.id);
  }

  /** The resolution the edits leave: changed entities rebuilt from their mentions (or gone when they have none), documents and claims relinked. */
  finish(resolved: Resolution): Resolution {
    // buildEntity reads only each mention and its language.
    const refs = new Map<string, NameRef[]>();
    for (const [key, entityId] of this.links) {
      if (!this.touched.has(entityId)) continue;
      const { source, mention } = this.mention(key);
      refs.set(entityId, [...(refs.get(entityId) ?? []), { source: source.id, index: -1, mention, paragraph: -1, lang: langAt(source, mention.start) }]);
    }
    for (const id of this.touched) {
      const entity = this.entities.get(id);
      if (!entity) continue;
      const members = refs.get(id);
      if (!members) {
        this.entities.delete(id);
        continue;
      }
      const { titles: _titles, ...attributes } = entity.attributes;
      this.entities.set(id, buildEntity(entity.type, id, entity.label, members, attributes));
    }
    const humanMentions = this.numberAddedMentions();
    const entities = [...this.entities.values()].sort(byTypeAndLabel);
    // Documents name their parties and claims their subjects through the links, which the edits may have changed.
    const documents = this.touched.size ? resolveDocuments(this.sources.all, this.links, entities) : resolved.documents;
    const claims = this.touched.size ? resolveClaims(this.sources.all, this.links, entities, documents) : resolved.claims;
    return { entities, links: this.links, documents, works: resolved.works, claims, humanMentions };
  }

  /** Added mentions get the ordinals after their source's machine mentions, in order of place; links follow. */
  private numberAddedMentions(): HumanMention[] {
    const bySource = new Map<string, Array<[string, AddedMention]>>();
    for (const entry of this.added) bySource.set(entry[1].source, [...(bySource.get(entry[1].source) ?? []), entry]);
    const numbered: HumanMention[] = [];
    for (const [sourceId, entries] of bySource) {
      const first = this.sources.byId.get(sourceId)!.mentions.length;
      entries.sort((a, b) => a[1].mention.start - b[1].mention.start || a[1].mention.end - b[1].mention.end);
      entries.forEach(([key, added], k) => {
        const ordinal = first + k;
        const entityId = this.links.get(key);
        this.links.delete(key);
        if (entityId !== undefined) this.links.set(`${sourceId}:${ordinal}`, entityId);
        numbered.push({ ...added, ordinal });
      });
    }
    this.added.clear();
    return numbered;
  }
}

function langAt(source: AnnotatedSource, offset: number): string {
  return source.passages.find((passage) => passage.start <= offset && offset < passage.end)?.lang ?? source.languages[0] ?? 'und';
}
