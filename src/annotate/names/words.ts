/**
 * What dictionaries and gazetteers say about one capitalized word, whatever its script: how
 * likely it names a person, a place or an organisation, and whether it is an ordinary word
 * of the language (capitalized only by its position, or as part of a longer name).
 * Cyrillic words are asked of az (OpenCorpora grammemes `Name`, `Surn`, `Patr`, `Geox`, `Orgn`,
 * and its prediction from the ending for words it lacks); Latin words of the English
 * dictionary, and of az through their Russian spelling (`Mustafa` → `Мустафа`, a given name).
 */
import { analyses, type Analysis } from '../../lang/ru/morphology.js';
import type { Lexicon } from '../../lang/lexicon.js';
import { memoize } from '../../util/memoize.js';
import * as english from '../../lang/en/names.js';
import * as russian from '../../lang/ru/names.js';
import { isDemonym, knownPlaceForm, PLACE_CERTAIN, PLACE_LIKELY, placeStrength } from './gazetteer.js';
import { cyrillicSpellings } from './script-bridge.js';

export interface WordFacts {
  /** Evidence, 0 for none, 1 weak (a prediction, a town), 2 strong (a dictionary name, a country). */
  person: number;
  place: number;
  org: number;
  /** A given name (az `Name`): a name of a person even before an unknown word (`Риза Ахундов`). */
  given: boolean;
  /** An ordinary word of the language, not a name: capitalized only by position or inside a longer name. */
  common: boolean;
  /** The dictionary's likeliest reading is the ordinary word (`Турки` the people before the town). */
  commonFirst: boolean;
  /** An adjective (`Советская`, `Красной`): a name only with the noun it goes with. */
  adjective: boolean;
  /** Never a name: pronouns (`Вы`, `Ваш`), verbs, prepositions, conjunctions, demonyms (`Turkish`). */
  closed: boolean;
  /** Every noun reading is plural (`республиками`): a kind of thing, not one named thing. */
  plural: boolean;
  /** Grammatical cases the word can be in (Russian); empty when unknown. */
  cases: ReadonlySet<string>;
}

const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];
/** How much more often an unknown capitalized word names a person than anything else. */
const PERSON_PRIOR = 0.5;

/** A place by its ending (`Курдистан`, `Azadistan`, `Ленинград`). */
function placeByEnding(word: string, endings: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return endings.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 2);
}
const CLOSED_POS = new Set(['NPRO', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'VERB', 'INFN', 'GRND', 'PRED', 'COMP', 'ADVB', 'NUMR', 'PRTS']);
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct', 'gen2', 'loc2'];
/** Endings of Slavic, Caucasian and Turkic surnames as Russian writes them: evidence for an unknown word. */
const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ян|янц|дзе|швили|ани|ели|заде|оглы|ович|евич|енко|ук|юк|ман|штейн|берг)(?:а|у|ым|ом|ой|е|ого|ому|ым|ую|ая)?$/;

/** The same surnames romanized, in the nominative only (`Chicherin`, `Aralov`, `Mdivani`): a Latin text does not decline them. */
const LATIN_SURNAME_ENDING = /(?:ov|ev|yov|in|yn|sky|skiy|skii|yan|dze|shvili|ani|eli|zade|ovich|evich|enko)$/;

function hasAny(analysis: Analysis, grammemes: readonly string[]): boolean {
  return grammemes.some((grammeme) => analysis.grammemes.has(grammeme));
}

/** Facts about a Cyrillic word from az, one hyphen-free part at a time (`Кемаль-бея` is asked as `Кемаль`). */
export const cyrillicFacts = memoize((word: string): WordFacts => {
  const all = analyses(word);
  const known = all.filter((analysis) => analysis.known);
  const nouns = all.filter((analysis) => analysis.pos === 'NOUN');
  // A plural-only place name is one place (`Афин`, the city Афины).
  const plural = nouns.length > 0 && nouns.every((analysis) => analysis.grammemes.has('plur')) && !nouns.some((analysis) => analysis.grammemes.has('Pltm') && analysis.grammemes.has('Geox'));
  const facts: WordFacts = { person: 0, place: 0, org: 0, given: false, common: false, commonFirst: false, adjective: false, closed: false, plural, cases: new Set() };
  const cases = new Set<string>();
  for (const analysis of all) {
    if (analysis.pos === 'NOUN' || analysis.pos === 'ADJF') for (const grammeme of CASES) if (analysis.grammemes.has(grammeme)) cases.add(grammeme);
  }
  facts.cases = cases;
  if (known.length > 0) {
    for (const analysis of known) {
      // A given name in the plural (`Афин` as Афина) hardly ever names one person.
      if (analysis.grammemes.has('Name') && !analysis.grammemes.has('plur')) (facts.person = 2), (facts.given = true);
      if (analysis.grammemes.has('Surn') || analysis.grammemes.has('Patr')) facts.person = 2;
      if (analysis.grammemes.has('Geox') && !russian.directions.includes(analysis.lemma)) facts.place = 2;
      if (analysis.grammemes.has('Orgn')) facts.org = 2;
    }
    const ordinary = known.filter((analysis) => !hasAny(analysis, NAME_GRAMMEMES));
    facts.common = ordinary.length > 0;
    const top = known[0]!;
    facts.commonFirst = !hasAny(top, NAME_GRAMMEMES);
    facts.closed = !hasAny(top, NAME_GRAMMEMES) && (CLOSED_POS.has(top.pos) || top.grammemes.has('Apro') || top.grammemes.has('Anum'));
    // Possessives made from names (`ленин` of `Ленин`) are no adjectives here.
    facts.adjective = known.some((analysis) => analysis.pos === 'ADJF' && !hasAny(analysis, NAME_GRAMMEMES) && !analysis.grammemes.has('Poss'));
    // `Великого` is an adjective before it is a town.
    if (facts.adjective) facts.place = Math.min(facts.place, 1);
  } else {
    const top = all[0];
    facts.adjective = top?.pos === 'ADJF' && /(?:ий|ый|ой|ая|ое|ого|ому|ой|ую|ым|ом|ые|ых|ыми|ими)$/.test(word);
    // An unknown capitalized word is a little more often a person than anything else.
    facts.person = SURNAME_ENDING.test(word.toLowerCase()) || all.some((analysis) => analysis.grammemes.has('Surn') && analysis.score > 0.1) ? 1 : PERSON_PRIOR;
    if (placeByEnding(word, russian.placeEndings)) facts.place = PLACE_LIKELY;
  }
  // A town that is also a person's name or an adjective is more likely the name or the adjective; a country or a region is not.
  const gazetteer = Math.max(placeStrength(word), ...nominatives(word, all).map(placeStrength));
  facts.place = Math.max(facts.place, (facts.person >= 2 || facts.adjective) && gazetteer < PLACE_CERTAIN ? Math.min(gazetteer, 1) : gazetteer);
  return facts;
});

