/**
 * Entities from groups of mentions: a stable id from what the entity is (a gazetteer id,
 * the folded fullest name), a label, aliases by language with counts, and the titles the
 * mentions carry.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityAlias, EntityType, Lang, NameMention } from '../model.js';
import { hasCyrillic } from '../lang/ru/transliteration.js';

/** A name mention with where it stands. */
export interface NameRef {
  source: string;
  /** Index into the source's `mentions`. */
  index: number;
  mention: NameMention;
  /** Index of its paragraph in the source. */
  paragraph: number;
  lang: Lang;
}

/** An entity and the mentions that name it. */
export interface ResolvedGroup {
  entity: Entity;
  refs: NameRef[];
}

/** The entity's id, derived from its type and canonical key, never from the order things were read in. */
export function entityId(type: EntityType, key: string): string {
  return `${type[0]}-${createHash('sha256').update(`${type}\u0000${key}`).digest('hex').slice(0, 12)}`;
}

/** The order entities are listed in: by type, then label, then id. */
export function byTypeAndLabel(a: Entity, b: Entity): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
}

export function lemmaOf(mention: NameMention): string {
  return mention.value.lemma?.trim() || mention.text;
}

/**
 * The fullest name the mentions give, in the script most of them are written in (a Russian
 * corpus gets `Мустафа Кемаль Ататюрк`, an English one `Mustafa Kemal Atatürk`); between
 * names as full, the most frequent, then the first in alphabetical order.
 */
export function fullestLemma(refs: readonly NameRef[], fullness: (lemma: string) => number): string {
  const cyrillic = refs.filter((ref) => hasCyrillic(lemmaOf(ref.mention))).length;
  const majority = refs.filter((ref) => hasCyrillic(lemmaOf(ref.mention)) === cyrillic * 2 >= refs.length);
  const counts = new Map<string, number>();
  for (const ref of majority.length > 0 ? majority : refs) {
    const lemma = lemmaOf(ref.mention);
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  }
  return [...counts]
    .map(([lemma, count]) => ({ lemma, count, fullness: fullness(lemma) }))
    .sort((a, b) => b.fullness - a.fullness || b.count - a.count || (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0))[0]!.lemma;
}

export function buildEntity(
  type: EntityType,
  id: string,
  label: string,
  refs: readonly NameRef[],
  attributes: Entity['attributes'] = {},
): Entity {
  const aliases = new Map<string, EntityAlias>();
  const titles = new Map<string, number>();
  for (const { mention, lang } of refs) {
    const key = `${lang}\u0000${mention.text}`;
    const alias = aliases.get(key);
    if (alias) alias.count += 1;
    else aliases.set(key, { text: mention.text, lang, count: 1 });
    for (const title of mention.value.titles ?? []) titles.set(title, (titles.get(title) ?? 0) + 1);
  }
  const byCount = <T extends { count: number }>(a: T, b: T, nameA: string, nameB: string) =>
    b.count - a.count || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
  const sortedTitles = [...titles]
    .map(([title, count]) => ({ title, count }))
    .sort((a, b) => byCount(a, b, a.title, b.title))
    .map(({ title }) => title);
  return {
    id,
    type,
    label,
    aliases: [...aliases.values()].sort((a, b) => byCount(a, b, a.text, b.text)),
    attributes: { ...(sortedTitles.length > 0 ? { titles: sortedTitles } : {}), ...attributes },
  };
}
