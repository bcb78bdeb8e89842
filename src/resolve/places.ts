/**
 * Place mentions → place entities through the gazetteer. Names the curated list or the
 * countries know are settled first; the countries they lie in then tell which of several
 * towns of one name the corpus means. A name no gazetteer knows is an entity of its own,
 * one per spelling-blind key.
 */
import { buildEntity, entityId, fullestLemma, lemmaOf, type NameRef, type ResolvedGroup } from './entities.js';
import { findKnownPlace, findPlace, placeQueries, placeStemKey, type Place } from './gazetteer.js';

export function resolvePlaces(refs: readonly NameRef[]): ResolvedGroup[] {
  const placeOf = new Map<string, Place | undefined>();
  for (const ref of refs) {
    const lemma = lemmaOf(ref.mention);
    if (!placeOf.has(lemma)) placeOf.set(lemma, placeQueries(lemma).map(findKnownPlace).find(Boolean));
  }
  // The corpus's region: countries with a fair share of the places it names for sure.
  const byCountry = new Map<string, number>();
  for (const ref of refs) {
    const country = placeOf.get(lemmaOf(ref.mention))?.country;
    if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
  }
  const most = Math.max(0, ...byCountry.values());
  const context = new Set([...byCountry].filter(([, count]) => count >= Math.max(2, most * 0.05)).map(([country]) => country));
  for (const [lemma, place] of placeOf) if (!place) placeOf.set(lemma, findPlace(lemma, context));

  const groups = new Map<string, { place?: Place; refs: NameRef[] }>();
  for (const ref of refs) {
    const lemma = lemmaOf(ref.mention);
    const place = placeOf.get(lemma);
    const key = place ? place.id : `unknown:${placeStemKey(lemma)}`;
    const group = groups.get(key) ?? { place, refs: [] };
    group.refs.push(ref);
    groups.set(key, group);
  }
  return [...groups].map(([key, { place, refs: members }]) => ({
    refs: members,
    entity: buildEntity(
      'place',
      entityId('place', key),
      place?.label ?? fullestLemma(members, (lemma) => lemma.length),
      members,
      place ? { coordinates: { lat: place.lat, lon: place.lon }, gazetteer: place.id, placeKind: place.kind, ...(place.country ? { country: place.country } : {}) } : {},
    ),
  }));
}
