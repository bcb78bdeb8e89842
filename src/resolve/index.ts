/**
 * The resolve stage: name mentions of every source → entities, one per real person, place
 * or organisation, across sources, scripts and languages.
 *
 * - Places go through the gazetteer (`places.ts`): one entity per gazetteer entry, labelled
 *   with its English name, with coordinates.
 * - Persons and organisations are clustered by name (`coreference.ts`): within a text a
 *   short form joins the fuller name it fits, across texts names equal up to transliteration
 *   are one. Persons are compared as `person-names.ts` reads them, organisations as
 *   `org-names.ts` does (abbreviations, curated translations). A bracketed gloss in the text
 *   (`Юсуф Кемаль (Тенгиршенк)`, `… Партии (ТНКП)`) joins the two names it pairs.
 * - Labels: places, the gazetteer's English name; organisations in the curated list, its
 *   English name; otherwise the fullest name the mentions give, in the script most of them
 *   use. A person named in Cyrillic also gets `attributes.latin`: the fullest Latin-script
 *   mention when it is as full, else the label transliterated.
 * - Citations and bibliography entries become one record per work (`bibliography.ts`).
 * - The researcher's authority records (`authorities.ts`) then claim the groups whose names
 *   they list: one entity per record, with the record's name, Wikidata id and coordinates.
 * - Ids are hashes of a canonical key (gazetteer id, curated name, folded fullest name), so
 *   the same corpus gives the same ids whatever the order of its files, and a new source
 *   leaves the ids of entities it does not touch alone.
 * - Document references become document records (`documents.ts`); quantities and the dates of
 *   documents several sources cite become claim groups, compared across sources (`claims.ts`).
 */
import type { AnnotatedSource, AuthorityRecord, Entity, EntityType, NameMention, Passage, Resolution } from '../model.js';
import { applyAuthorities } from './authorities.js';
import { romanize, hasCyrillic } from '../lang/ru/transliteration.js';
import { clusterWithinText, linkAcrossTexts, type LocalCluster, type NameScheme } from './coreference.js';
import { buildEntity, byTypeAndLabel, entityId, fullestLemma, lemmaOf, type NameRef, type ResolvedGroup } from './entities.js';
import { glosses } from './glosses.js';
import { curatedOrganisation, orgScheme, parseOrgName, type OrgName } from './org-names.js';
import { parsePersonName, personScheme, type PersonName } from './person-names.js';
import { resolvePlaces } from './places.js';
import { resolveDocuments } from './documents.js';
import { resolveWorks } from './bibliography.js';
import { resolveClaims } from './claims.js';
import { loadMorphology } from '../lang/ru/morphology.js';

/** Loads what `resolve` reads beyond the mentions: the Russian dictionaries (document parties are compared by lemma). */
export function prepareResolver(): Promise<void> {
  return loadMorphology();
}

/** `authorities`: the researcher's records, which the mentions they name resolve to (`authorities.ts`). */
export function resolve(sources: readonly AnnotatedSource[], authorities: readonly AuthorityRecord[] = []): Resolution {
  const ordered = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const refs: Record<EntityType, NameRef[]> = { person: [], place: [], org: [] };
  for (const source of ordered) {
    const paragraphOf = paragraphFinder(source.passages);
    source.mentions.forEach((mention, index) => {
      if (!isNameMention(mention)) return;
      const paragraph = paragraphOf(mention.start);
      refs[mention.kind].push({ source: source.id, index, mention, paragraph, lang: source.passages[paragraph]?.lang ?? 'und' });
    });
  }
  const texts = new Map(ordered.map((source) => [source.id, source.text]));
  const groups = applyAuthorities(
    [
      ...resolvePlaces(refs.place),
      ...resolveNames(refs.person, personScheme, parsePersonName, texts, personEntity),
      ...resolveNames(refs.org, orgScheme, parseOrgName, texts, orgEntity, sameCurated),
    ],
    authorities,
  );

  const entities: Entity[] = [];
  const links = new Map<string, string>();
  const used = new Set<string>();
  for (const { entity, refs: members } of groups) {
    // Two groups left apart under one key (an ambiguous short name in two places) keep apart ids.
    if (used.has(entity.id)) entity.id = entityId(entity.type, `${entity.id}\u0000${earliestMention(members)}`);
    used.add(entity.id);
    entities.push(entity);
    for (const ref of members) links.set(`${ref.source}:${ref.index}`, entity.id);
  }
  entities.sort(byTypeAndLabel);
  const documents = resolveDocuments(ordered, links, entities);
  return { entities, links, documents, works: resolveWorks(ordered), claims: resolveClaims(ordered, links, entities, documents) };
}

export function isNameMention(mention: AnnotatedSource['mentions'][number]): mention is NameMention {
  return mention.kind === 'person' || mention.kind === 'place' || mention.kind === 'org';
}

