/**
 * The places the sources mention, as a GeoJSON FeatureCollection (RFC 7946): one Point per place
 * with coordinates, how often it is mentioned, and the first and last dates the passages naming
 * it give, also as a Linked Places `when` so that gazetteers and map viewers read the period.
 */
import type { Entity } from '../model.js';
import type { MonthPeriod, PlacePoint, Store } from '../store/store.js';
import { edtfBounds } from '../util/edtf-bounds.js';
import { EVERY } from './index.js';
import { authorityUris } from './sources.js';

export interface GeoJsonResult {
  text: string;
  places: number;
  /** Places mentioned in the period that have no coordinates, so are not in the file. */
  unlocated: number;
}

export async function exportPlaces(store: Store, period: MonthPeriod): Promise<GeoJsonResult> {
  const map = await store.placeMap({ ...period, limit: EVERY });
  const entities = new Map((await store.getEntities(map.places.map((place) => place.id))).map((entity) => [entity.id, entity]));
  const features = [];
  for (const place of map.places) {
    const details = await store.getEntity(place.id, { limit: 0 });
    features.push(placeFeature(place, entities.get(place.id), details?.firstDate, details?.lastDate));
  }
  const collection = { type: 'FeatureCollection', features };
  return { text: `${JSON.stringify(collection, null, 2)}\n`, places: features.length, unlocated: map.unlocated };
}

function placeFeature(place: PlacePoint, entity: Entity | undefined, firstDate: string | undefined, lastDate: string | undefined) {
  const first = firstDate ? edtfBounds(firstDate) : undefined;
  const last = lastDate ? edtfBounds(lastDate) : undefined;
  return {
    type: 'Feature',
    id: place.id,
    // GeoJSON orders a position longitude first.
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id: place.id,
      name: place.label,
      mentions: place.mentions,
      ...(entity && entity.aliases.length > 0 ? { names: [...new Set(entity.aliases.map((alias) => alias.text))] } : {}),
      ...(firstDate ? { first_date: firstDate } : {}),
      ...(lastDate ? { last_date: lastDate } : {}),
      ...(authorityUris(entity).length > 0 ? { links: authorityUris(entity) } : {}),
    },
    ...(first && last ? { when: { timespans: [{ start: { earliest: first.min }, end: { latest: last.max } }] } } : {}),
  };
}