/** A given name in the dictionary, in the nominative as written (`Семен`, not a form of another word). */
function givenName(spelling: string): boolean {
  const lemma = spelling.toLowerCase();
  return analyses(spelling).some((analysis) => analysis.known && analysis.grammemes.has('Name') && analysis.grammemes.has('nomn') && analysis.lemma.replace(/ё/g, 'е') === lemma);
}

/** Lemmas of the noun readings, the forms a gazetteer lists; not the readings that cut the word to a suffix (`Карахан` → `хан`). */
function nominatives(word: string, all: readonly Analysis[]): string[] {
  const stem = word.slice(0, 3).toLowerCase();
  const lemmas = all.filter((analysis) => analysis.pos === 'NOUN' && analysis.grammemes.has('sing') && analysis.lemma.startsWith(stem));
  return [...new Set(lemmas.map((analysis) => analysis.lemma))];
}

/** Facts about a Latin word: the English dictionary for ordinary words, az through a Russian spelling for names. */
export function latinFacts(lexicon: Lexicon): (word: string) => WordFacts {
  return memoize((word: string): WordFacts => {
    const lower = word.toLowerCase();
    const common = lexicon.isKnownWord(lower);
    const facts: WordFacts = {
      person: common ? 0 : PERSON_PRIOR, place: 0, org: 0, given: false, common, commonFirst: common, adjective: false, closed: false, plural: false, cases: new Set(),
    };
    // `Turkish`, `Soviet-Turkish`, `Greco-Turkish`: words for peoples, alone or joined.
    if (isDemonym(word) || word.split('-').some((part) => isDemonym(part) || /^\p{Lu}\p{Ll}+o$/u.test(part))) return { ...facts, person: 0, adjective: true, closed: true };
    // A word no English dictionary knows may be a place in a Polish case (`w Karsie`).
    const known = common ? word : knownPlaceForm(word);
    facts.place = Math.max(known ? placeStrength(known) : 0, placeByEnding(word, english.placeEndings) ? PLACE_LIKELY : 0);
    // Ordinary English words and countries are not asked of az: `With` would pass for `Вит`, `Georgia` for `Георгия`;
    // but a word that is also a Russian given name in its usual transcription is marked (`Semen Aralov`).
    if (common) return { ...facts, given: cyrillicSpellings(word).some((spelling) => givenName(spelling)) };
    if (facts.place >= PLACE_CERTAIN) return facts;
    let geographic = false;
    for (const spelling of cyrillicSpellings(word)) {
      const lemma = spelling.toLowerCase();
      for (const analysis of analyses(spelling)) {
        if (!analysis.known || analysis.lemma.replace(/ё/g, 'е') !== lemma) continue;
        if (analysis.grammemes.has('Name')) (facts.person = 2), (facts.given = true);
        if (analysis.grammemes.has('Surn')) facts.person = Math.max(facts.person, 2);
        if (analysis.grammemes.has('Geox')) geographic = true;
      }
    }
    // As in Cyrillic: a town named after a person is more likely the person (`Kirov`, `Frunze`).
    if (geographic) facts.place = Math.max(facts.place, facts.person >= 2 ? PLACE_LIKELY : PLACE_CERTAIN);
    if (facts.person < 1 && LATIN_SURNAME_ENDING.test(lower)) facts.person = 1;
    // A town the gazetteer knows and no dictionary calls a name: the town (`Manisa`, `Turgutlu`), unless context says otherwise.
    if (facts.place > 0 && facts.person === PERSON_PRIOR) facts.person = facts.place / 2;
    return facts;
  });
}
