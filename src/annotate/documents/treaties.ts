/**
 * Treaties and agreements named in running text: by where they were signed (`Карсский договор`,
 * `Севрского мирного договора`, `the Treaty of Kars`, `the Moscow Treaty`, `the Franco-Turkish
 * (Ankara) agreement`), by date (`договор 16 марта 1921 г.`, `the agreement of 20 October 1921`),
 * or by the clause that signs them (`подписание 20 октября 1921 года в Анкаре договора`,
 * `договор …, который должен быть подписан в Карсе`, `On March 16, 1921 the two countries signed
 * a treaty in Moscow`). A treaty named by none of these (`the treaty`) is no record: nothing
 * would tell it from another.
 */
import type { DateMention, DocumentValue } from '../../model.js';
import { dateOf } from './formula.js';
import type { KindMatch } from './kinds.js';
import { isName, isPunct, type Language, type Unit } from './units.js';

/** Words a treaty's date may follow within its clause (`от`, `of`, `(`, a signing verb and its helpers). */
const SIGNING_REACH = 4;
/** How far from the treaty's noun a word of signing may stand (`подписание 20 октября 1921 года в Анкаре договора`). */
const SIGNING_WORD_BEFORE = 4;
/** … or after it, past a complement and a relative pronoun (`договор между X и Y, который … подписан`). */
const SIGNING_WORD_AFTER = 16;
/** How far from the word of signing its date and place may stand. */
const SIGNING_CLAUSE = 8;
/** Adjectives that may stand between a place adjective and the noun (`Севрского мирного договора`). */
const MODIFIERS_BEFORE_NOUN = 2;
const ARTICLES = new Set(['the', 'a', 'an']);
const LOCATIVE = new Set(['в', 'во', 'in', 'at']);
/** Marks no signing clause crosses. */
const CLAUSE_ENDS = ['.', ';', '(', ')', ':', '«', '»', '"', '“', '”'];

/** A Russian adjective of place (`Карсский`, `Московского`, `Александропольский`). */
function isPlaceAdjective(unit: Unit): boolean {
  return unit.kind === 'word' && /(?:ск|цк)ий$/.test(unit.lemma) && !unit.lemma.includes('-');
}

/** A lower-case Russian adjective (`мирный`, `союзный`), which may stand between a place adjective and the noun. */
function isModifier(unit: Unit | undefined): boolean {
  return unit?.kind === 'word' && !unit.capitalized && /(?:ый|ий|ой)$/.test(unit.lemma);
}

function namedBefore(units: readonly Unit[], kind: KindMatch, language: Language): Unit | undefined {
  let at = kind.first - 1;
  for (let skipped = 0; skipped < MODIFIERS_BEFORE_NOUN && language.code === 'ru' && isModifier(units[at]) && !isPlaceAdjective(units[at]!); skipped++) at -= 1;
  const before = units[at];
  if (language.code === 'ru') return before && isPlaceAdjective(before) && before.capitalized ? before : undefined;
  // `(Ankara) agreement`.
  if (isPunct(before, ')') && isName(units[at - 1], 'place') && isPunct(units[at - 2], '(')) return units[at - 1];
  // `the Moscow Treaty`, `Kars treaty`: a place, or a capitalized word after an article.
  if (isName(before, 'place')) return before;
  const beforeThat = units[at - 1];
  if (before?.kind === 'word' && before.capitalized && !before.text.includes('-') && beforeThat?.kind === 'word' && ARTICLES.has(beforeThat.lemma)) return before;
  return undefined;
}

function namedAfter(units: readonly Unit[], kind: KindMatch, language: Language): Unit | undefined {
  if (language.code !== 'en') return undefined;
  // `Treaty of Kars`, `Treaty of Sèvres`.
  const after = units[kind.next];
  const named = units[kind.next + 1];
  return after?.kind === 'word' && after.lemma === 'of' && (isName(named, 'place') || (named?.kind === 'word' && named.capitalized)) ? named : undefined;
}

