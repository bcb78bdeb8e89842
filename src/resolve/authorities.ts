/**
 * The researcher's authority file applied to resolution: a group of mentions that an authority
 * record names becomes that record's entity, labelled with its name and carrying its Wikidata id
 * and coordinates; every group the same record names joins it, so that `Чичерин` and
 * `Tchitcherine` are one person when the record lists both. Groups are matched whole, after
 * coreference: a short form that joined a full name in its text follows it.
 *
 * A mention is a record's when its lemma (or its words as written) is one of the record's forms,
 * case and diacritics aside; else, for persons and organisations, when it is one of them up to
 * spelling (`Chicherin` for `Чичерин`), or a shorter way of writing one (`Г. Чичерин` for
 * `Georgy Chicherin`) that fits no other record; for places, when its stem is a form's.
 */
import type { AuthorityRecord, Entity, EntityType } from '../model.js';
import { foldName } from '../search/analyzer.js';
import type { NameScheme } from './coreference.js';
import { buildEntity, entityId, lemmaOf, type ResolvedGroup } from './entities.js';
import { placeStemKey } from './gazetteer.js';
import { orgScheme, parseOrgName } from './org-names.js';
import { parsePersonName, personScheme } from './person-names.js';

/** What tells two records apart: type and name, case, diacritics and spacing aside. */
export function authorityKey(record: Pick<AuthorityRecord, 'type' | 'name'>): string {
  return formKey(record.type, record.name);
}

/** The type's word never holds a colon, so the first one ends it; a store's text cannot hold NUL. */
function formKey(type: EntityType, form: string): string {
  return `${type}:${foldName(form)}`;
}

/** The id of a record's entity: from the record, so that it holds whichever mentions the corpus has. */
export function authorityEntityId(record: Pick<AuthorityRecord, 'type' | 'name'>): string {
  return entityId(record.type, `authority:${foldName(record.name)}`);
}

/** Each form (name or alias) of the records, by type; a form two records share names neither. */
function recordsByForm(records: readonly AuthorityRecord[], key: (type: EntityType, form: string) => string): Map<string, AuthorityRecord> {
  const byForm = new Map<string, AuthorityRecord | null>();
  for (const record of records) {
    for (const form of new Set([record.name, ...record.aliases].map((text) => key(record.type, text)))) {
      byForm.set(form, byForm.has(form) && byForm.get(form) !== record ? null : record);
    }
  }
  return new Map([...byForm].filter((entry): entry is [string, AuthorityRecord] => entry[1] !== null));
}

/** The one record a name is (up to spelling), else the one record it is a shorter form of. */
function schemeMatcher<N>(records: readonly AuthorityRecord[], scheme: NameScheme<N>, parse: (lemma: string) => N): (lemma: string) => AuthorityRecord | undefined {
  const forms = records.flatMap((record) => [record.name, ...record.aliases].map((form) => ({ record, name: parse(form) })));
  const only = (found: readonly AuthorityRecord[]) => (new Set(found).size === 1 ? found[0] : undefined);
  return (lemma) => {
    const name = parse(lemma);
    if (scheme.wordCount(name) === 0) return undefined;
    const same = forms.filter((form) => scheme.same(form.name, name)).map((form) => form.record);
    if (same.length > 0) return only(same);
    return only(forms.filter((form) => scheme.covers(form.name, name)).map((form) => form.record));
  };
}

type Matcher = (lemma: string, type: EntityType) => AuthorityRecord | undefined;

/** Finds the record of a name: by form first, then as its type compares names; each lemma is looked up once. */
function matcher(records: readonly AuthorityRecord[]): Matcher {
  const byForm = recordsByForm(records, formKey);
  const byStem = recordsByForm(records.filter((record) => record.type === 'place'), (_type, form) => placeStemKey(form));
  const ofType = (type: EntityType) => records.filter((record) => record.type === type);
  const byScheme: Partial<Record<EntityType, (lemma: string) => AuthorityRecord | undefined>> = {
    person: schemeMatcher(ofType('person'), personScheme, parsePersonName),
    org: schemeMatcher(ofType('org'), orgScheme, parseOrgName),
    place: (lemma) => byStem.get(placeStemKey(lemma)),
  };
  const known = new Map<string, AuthorityRecord | undefined>();
  return (lemma, type) => {
    const key = formKey(type, lemma);
    if (!known.has(key)) known.set(key, byForm.get(key) ?? byScheme[type]?.(lemma));
    return known.get(key);
  };
}

/** The record most of a group's mentions are (by lemma, else as written), if any. */
function recordOf(group: ResolvedGroup, match: Matcher, order: ReadonlyMap<AuthorityRecord, number>): AuthorityRecord | undefined {
  const votes = new Map<AuthorityRecord, number>();
  for (const { mention } of group.refs) {
    const record = match(lemmaOf(mention), group.entity.type) ?? match(mention.text, group.entity.type);
    if (record) votes.set(record, (votes.get(record) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)[0]?.[0];
}

export function applyAuthorities(groups: readonly ResolvedGroup[], records: readonly AuthorityRecord[]): ResolvedGroup[] {
  if (records.length === 0) return [...groups];
  const match = matcher(records);
  const order = new Map(records.map((record, k) => [record, k]));
  const claimed = new Map<AuthorityRecord, ResolvedGroup[]>();
  const unclaimed: ResolvedGroup[] = [];
  for (const group of groups) {
    const record = recordOf(group, match, order);
    if (record) claimed.set(record, [...(claimed.get(record) ?? []), group]);
    else unclaimed.push(group);
  }
  const joined = [...claimed].map(([record, members]): ResolvedGroup => {
    const refs = members.flatMap((group) => group.refs);
    return { refs, entity: buildEntity(record.type, authorityEntityId(record), record.name, refs, { ...inherited(members), ...recordAttributes(record) }) };
  });
  return [...unclaimed, ...joined];
}

/**
 * What resolution knew of the largest group (a place's gazetteer entry and coordinates), which
 * the record's own fields override. Titles are counted again from the mentions; a Latin form of
 * the old label no longer fits the record's name.
 */
function inherited(members: readonly ResolvedGroup[]): Entity['attributes'] {
  const largest = [...members].sort((a, b) => b.refs.length - a.refs.length)[0]!;
  const { titles: _titles, latin: _latin, ...rest } = largest.entity.attributes;
  return rest;
}

function recordAttributes(record: AuthorityRecord): Entity['attributes'] {
  return {
    authority: record.name,
    ...(record.wikidata ? { wikidata: record.wikidata } : {}),
    ...(record.coordinates ? { coordinates: record.coordinates } : {}),
    ...(record.note ? { note: record.note } : {}),
  };
}
