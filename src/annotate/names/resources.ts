/**
 * The per-language word lists of `src/lang/<lang>/names.ts`, gathered per script as the
 * recognizer asks them: Cyrillic words are matched by any of their az lemmas (`Послу` is a
 * form of `посол`), Latin words as written, case aside.
 */
import * as english from '../../lang/en/names.js';
import * as russian from '../../lang/ru/names.js';
import * as turkish from '../../lang/tr/names.js';
import { abbreviations as turkishAbbreviations } from '../../lang/tr/abbreviations.js';
import { analyses } from '../../lang/ru/morphology.js';
import { memoize } from '../../util/memoize.js';
import type { Script } from './tokens.js';

export interface NameResources {
  /** Belongs to the name before it (`паша`, `бей`, `Pasha`). */
  honorific(word: string): boolean;
  /** An honorific's dictionary form (`паше` → `паша`), or undefined for other words. */
  honorificLemma(word: string): string | undefined;
  /** A job title or rank, kept out of the name (`нарком`, `General`). */
  title(word: string): boolean;
  organisationHead(word: string): boolean;
  /** An organisation by itself, one word (`Антанта`, `Entente`). */
  organisationName(word: string): boolean;
  /** A part of a body named by the body it belongs to (`Президиум`): left out of the organisation's name. */
  organisationPart(word: string): boolean;
  /** Lower-case nouns that complete an organisation's name (`иностранных дел`, `народных советов`). */
  organisationComplement(word: string): boolean;
  /** An organisation only when named after a town (`анкарское правительство`, `Ankara government`). */
  governmentNoun(word: string): boolean;
  /** Events and treaties: no organisation however capitalized (`Лондонской конференции`). */
  eventNoun(word: string): boolean;
  /** A noun that names a place with the capitalized words beside it (`море`, `империя`, `Sea`, `Republic`). */
  placeNoun(word: string): boolean;
  /** Makes a region's name with a place (`Eastern Anatolia`); Russian has capitalized adjectives for that. */
  placeModifier(word: string): boolean;
  /** A noun announcing a place name after it (`город`, `р.`, `village`). */
  placeCue(word: string): boolean;
  /** A noun announcing a periodical's title (`газета`, `newspaper`). */
  periodicalCue(word: string): boolean;
  placePreposition(word: string): boolean;
  /** Makes a state's name with a place, in any case (`советская Россия`, `Soviet Armenia`). */
  stateAdjective(word: string): boolean;
  /** A state of the period written as an abbreviation (`РСФСР`, `USSR`): a place, not an organisation. */
  stateAbbreviation(word: string): boolean;
  /** A small word allowed inside a longer name (`of`, `and`, `и`). */
  connector(word: string): boolean;
  /** Capitalized, yet never a name (`January`, `The`). */
  nonName(word: string): boolean;
  /** Every list the word is in, as bits (`ROLE`): the lists asked at once, the answer kept per word. */
  roles(word: string): number;
}

/** The lists of `NameResources`, each a yes-or-no question about a word. */
const ROLES = [
  'honorific', 'title', 'organisationHead', 'organisationName', 'organisationPart', 'organisationComplement', 'governmentNoun',
  'eventNoun', 'placeNoun', 'placeModifier', 'placeCue', 'periodicalCue', 'placePreposition', 'stateAdjective', 'stateAbbreviation',
  'connector', 'nonName',
] as const;
type Role = (typeof ROLES)[number];

/** The bit of each role in `NameResources.roles`. */
export const ROLE = Object.fromEntries(ROLES.map((role, index) => [role, 1 << index])) as Readonly<Record<Role, number>>;

type RoleTests = Record<Role, (word: string) => boolean>;

/**
 * The resources from the plain tests of each list: a word's roles are worked out together when
 * it is first met, so that the rules, which ask the same words again and again, look it up once.
 */
function withRoles(tests: RoleTests, honorificLemma: (word: string) => string | undefined): NameResources {
  const roles = memoize((word: string) => ROLES.reduce((bits, role) => (tests[role](word) ? bits | ROLE[role] : bits), 0));
  const has = (role: Role) => {
    const bit = ROLE[role];
    return (word: string) => (roles(word) & bit) !== 0;
  };
  return { ...(Object.fromEntries(ROLES.map((role) => [role, has(role)])) as RoleTests), honorificLemma, roles };
}

const lowerSet = (words: readonly string[]) => new Set(words.map((word) => word.toLowerCase()));

/** Case endings an honorific takes in Russian (`паши`, `пашой`, `бея`, `беем`). */
const HONORIFIC_ENDING = /^(?:|а|я|у|ю|е|и|ы|ой|ей|ем|ом|ою|ею)$/;

