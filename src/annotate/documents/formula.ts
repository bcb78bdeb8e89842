/**
 * Citation formulas: `(Шифрованная телеграмма Г.Орджоникидзе И.Сталину. 18.08.1921 // Коллекция
 * документов РГАСПИ)`, `(Нота НКИД РСФСР Послу Турции в Москве Али Фуат-бею. 13.06.1921 //
 * Документы внешней политики СССР. Т. IV, М., 1960, С.176-177)`, `(The Pan-Turanian Idea //
 * National Archives …)`. Before `//` the document: its kind, its parties, its date; after, its
 * holding. A formula with no kind word is a document only when it is held in an archive (else
 * it cites a work: `Статья // Вопросы истории`), and is known by its title.
 */
import type { DateMention, DocumentValue, Mention } from '../../model.js';
import { readHolding } from './holding.js';
import { kindAt } from './kinds.js';
import { readParties } from './parties.js';
import { isPunct, unitsOf, type Language } from './units.js';

export interface Formula {
  /** The citation's extent (inside its brackets) and where `//` divides it, if it does. */
  start: number;
  end: number;
  divider?: number;
}

/** How many words may come before a formula's kind (`См.`, `Личное`), each perhaps with its punctuation. */
const LEAD_WORDS = 3;

export function readFormula(text: string, formula: Formula, mentions: readonly Mention[], language: Language): DocumentValue | undefined {
  const { vocabulary } = language;
  const descriptionEnd = formula.divider ?? formula.end;
  const units = unitsOf(text, formula.start, descriptionEnd, mentions, language);
  let first = 0;
  const isLead = (index: number) => {
    const unit = units[index]!;
    return unit.kind === 'punct' || unit.kind === 'number' || (unit.kind === 'word' && (vocabulary.lead.has(unit.lemma) || vocabulary.lead.has(unit.text.toLowerCase())) && !kindAt(units, index, language));
  };
  while (first < units.length && first < LEAD_WORDS * 2 && isLead(first)) first += 1;
  // The kind is the first word, or the second after a modifier (`Шифрованная телеграмма`).
  const kind = kindAt(units, first, language) ?? kindAt(units, first + 1, language);
  // With `//`, the document's date is the last before it; without, the first after the kind, and the
  // holding follows it (`Telegram from Stalin to Ordzhonikidze, 3 March 1921, RGASPI, f. 558, op. 1, d. 1834`).
  const dated = units.map((unit, index) => (unit.kind === 'date' && index >= (kind?.next ?? first) ? index : -1)).filter((index) => index >= 0);
  const dateIndex = (formula.divider === undefined ? dated[0] : dated[dated.length - 1]) ?? -1;
  const dateUnit = dateIndex >= 0 ? units[dateIndex]! : undefined;
  const holdingStart = formula.divider !== undefined ? formula.divider + 2 : kind && dateUnit ? dateUnit.end : undefined;
  const holding = holdingStart === undefined
    ? undefined
    : readHolding(text, holdingStart, formula.end, unitsOf(text, holdingStart, formula.end, mentions, language), vocabulary);
  const date = dateUnit ? dateOf(dateUnit.mention as DateMention) : undefined;
  if (kind) {
    const parties = readParties(text, units.slice(kind.next, dateIndex >= 0 ? dateIndex : units.length), language);
    return { type: kind.type, ...(date ? { date } : {}), ...parties, ...(holding ? { holding } : {}), form: 'formula' };
  }
  if (!holding || (!holding.archive && !holding.reference && holding.collection !== undefined)) return undefined;
  // Known by its title, which runs to the first full stop (`The Boundary Between Turkey and the USSR. CIA/RR M-17. …`).
  const titleUnits = units.slice(first, dateIndex >= 0 ? dateIndex : units.length);
  const stop = titleUnits.findIndex((unit, index) => index > 0 && isPunct(unit, '.'));
  const titled = stop > 0 ? titleUnits.slice(0, stop) : titleUnits;
  if (titled.length === 0) return undefined;
  const title = text.slice(titled[0]!.start, titled[titled.length - 1]!.end).replace(/[\s.,;:]+$/, '');
  return { type: 'other', title, ...(date ? { date } : {}), senders: [], recipients: [], holding, form: 'formula' };
}

export function dateOf(mention: DateMention): NonNullable<DocumentValue['date']> {
  return { start: mention.start, end: mention.end, edtf: mention.value.edtf, inferred: mention.value.inferred };
}
