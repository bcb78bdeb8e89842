/** What the per-source formats (TEI, Web Annotations) read of a stored source, through the Store interface only. */
import type { Entity, EntityType, NameMention } from '../model.js';
import type { EntityRef, LinkedMention, Store, StoredSource } from '../store/store.js';

/** A name mention with the entity it was resolved to: the only names the exports carry. */
export type ResolvedName = NameMention & { entity: EntityRef };

export interface ExportedSource {
  source: StoredSource;
  /** Every mention of the source, in order of start; names with their entity. */
  mentions: LinkedMention[];
  /** The entities the source's names resolve to, by id, with their aliases and attributes. */
  entities: Map<string, Entity>;
}

const NAME_KINDS: ReadonlySet<string> = new Set<EntityType>(['person', 'place', 'org']);

export function isResolvedName(mention: LinkedMention): mention is ResolvedName {
  return NAME_KINDS.has(mention.kind) && mention.entity !== undefined;
}

/** The source named by `ref` (id, id prefix, path or file name) with its mentions and entities, or undefined. */
export async function readExportedSource(store: Store, ref: string): Promise<ExportedSource | undefined> {
  const source = await store.getSource(ref);
  if (!source) return undefined;
  const window = await store.readWindow(source.id, { from: 0, limit: Math.max(1, source.passages) });
  const mentions = [...(window?.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const ids = [...new Set(mentions.filter(isResolvedName).map((mention) => mention.entity.id))];
  const entities = new Map((await store.getEntities(ids)).map((entity) => [entity.id, entity]));
  return { source, mentions, entities };
}

/** Every stored source, read as `readExportedSource` reads one, in order of path. */
export async function* readExportedSources(store: Store): AsyncGenerator<ExportedSource> {
  const summaries = (await store.listSources()).sort((a, b) => a.path.localeCompare(b.path));
  for (const summary of summaries) {
    const exported = await readExportedSource(store, summary.id);
    if (exported) yield exported;
  }
}

/**
 * The URIs of the authority records an entity is known by: its GeoNames place (the gazetteer's
 * id) and its Wikidata item (from an authority file), in that order.
 */
export function authorityUris(entity: Entity | undefined): string[] {
  const uris: string[] = [];
  const gazetteerId = entity?.attributes.gazetteer;
  const geonames = typeof gazetteerId === 'string' ? /^geonames:(\d+)$/.exec(gazetteerId) : null;
  if (geonames) uris.push(`http://www.geonames.org/${geonames[1]}`);
  const wikidata = entity?.attributes.wikidata;
  if (typeof wikidata === 'string' && /^Q\d+$/.test(wikidata)) uris.push(`http://www.wikidata.org/entity/${wikidata}`);
  return uris;
}
