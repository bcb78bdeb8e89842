/**
 * Russian number words by dictionary form (az gives the lemma of every case: `двух`,
 * `двумя` → `два`; `пятью` → `пять`), multipliers, and the words that make a figure approximate.
 */

/** Cardinal and collective numerals, and `один` (an adjective in the dictionary). */
export const countWords: ReadonlyMap<string, number> = new Map([
  ['ноль', 0], ['нуль', 0], ['один', 1], ['полтора', 1.5], ['два', 2], ['три', 3], ['четыре', 4], ['пять', 5],
  ['шесть', 6], ['семь', 7], ['восемь', 8], ['девять', 9], ['десять', 10], ['одиннадцать', 11],
  ['двенадцать', 12], ['тринадцать', 13], ['четырнадцать', 14], ['пятнадцать', 15], ['шестнадцать', 16],
  ['семнадцать', 17], ['восемнадцать', 18], ['девятнадцать', 19], ['двадцать', 20], ['тридцать', 30],
  ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80],
  ['девяносто', 90], ['сто', 100], ['полтораста', 150], ['двести', 200], ['триста', 300], ['четыреста', 400],
  ['пятьсот', 500], ['шестьсот', 600], ['семьсот', 700], ['восемьсот', 800], ['девятьсот', 900],
  ['двое', 2], ['трое', 3], ['четверо', 4], ['пятеро', 5], ['шестеро', 6], ['семеро', 7],
]);

/** Nouns that multiply the count before them, by lemma; `сотни`, `тысячи` alone are vague. */
export const scaleNouns: ReadonlyMap<string, number> = new Map([
  ['десяток', 10], ['десятка', 10], ['сотня', 100], ['тысяча', 1e3], ['миллион', 1e6], ['миллиард', 1e9],
  ['триллион', 1e12],
]);

/** Abbreviated multipliers, written with or without a period. */
export const scaleAbbreviations: ReadonlyMap<string, number> = new Map([
  ['тыс', 1e3], ['млн', 1e6], ['млрд', 1e9], ['трлн', 1e12],
]);

/** Right before a number, these make it approximate (`около 2 тыс.`, `до 5 тыс.` as in "up to"). */
export const approximations: readonly string[] = [
  'около', 'ок.', 'примерно', 'приблизительно', 'порядка', 'почти', 'более', 'более чем', 'свыше', 'больше',
  'менее', 'меньше', 'не менее', 'не более', 'не меньше', 'не больше', 'до', 'несколько', 'чуть более',
  'чуть менее', 'без малого',
];

/** Nouns whose number follows them (`статья 5`, `протокол 15`, `том 4`): that number is a label, not a count. */
export const numberedNouns: ReadonlySet<string> = new Set([
  'статья', 'глава', 'пункт', 'параграф', 'раздел', 'том', 'страница', 'лист', 'выпуск', 'номер', 'протокол',
  'приложение', 'таблица', 'рисунок', 'примечание', 'сноска',
]);
