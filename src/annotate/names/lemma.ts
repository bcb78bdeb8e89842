/**
 * The dictionary form of a Russian name, word by word with az, the words agreeing in case:
 * `Юсуфа Кемаль-бея` → `Юсуф Кемаль-бей`, `Мустафе Кемаль-паше` → `Мустафа Кемаль-паша`,
 * `С.Нацаренуса` → `С. Нацаренус` (az's prediction for a surname it lacks). Indeclinable names
 * stay as they are (`Орджоникидзе`, `Мдивани`). Initials are kept, each followed by a space,
 * so a resolver can tell them from the surname: `М.Д.Гусейнову` → `М. Д. Гусейнов`.
 * In the name of a place or an organisation only the words up to its head noun decline, the
 * adjectives agreeing with it; what follows stays in the genitive:
 * `Великого Национального Собрания Турции` → `Великое Национальное Собрание Турции`.
 */
import type { EntityType } from '../../model.js';
import { analyses, type Analysis } from '../../lang/ru/morphology.js';

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn'];

/**
 * Readings that can be a name or a word of one: nouns and adjectives in the singular (or
 * plural-only names). A person's name is animate: its inanimate readings (`Мдивани` as a
 * form of a place `Мдивань`) are set aside when an animate one exists.
 */
function nameReadings(word: string, type?: EntityType): Analysis[] {
  const readings = analyses(word).filter(
    (analysis) => (analysis.pos === 'NOUN' || analysis.pos === 'ADJF') && (analysis.grammemes.has('sing') || analysis.grammemes.has('Pltm')),
  );
  if (type !== 'person') return readings;
  const animate = readings.filter((analysis) => !analysis.grammemes.has('inan'));
  return animate.some((analysis) => analysis.grammemes.has('anim')) ? animate : readings;
}

/** How much a reading is to be trusted as the one meant: names over words, dictionary over prediction. */
function weight(analysis: Analysis): number {
  const named = NAME_GRAMMEMES.some((grammeme) => analysis.grammemes.has(grammeme));
  return (analysis.known ? 2 : 1) * (named ? 2 : 1) * (analysis.grammemes.has('Fixd') ? 0.5 : 1) + analysis.score;
}

function caseOf(analysis: Analysis): string | undefined {
  return CASES.find((grammeme) => analysis.grammemes.has(grammeme));
}

/** The case most words of the name can be in, weighted by how sure each reading is. */
function agreedCase(parts: readonly string[], type: EntityType): string | undefined {
  const totals = new Map<string, number>();
  for (const part of parts) {
    const best = new Map<string, number>();
    for (const analysis of nameReadings(part, type)) {
      const grammeme = caseOf(analysis);
      if (grammeme) best.set(grammeme, Math.max(best.get(grammeme) ?? 0, weight(analysis)));
    }
    for (const [grammeme, value] of best) totals.set(grammeme, (totals.get(grammeme) ?? 0) + value);
  }
  let agreed: string | undefined;
  for (const [grammeme, value] of totals) if (!agreed || value > totals.get(agreed)!) agreed = grammeme;
  return agreed;
}

/** Writes a lower-case lemma with the capitals of the word it came from (`НКИД`, `Кемаль`, `паша`). */
function recased(lemma: string, word: string): string {
  if (word === word.toUpperCase()) return lemma.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma;
}

const GENDERS = ['masc', 'femn', 'neut'];

/** An adjective in the dictionary (`Великого`, `Советской`), or by az's guess when the dictionary lacks the word. */
function isAdjective(word: string): boolean {
  const readings = nameReadings(word);
  const known = readings.filter((analysis) => analysis.known);
  if (known.length === 0) return readings[0]?.pos === 'ADJF';
  return known.some((analysis) => analysis.pos === 'ADJF' && !NAME_GRAMMEMES.some((grammeme) => analysis.grammemes.has(grammeme)));
}