/** Paragraph index of an offset; offsets must come in increasing order. */
function paragraphFinder(passages: readonly Passage[]): (offset: number) => number {
  let current = 0;
  return (offset) => {
    while (current + 1 < passages.length && passages[current + 1]!.start <= offset) current += 1;
    return current;
  };
}

function earliestMention(refs: readonly NameRef[]): string {
  return refs.map((ref) => `${ref.source}:${String(ref.mention.start).padStart(10, '0')}`).sort()[0] ?? '';
}

type EntityMaker<N> = (clusters: ReadonlyArray<LocalCluster<N>>, refs: NameRef[]) => ResolvedGroup;

/**
 * Mentions of one type → entities. `knownAlike` gives pairs of clusters known to be one
 * thing from outside the texts (a curated list).
 */
function resolveNames<N>(
  refs: readonly NameRef[],
  scheme: NameScheme<N>,
  parse: (lemma: string) => N,
  texts: ReadonlyMap<string, string>,
  makeEntity: EntityMaker<N>,
  knownAlike: (clusters: readonly LocalCluster<N>[]) => Array<[number, number]> = () => [],
): ResolvedGroup[] {
  const clusters: LocalCluster<N>[] = [];
  for (const [source, inSource] of bySource(refs)) {
    const occurrences = inSource.map((i) => ({ mention: i, paragraph: refs[i]!.paragraph, name: parse(lemmaOf(refs[i]!.mention)) }));
    clusters.push(...clusterWithinText(source, occurrences, scheme));
  }
  const clusterOf = new Map<number, number>();
  clusters.forEach((cluster, c) => cluster.mentions.forEach((m) => clusterOf.set(m, c)));
  const joined = glosses(refs, texts).map(([a, b]): [number, number] => [clusterOf.get(a)!, clusterOf.get(b)!]);
  joined.push(...knownAlike(clusters));
  return linkAcrossTexts(clusters, scheme, joined).map((group) => {
    const members = group.map((c) => clusters[c]!);
    return makeEntity(members, members.flatMap((cluster) => cluster.mentions.map((m) => refs[m]!)));
  });
}

function bySource(refs: readonly NameRef[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  refs.forEach((ref, i) => {
    const list = map.get(ref.source);
    if (list) list.push(i);
    else map.set(ref.source, [i]);
  });
  return map;
}

function sameCurated(clusters: readonly LocalCluster<OrgName>[]): Array<[number, number]> {
  const first = new Map<string, number>();
  const pairs: Array<[number, number]> = [];
  clusters.forEach((cluster, c) => {
    const curated = curatedOrganisation(cluster.full);
    if (!curated) return;
    const earlier = first.get(curated.label);
    if (earlier === undefined) first.set(curated.label, c);
    else pairs.push([earlier, c]);
  });
  return pairs;
}

/** The name that makes an entity's key: the fullest; between equals, the smallest key, so that the choice does not depend on order. */
function canonicalName<N>(clusters: ReadonlyArray<LocalCluster<N>>, scheme: NameScheme<N>): N {
  return clusters.reduce((best, cluster) => {
    const difference = scheme.specificity(cluster.full) - scheme.specificity(best.full);
    return difference > 0 || (difference === 0 && scheme.key(cluster.full) < scheme.key(best.full)) ? cluster : best;
  }).full;
}

const personEntity: EntityMaker<PersonName> = (clusters, refs) => {
  const key = personScheme.key(canonicalName(clusters, personScheme));
  const written = (lemma: string) => parsePersonName(lemma).written;
  const label = fullestLemma(refs, written);
  return { refs, entity: buildEntity('person', entityId('person', key), label, refs, hasCyrillic(label) ? { latin: latinName(label, refs, written) } : {}) };
};

/** A Cyrillic label in Latin letters: as full a name as the Latin-script mentions give, else transliterated. */
function latinName(label: string, refs: readonly NameRef[], fullness: (lemma: string) => number): string {
  const latin = refs.filter((ref) => !hasCyrillic(lemmaOf(ref.mention)));
  const fullest = latin.length > 0 ? fullestLemma(latin, fullness) : undefined;
  return fullest !== undefined && fullness(fullest) >= fullness(label) ? fullest : romanize(label);
}

const orgEntity: EntityMaker<OrgName> = (clusters, refs) => {
  const counts = new Map<string, number>();
  for (const cluster of clusters) {
    const curated = curatedOrganisation(cluster.full);
    if (curated) counts.set(curated.label, (counts.get(curated.label) ?? 0) + cluster.mentions.length);
  }
  const curated = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const key = curated ? `curated:${curated}` : orgScheme.key(canonicalName(clusters, orgScheme));
  const label = curated ?? fullestLemma(refs, (lemma) => parseOrgName(lemma).tokens.length);
  return { refs, entity: buildEntity('org', entityId('org', key), label, refs) };
};
