/**
 * English counted nouns (singular, lower case) and their kinds, irregular plurals, and
 * the nouns a number goes with that are not counts of things: dates and durations.
 */
import type { UnitSense } from '../../annotate/quantities/language.js';

const soldier: UnitSense = { unit: 'soldier' };
const person: UnitSense = { unit: 'person' };
const cannon: UnitSense = { unit: 'cannon' };
const aircraft: UnitSense = { unit: 'aircraft' };
const ruble: UnitSense = { unit: 'ruble', modified: { gold: 'gold ruble', tsarist: 'tsarist ruble', czarist: 'tsarist ruble', paper: 'paper ruble' }, currency: true, goldUnit: 'gold ruble' };
// Arms deliveries count rounds of small-arms ammunition (патроны) as `bullets` or `rounds`.
const cartridge: UnitSense = { unit: 'cartridge' };
const factory: UnitSense = { unit: 'factory', modified: { powder: 'powder factory', gunpowder: 'powder factory', arms: 'arms factory' } };
const lira: UnitSense = { unit: 'lira', modified: { turkish: 'Turkish lira' }, currency: true };
const train: UnitSense = { unit: 'train', modified: { armored: 'armored train', armoured: 'armored train' } };

export const units: ReadonlyMap<string, UnitSense> = new Map([
  ['rifle', { unit: 'rifle' }],
  ['carbine', { unit: 'carbine' }],
  // An artillery piece, unless a machine gun: `54 big guns`, `327 heavy machine guns`.
  ['gun', { unit: 'cannon', modified: { machine: 'machine gun' } }],
  ['cannon', cannon],
  ['howitzer', { unit: 'howitzer' }],
  ['mortar', { unit: 'mortar' }],
  ['shell', { unit: 'shell' }],
  ['cartridge', cartridge],
  ['bullet', cartridge],
  ['round', cartridge],
  ['bomb', { unit: 'bomb' }],
  ['grenade', { unit: 'grenade' }],
  ['saber', { unit: 'saber' }],
  ['sabre', { unit: 'saber' }],
  ['bayonet', { unit: 'bayonet' }],
  ['destroyer', { unit: 'destroyer' }],
  ['cruiser', { unit: 'cruiser' }],
  ['battleship', { unit: 'battleship' }],
  ['ship', { unit: 'ship' }],
  ['steamer', { unit: 'steamer' }],
  ['submarine', { unit: 'submarine' }],
  ['aircraft', aircraft],
  ['airplane', aircraft],
  ['aeroplane', aircraft],
  ['plane', aircraft],
  ['train', train],
  ['car', { unit: 'car', modified: { armored: 'armored car', armoured: 'armored car' } }],
  ['locomotive', { unit: 'locomotive' }],
  ['horse', { unit: 'horse' }],
  ['factory', factory],
  ['plant', factory],
  ['ruble', ruble],
  ['rouble', ruble],
  ['lira', lira],
  ['pound', {
    unit: 'pound',
    modified: { british: 'pound sterling', english: 'pound sterling', turkish: 'Turkish lira' },
    completed: { sterling: 'pound sterling' },
    currency: true,
  }],
  ['dollar', { unit: 'dollar', currency: true }],
  ['franc', { unit: 'franc', currency: true }],
  ['kopeck', { unit: 'kopeck', currency: true }],
  ['piastre', { unit: 'piastre', currency: true }],
  ['person', person],
  ['man', person],
  ['soldier', soldier],
  ['troop', soldier],
  ['officer', { unit: 'officer' }],
  ['division', { unit: 'division' }],
  ['regiment', { unit: 'regiment' }],
  ['battalion', { unit: 'battalion' }],
  ['brigade', { unit: 'brigade' }],
  ['squadron', { unit: 'squadron' }],
  ['army', { unit: 'army' }],
  ['percent', { unit: 'percent' }],
  ['cent', { unit: 'cent', modified: { per: 'percent' } }],
  ['kilometer', { unit: 'kilometer' }],
  ['kilometre', { unit: 'kilometer' }],
  ['km', { unit: 'kilometer' }],
  ['mile', { unit: 'mile' }],
  ['verst', { unit: 'verst' }],
  ['meter', { unit: 'meter' }],
  ['metre', { unit: 'meter' }],
  ['pood', { unit: 'pood' }],
  ['ton', { unit: 'ton' }],
  ['tonne', { unit: 'tonne' }],
  ['kilogram', { unit: 'kilogram' }],
  ['kg', { unit: 'kilogram' }],
  ['piece', { unit: 'piece' }],
]);

/** Plurals no suffix rule undoes. */
export const irregularPlurals: ReadonlyMap<string, string> = new Map([
  ['men', 'man'], ['women', 'woman'], ['people', 'person'], ['children', 'child'], ['lire', 'lira'], ['feet', 'foot'],
]);

/** After a number these are ages and durations (`25 years`, `two times`), not quantities. */
export const uncountedNouns: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'century', 'decade', 'time',
]);

/** After a number these make a date (`7 November`); capitalized, so that `may` stays a verb. */
export const calendarNames: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Words between a number and its noun, or after the noun, that end the noun phrase. */
export const phraseBreakers: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'upon', 'via',
  'and', 'or', 'nor', 'but', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'what', 'this', 'these',
  'those', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'his', 'her', 'hers', 'their', 'our', 'ours',
  'your', 'yours', 'us', 'them', 'him', 'me', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has',
  'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'shall', 'can', 'did', 'do', 'does',
  'not', 'no', 'more', 'less', 'most', 'least', 'after', 'before', 'during', 'since', 'until', 'while', 'when',
  'where', 'also', 'only', 'each', 'every', 'all', 'some', 'any', 'other', 'such', 'so', 'yet', 'there', 'here',
  'then', 'about', 'over', 'under', 'up', 'down', 'out', 'off', 'against', 'between', 'among', 'within',
  'without', 'towards', 'afterwards', 'besides', 'whereas', 'always', 'perhaps', 'sometimes', 'thus',
]);

/** Words after a sum of money that say it was paid in gold (`rubles in gold`). */
export const inGold: readonly string[] = ['in gold'];
