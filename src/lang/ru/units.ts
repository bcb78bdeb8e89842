/**
 * Russian counted nouns (lemmas as az gives them, `ё` written `е`) and their English kinds,
 * and the nouns a number goes with that are not counts of things: dates and durations.
 */
import type { UnitSense } from '../../annotate/quantities/language.js';

const ruble: UnitSense = {
  unit: 'ruble',
  modified: { 'золотой': 'gold ruble', 'царский': 'tsarist ruble', 'бумажный': 'paper ruble' },
  currency: true,
  goldUnit: 'gold ruble',
};
const factory: UnitSense = { unit: 'factory', modified: { 'пороховой': 'powder factory', 'оружейный': 'arms factory', 'патронный': 'cartridge factory' } };
const soldier: UnitSense = { unit: 'soldier' };
const cannon: UnitSense = { unit: 'cannon' };
const destroyer: UnitSense = { unit: 'destroyer' };
const ship: UnitSense = { unit: 'ship' };
const aircraft: UnitSense = { unit: 'aircraft' };
const horse: UnitSense = { unit: 'horse' };

export const units: ReadonlyMap<string, UnitSense> = new Map([
  ['винтовка', { unit: 'rifle' }],
  ['ружье', { unit: 'rifle' }],
  ['карабин', { unit: 'carbine' }],
  ['пулемет', { unit: 'machine gun' }],
  ['снаряд', { unit: 'shell' }],
  ['патрон', { unit: 'cartridge' }],
  // In arms deliveries `пули` are rounds of ammunition, as `патроны`.
  ['пуля', { unit: 'cartridge' }],
  ['орудие', cannon],
  ['пушка', cannon],
  ['гаубица', { unit: 'howitzer' }],
  ['миномет', { unit: 'mortar' }],
  ['бомба', { unit: 'bomb' }],
  ['граната', { unit: 'grenade' }],
  ['шашка', { unit: 'saber' }],
  ['сабля', { unit: 'saber' }],
  ['штык', { unit: 'bayonet' }],
  ['миноносец', destroyer],
  ['эсминец', destroyer],
  ['крейсер', { unit: 'cruiser' }],
  ['линкор', { unit: 'battleship' }],
  ['корабль', ship],
  ['судно', ship],
  ['пароход', { unit: 'steamer' }],
  ['лодка', { unit: 'boat', modified: { 'подводный': 'submarine' } }],
  ['самолет', aircraft],
  ['аэроплан', aircraft],
  ['бронепоезд', { unit: 'armored train' }],
  ['броневик', { unit: 'armored car' }],
  ['бронеавтомобиль', { unit: 'armored car' }],
  ['автомобиль', { unit: 'motor vehicle' }],
  ['паровоз', { unit: 'locomotive' }],
  ['вагон', { unit: 'railway car' }],
  ['фабрика', factory],
  ['завод', factory],
  ['лошадь', horse],
  ['конь', horse],
  ['рубль', ruble],
  ['червонец', { unit: 'chervonets', currency: true }],
  ['копейка', { unit: 'kopeck', currency: true }],
  ['лира', { unit: 'lira', modified: { 'турецкий': 'Turkish lira' }, currency: true }],
  ['фунт', {
    unit: 'pound',
    modified: { 'английский': 'pound sterling', 'турецкий': 'Turkish lira' },
    completed: { 'стерлингов': 'pound sterling', 'стерлинга': 'pound sterling' },
    currency: true,
  }],
  ['доллар', { unit: 'dollar', currency: true }],
  ['франк', { unit: 'franc', currency: true }],
  ['марка', { unit: 'mark', modified: { 'германский': 'German mark', 'немецкий': 'German mark' }, currency: true }],
  ['человек', { unit: 'person' }],
  ['солдат', soldier],
  ['боец', soldier],
  ['красноармеец', soldier],
  ['аскер', soldier],
  ['офицер', { unit: 'officer' }],
  ['дивизия', { unit: 'division' }],
  ['полк', { unit: 'regiment' }],
  ['батальон', { unit: 'battalion' }],
  ['бригада', { unit: 'brigade' }],
  ['эскадрон', { unit: 'squadron' }],
  ['армия', { unit: 'army' }],
  ['процент', { unit: 'percent' }],
  ['километр', { unit: 'kilometer' }],
  ['верста', { unit: 'verst' }],
  ['метр', { unit: 'meter' }],
  ['пуд', { unit: 'pood' }],
  ['тонна', { unit: 'tonne' }],
  ['килограмм', { unit: 'kilogram' }],
  ['штука', { unit: 'piece' }],
]);

/**
 * After a number these are dates, ages and durations (`16 марта`, `три года`, `5 дней`, `1921 г.`,
 * `в 2 раза`), not quantities. The dictionary files `месяцев` under `мес`.
 */
export const uncountedNouns: ReadonlySet<string> = new Set([
  'год', 'век', 'столетие', 'десятилетие', 'полугодие', 'квартал', 'месяц', 'мес', 'неделя',
  'день', 'сутки', 'час', 'минута', 'секунда', 'число', 'раз', 'январь', 'февраль', 'март', 'апрель', 'май',
  'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'понедельник', 'вторник', 'среда',
  'четверг', 'пятница', 'суббота', 'воскресенье',
]);

/** Words after a sum of money that say it was paid in gold (`рублей золотом`). */
export const inGold: readonly string[] = ['золотом'];

/** Nouns the dictionary files under an old singular, named by their plural: `деньгами` → `деньги`, not `деньга`. */
export const pluralNames: ReadonlyMap<string, string> = new Map([['деньга', 'деньги']]);
