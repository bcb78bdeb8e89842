/**
 * Treaties and agreements named in running text: by where they were signed (`Карсский договор`,
 * `the Treaty of Kars`, `the Moscow Treaty`, `the Franco-Turkish (Ankara) agreement`) and by
 * date (`договор 16 марта 1921 г.`, `the agreement of 20 October 1921`, `was signed on …`).
 * A treaty named by neither (`the treaty`, `советско-турецкий договор`) is no record: nothing
 * would tell it from another.
 */
import type { DateMention, DocumentValue } from '../../model.js';
import { dateOf } from './formula.js';
import type { KindMatch } from './kinds.js';
import { isName, isPunct, type Language, type Unit } from './units.js';

/** Words a treaty's date may follow within its clause (`от`, `of`, `(`, a signing verb and its helpers). */
const SIGNING_REACH = 4;
const ARTICLES = new Set(['the', 'a', 'an']);

/** A Russian adjective of place (`Карсский`, `Московского`, `Александропольский`). */
function isPlaceAdjective(unit: Unit): boolean {
  return unit.kind === 'word' && /(?:ск|цк)ий$/.test(unit.lemma) && !unit.lemma.includes('-');
}

function signedAt(units: readonly Unit[], kind: KindMatch, language: Language): Unit | undefined {
  const before = units[kind.first - 1];
  const after = units[kind.next];
  if (language.code === 'ru') return before && isPlaceAdjective(before) && before.capitalized ? before : undefined;
  // `Treaty of Kars`, `Treaty of Sèvres`.
  const named = units[kind.next + 1];
  if (after?.kind === 'word' && after.lemma === 'of' && (isName(named, 'place') || (named?.kind === 'word' && named.capitalized))) return named;
  // `(Ankara) agreement`.
  if (isPunct(before, ')') && isName(units[kind.first - 2], 'place') && isPunct(units[kind.first - 3], '(')) return units[kind.first - 2];
  // `the Moscow Treaty`, `Kars treaty`: a place, or a capitalized word after an article.
  if (isName(before, 'place')) return before;
  const beforeThat = units[kind.first - 2];
  if (before?.kind === 'word' && before.capitalized && !before.text.includes('-') && beforeThat?.kind === 'word' && ARTICLES.has(beforeThat.lemma)) return before;
  return undefined;
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

export function readTreaty(units: readonly Unit[], kind: KindMatch, language: Language): { value: DocumentValue; first: number; last: number } | undefined {
  const place = signedAt(units, kind, language);
  const date = treatyDate(units, kind, language);
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