function treatyDate(units: readonly Unit[], kind: KindMatch, language: Language): DateMention | undefined {
  const { vocabulary } = language;
  let index = kind.next;
  // Skip the place (`of Kars`) to reach the date (`Treaty of Kars of 13 October 1921`).
  if (language.code === 'en' && units[index]?.lemma === 'of' && units[index + 1]?.kind !== 'date') index += 2;
  for (let reach = 0; reach <= SIGNING_REACH && index + reach < units.length; reach++) {
    const unit = units[index + reach]!;
    if (unit.kind === 'date') return unit.mention as DateMention;
    const leads = (unit.kind === 'word' && (vocabulary.dated.has(unit.lemma) || vocabulary.signing.has(unit.lemma) || ['быть', 'был', 'be', 'was', 'were', 'is'].includes(unit.lemma)))
      || isPunct(unit, '(');
    if (!leads) return undefined;
  }
  return undefined;
}

function isSigning(unit: Unit | undefined, language: Language): boolean {
  return unit?.kind === 'word' && language.vocabulary.signing.has(unit.lemma);
}

/** The word of signing that governs the treaty's noun, before or after it, within its clause; its unit index. */
function signingWord(units: readonly Unit[], kind: KindMatch, language: Language): number | undefined {
  for (let i = kind.first - 1; i >= 0 && i >= kind.first - SIGNING_WORD_BEFORE; i--) {
    if (isPunct(units[i], ...CLAUSE_ENDS, ',')) break;
    if (isSigning(units[i], language)) return i;
  }
  for (let i = kind.next; i < units.length && i < kind.next + SIGNING_WORD_AFTER; i++) {
    const unit = units[i]!;
    if (isPunct(unit, ...CLAUSE_ENDS) || (unit.kind === 'word' && language.vocabulary.types.get(unit.lemma) === 'treaty')) break;
    if (isSigning(unit, language)) return i;
  }
  return undefined;
}

/** The date and place of a treaty's signing clause: the nearest date, and a place after `в`/`in`, around the word of signing. */
function signingClause(units: readonly Unit[], kind: KindMatch, language: Language): { date?: DateMention; place?: Unit } {
  const signing = signingWord(units, kind, language);
  if (signing === undefined) return {};
  const first = Math.min(signing, kind.first);
  const last = Math.max(signing, kind.next - 1);
  let date: Unit | undefined;
  let place: Unit | undefined;
  const consider = (i: number) => {
    const unit = units[i]!;
    if (!date && unit.kind === 'date') date = unit;
    if (!place && isName(unit, 'place') && units[i - 1]?.kind === 'word' && LOCATIVE.has(units[i - 1]!.lemma)) place = unit;
  };
  // Outward from the clause's core, nearest first, never past the clause's end or another treaty.
  for (let i = first; i <= last; i++) consider(i);
  for (let step = 1; step <= SIGNING_CLAUSE; step++) {
    for (const i of [first - step, last + step]) {
      const unit = units[i];
      if (!unit) continue;
      const between = i < first ? units.slice(i, first) : units.slice(last + 1, i + 1);
      if (between.some((each) => isPunct(each, ...CLAUSE_ENDS) || (each.kind === 'word' && language.vocabulary.types.get(each.lemma) === 'treaty'))) continue;
      consider(i);
    }
  }
  return { ...(date ? { date: date.mention as DateMention } : {}), ...(place ? { place } : {}) };
}

export function readTreaty(units: readonly Unit[], kind: KindMatch, language: Language): { value: DocumentValue; first: number; last: number } | undefined {
  const clause = signingClause(units, kind, language);
  const place = namedBefore(units, kind, language) ?? namedAfter(units, kind, language) ?? clause.place;
  const date = treatyDate(units, kind, language) ?? clause.date;
  if (!place && !date) return undefined;
  const spans = [units[kind.first]!, units[kind.next - 1]!, ...(place ? [place] : []), ...(date ? [date] : [])];
  return {
    value: {
      type: 'treaty',
      ...(date ? { date: dateOf(date) } : {}),
      senders: [],
      recipients: [],
      ...(place ? { signedAt: { start: place.start, end: place.end, text: place.text } } : {}),
      form: 'narrative',
    },
    first: Math.min(...spans.map((span) => span.start)),
    last: Math.max(...spans.map((span) => span.end)),
  };
}
