import type { DateVocabulary } from '../dates.js';

/**
 * Turkish: modern (Gregorian) month names, the Rumi months that only the Ottoman fiscal
 * calendar names, and the Hijri months, in the spellings of Ottoman and Republican print.
 * Turkish puts seasons and parts after the year (`1921 yazında`).
 */
export const dateVocabulary: DateVocabulary = {
  months: [
    ['Ocak'], ['Şubat'], ['Mart'], ['Nisan'], ['Mayıs'], ['Haziran'],
    ['Temmuz'], ['Ağustos'], ['Eylül'], ['Ekim'], ['Kasım'], ['Aralık'],
  ],
  capitalizedMonths: true,
  rumiNames: true,
  rumiMonths: [
    [10, ['Teşrinievvel', 'Tişrinievvel']],
    [11, ['Teşrinisani', 'Tişrinisani']],
    [12, ['Kânunuevvel']],
    [1, ['Kânunusani']],
  ],
  hijriMonths: [
    ['Muharrem'], ['Safer'], ['Rebiülevvel', 'Rebiyülevvel'], ['Rebiülahir', 'Rebiyülahir', 'Rebiülâhir'],
    ['Cemaziyelevvel', 'Cemaziyülevvel'], ['Cemaziyelahir', 'Cemaziyülahir'], ['Recep', 'Receb'], ['Şaban'],
    ['Ramazan'], ['Şevval'], ['Zilkade', 'Zilkâde'], ['Zilhicce'],
  ],
  seasons: { spring: ['ilkbahar'], summer: [], autumn: ['sonbahar'], winter: [] },
  seasonAdverbs: [],
  seasonsAfterYear: {
    spring: ['ilkbaharında', 'ilkbaharı', 'baharında'],
    summer: ['yazında', 'yazı'],
    autumn: ['sonbaharında', 'sonbaharı', 'güzünde'],
    winter: ['kışında', 'kışı'],
  },
  monthsNouns: [],
  monthNouns: [],
  yearWords: ['yılı', 'yılında', 'yılının', 'senesi', 'senesinde'],
  yearsWords: ['yılları', 'yıllarında', 'yıllarının'],
  centuryWords: ['yüzyıl', 'yüzyılda', 'yüzyılın', 'yüzyılı', 'yy.'],
  ordinalEndings: [],
  decadeEndings: ['ler', 'lerde', 'lerin', 'li', 'lı', 'lardan', 'lerden'],
  temporalPrepositions: [],
  rangeOpeners: [],
  rangeClosers: [],
  betweenWords: [],
  andWords: ['ve'],
  nightPhrases: [],
  parts: { early: [], middle: [], late: [], firstHalf: [], secondHalf: [] },
  yearReferences: [],
  followingPhrases: [],
  samePhrases: [],
  relative: [],
  units: [],
  calendarsAfter: [['R.', 'rumi'], ['Rumi', 'rumi'], ['H.', 'hijri'], ['Hicri', 'hijri'], ['Miladi', 'gregorian']],
  calendarsBefore: [['H.', 'hijri'], ['Hicri', 'hijri'], ['R.', 'rumi'], ['Rumi', 'rumi']],
};