/** The reading of one word chosen for the name's case, or none when az has no reading to trust. */
function reading(part: string, grammeme: string | undefined, type: EntityType, adjective = false): Analysis | undefined {
  if (part.length < 2 || /[^\p{Script=Cyrillic}]/u.test(part)) return undefined;
  const readings = nameReadings(part, type).filter(
    (analysis) => (!analysis.grammemes.has('Fixd') || analysis.lemma === part.toLowerCase()) && (!adjective || analysis.pos === 'ADJF'),
  );
  const inCase = readings.filter((analysis) => caseOf(analysis) === grammeme);
  // A word of a person's name with no reading in the name's case does not decline (`Юнусом Нади`, `Али Рза`).
  if (type === 'person' && grammeme && inCase.length === 0) return undefined;
  const chosen = [...(inCase.length ? inCase : readings)].sort((a, b) => weight(b) - weight(a))[0];
  // A prediction that makes a different word of an unknown name (`Гасанлы` → `гасанл`) is not trusted.
  return chosen && (chosen.known || chosen.lemma.length >= part.length - 3) ? chosen : undefined;
}

/** An adjective's lemma (masculine) in the gender of its noun: `советский` → `советская`. */
function agreeing(lemma: string, gender: string | undefined): string {
  if (gender !== 'femn' && gender !== 'neut') return lemma;
  const hard = /(?:ый|ой)$/.test(lemma) || /[гкхжшщч]ий$/.test(lemma);
  const stem = lemma.slice(0, -2);
  if (gender === 'femn') return stem + (hard ? 'ая' : 'яя');
  // After a hushing consonant an unstressed о is written е: `высшее`, `общее`.
  return stem + (hard && !/[жшщч]ий$/.test(lemma) ? 'ое' : 'ее');
}

/** An adjective's masculine nominative; a superlative keeps its degree (`Высшего` → `высший`, where az gives `высокий`). */
function adjectiveLemma(part: string, chosen: Analysis): string {
  if (!chosen.grammemes.has('Supr')) return chosen.lemma;
  const stem = part.toLowerCase().replace(/(?:его|ему|ими|ий|ая|ей|ую|ое|ее|ие|их|им|ем|ой|ом)$/, '');
  return stem === part.toLowerCase() ? chosen.lemma : `${stem}ий`;
}

function dictionaryForm(part: string, chosen: Analysis | undefined, gender: string | undefined, honorific: (word: string) => string | undefined): string {
  const honored = honorific(part);
  if (honored) return recased(honored, part);
  if (!chosen) return part;
  const lemma = chosen.pos === 'ADJF' ? agreeing(adjectiveLemma(part, chosen), gender) : chosen.lemma;
  return recased(lemma.replace(/ё/g, (ch) => (part.includes('ё') ? ch : 'е')), part);
}

const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/**
 * The lemma of a Russian name given as its words (initials, words, hyphenated compounds).
 * `honorific` gives an honorific's dictionary form (`паше` → `паша`), which az does not know.
 * Words outside Cyrillic (a Latin name quoted in a Russian text) are kept as written.
 */
export function russianNameLemma(words: readonly string[], type: EntityType, honorific: (word: string) => string | undefined): string {
  const initials = words.filter((word) => INITIAL.test(word));
  const rest = words.filter((word) => !INITIAL.test(word));
  // A person's words all decline; a place's or an organisation's up to the first noun.
  const headAt = type === 'person' ? rest.length - 1 : rest.findIndex((word) => !isAdjective(word));
  const declining = rest.slice(0, headAt < 0 ? rest.length : headAt + 1);
  const grammeme = agreedCase(declining.flatMap((word) => word.split('-')), type);
  const head = reading(declining[declining.length - 1] ?? '', grammeme, type);
  const gender = GENDERS.find((name) => head?.grammemes.has(name));
  const adjectives = type !== 'person';
  const lemma = rest.map((word, index) => {
    if (index >= declining.length) return word;
    const adjective = adjectives && index < declining.length - 1;
    const parts = word.split('-');
    // Only the honorific of a compound declines (`Февзи-пашой`, `Энвер-паши`): the name before it stays as written.
    if (parts.length > 1 && parts.some((part) => honorific(part))) return parts.map((part) => (honorific(part) ? dictionaryForm(part, undefined, gender, honorific) : part)).join('-');
    return parts.map((part) => dictionaryForm(part, reading(part, grammeme, type, adjective), gender, honorific)).join('-');
  });
  return [...initials, ...lemma].join(' ');
}