function cyrillicResources(): NameResources {
  const lemmas = memoize((word: string): readonly string[] => [...new Set([word.toLowerCase(), ...analyses(word).map((analysis) => analysis.lemma)])]);
  const byLemma = (words: readonly string[]) => {
    const set = lowerSet(words);
    return (word: string) => lemmas(word).some((lemma) => set.has(lemma));
  };
  const asWritten = (words: readonly string[]) => {
    const set = lowerSet(words);
    return (word: string) => set.has(word.toLowerCase());
  };
  const stems = russian.honorifics.map((word) => word.replace(/[аяй]$/, ''));
  const heads = byLemma(russian.organisationHeads);
  const honorificLemma = memoize((word: string): string | undefined => {
    const lower = word.toLowerCase();
    const index = stems.findIndex((stem, i) => lower === russian.honorifics[i] || (lower.startsWith(stem) && HONORIFIC_ENDING.test(lower.slice(stem.length))));
    return russian.honorifics[index];
  });
  const [cueAbbreviation, cueNoun] = [asWritten(russian.placeCues), byLemma(russian.placeCues)];
  const tests: RoleTests = {
    honorific: (word) => honorificLemma(word) !== undefined,
    title: byLemma(russian.titles),
    organisationHead: (word) => {
      if (heads(word)) return true;
      const lower = word.toLowerCase();
      const stems = [lower, lower.replace(/(?:а|у|е|ом)$/, '')];
      return russian.organisationWordEndings.some((ending) => stems.some((stem) => stem.endsWith(ending) && stem.length > ending.length + 1));
    },
    organisationName: byLemma(russian.organisationNames),
    organisationPart: byLemma(russian.organisationParts),
    organisationComplement: byLemma(russian.organisationComplements),
    governmentNoun: byLemma(russian.governmentNouns),
    eventNoun: byLemma(russian.eventNouns),
    placeNoun: byLemma(russian.placeNouns),
    placeModifier: () => false,
    // Abbreviated cues (`г.`, `р.`) as written: az reads a lone letter as many words.
    placeCue: (word) => (word.length < 3 ? cueAbbreviation(word) : cueNoun(word)),
    periodicalCue: byLemma(russian.periodicalCues),
    placePreposition: asWritten(russian.placePrepositions),
    stateAdjective: byLemma(russian.stateAdjectives),
    stateAbbreviation: asWritten(russian.stateAbbreviations),
    connector: (word) => word === 'и',
    nonName: asWritten(russian.nonNames),
  };
  return withRoles(tests, honorificLemma);
}

function latinResources(): NameResources {
  const is = (words: readonly string[]) => {
    const set = lowerSet(words);
    return (word: string) => set.has(word.toLowerCase());
  };
  // Turkish words that open sentences (`Sonra`, `Ancak`) are capitalized there, never names.
  const nonNames = new Set([...english.nonNames, ...turkishAbbreviations.sentenceOpeners]);
  const honorificList = [...english.honorifics, ...turkish.honorifics];
  const honorifics = new Map(honorificList.map((word) => [word.toLowerCase(), word]));
  const placeCue = is(english.placeCues);
  const tests: RoleTests = {
    honorific: is(honorificList),
    title: is([...english.titles, ...turkish.titles]),
    organisationHead: is([...english.organisationHeads, ...turkish.organisationHeads]),
    organisationName: is(english.organisationNames),
    organisationPart: is(english.organisationParts),
    organisationComplement: () => false,
    governmentNoun: is([...english.governmentNouns, ...turkish.governmentNouns]),
    eventNoun: is([...english.eventNouns, ...turkish.eventNouns]),
    placeNoun: is([...english.placeHeads, ...turkish.placeHeads]),
    placeModifier: is(english.placeModifiers),
    placeCue: (word) => placeCue(word.replace(/s$/, '')),
    periodicalCue: is([...english.periodicalCues, ...turkish.periodicalCues]),
    placePreposition: is(english.placePrepositions),
    stateAdjective: is(english.stateAdjectives),
    stateAbbreviation: is(english.stateAbbreviations),
    connector: is(english.nameConnectors),
    nonName: (word) => nonNames.has(word),
  };
  return withRoles(tests, (word) => honorifics.get(word.toLowerCase()));
}

let byScript: Record<Exclude<Script, 'other'>, NameResources> | undefined;

/** The resources for a script's words; 'other' (digits, marks) has none. */
export function resourcesFor(script: Script): NameResources | undefined {
  byScript ??= { cyrillic: cyrillicResources(), latin: latinResources() };
  return script === 'other' ? undefined : byScript[script];
}
