/**
 * Documents named in running text: `в шифрованной телеграмме от 18 августа И.Сталину`,
 * `В письме Г.Чичерину И.Сталин предлагал`, `Кемаль отправляет Ленину письмо`, `Chicherin's
 * letter to Frunze`, `Kemal in a letter addressed to Moscow`. One document, so the kind is
 * singular, and it must say something of its own — a party or a date — to be a record:
 * `в письме` alone could be any letter.
 *
 * The words right after the kind give its date (`от …`, `of …`) and its parties, read as in a
 * formula. A sender not found there is the sentence's subject — a person in the nominative in
 * Russian, a person just before the kind in English (`Kemal in a letter`, `Chicherin's letter`)
 * — but only with a verb of sending or writing in the sentence; such a verb also takes its
 * dative (`отправляет Ленину письмо`) as the recipient.
 */
import type { DateMention, DocumentParty, DocumentValue, NameMention } from '../../model.js';
import { dateOf } from './formula.js';
import type { KindMatch } from './kinds.js';
import { readParties } from './parties.js';
import { DATIVE, GENITIVE, INSTRUMENTAL, isName, isPunct, NOMINATIVE, type Language, type Unit } from './units.js';

/** How far past the kind its parties may reach, in units. */
const PARTY_REACH = 24;
/** Words that may stand between an English subject and the kind: `Kemal in a letter`, `Kemal sent a letter`. */
const BETWEEN_SUBJECT_AND_KIND = new Set(['in', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'another', 'also', 'then', 'personal', 'long', 'short']);

function partyOf(unit: Unit): DocumentParty {
  return { start: unit.start, end: unit.end, text: unit.text };
}

function isNominativePerson(unit: Unit): boolean {
  return isName(unit, 'person') && (unit.cases & NOMINATIVE) !== 0 && (unit.cases & (GENITIVE | DATIVE)) === 0;
}

/**
 * A person who may be a clause's subject: nominative, or a name that does not decline (`Орджоникидзе`);
 * an organisation too when its case says nominative or nothing (`НКИД Грузии … направил Турции ноту`).
 */
function maySubject(unit: Unit): boolean {
  return isName(unit, 'person', 'org') && (unit.cases === 0 || (unit.cases & NOMINATIVE) !== 0) && !definitelyDative(unit) && (unit.cases & GENITIVE) === 0;
}

function definitelyDative(unit: Unit): boolean {
  return (unit.cases & (GENITIVE | DATIVE)) === DATIVE;
}

/** Marks that end a clause for the subject and the verb's dative: a quotation, a colon, a bracket. */
const CLAUSE_MARKS = ['.', ';', ':', '(', ')', '«', '»', '"', '“', '”', '„'];

/** Pronouns that open a relative clause after a comma (`, которому еще 26 августа ЦК … отправил`): another clause. */
const RELATIVES = new Set(['который', 'who', 'whom', 'which']);

function endsClause(units: readonly Unit[], index: number): boolean {
  return isPunct(units[index], ...CLAUSE_MARKS) || (isPunct(units[index], ',') && RELATIVES.has(units[index + 1]?.lemma ?? ''));
}

/** Unit indexes [first, end) of the clause around `index`. */
function clauseAround(units: readonly Unit[], index: number): [number, number] {
  let first = index;
  while (first > 0 && !endsClause(units, first - 1)) first -= 1;
  let end = index;
  while (end < units.length && !endsClause(units, end)) end += 1;
  return [first, end];
}

/** The units after the kind that can name its parties: up to a verb, a full stop or a bracket. */
function partyWindow(units: readonly Unit[], from: number, language: Language): number {
  let end = from;
  // `меморандум, Али Фуат-паша …`: a comma right after the kind ends its complement before it starts.
  if (isPunct(units[from], ',')) return end;
  for (let i = from; i < units.length && i < from + PARTY_REACH; i++) {
    const unit = units[i]!;
    // `в меморандуме Юсуф Кемаль-бея и личном письме Али Фуат-паши`: the next document's parties are its own;
    // `доклад о вмешательствах правительства Армении`: what it is about names no party.
    if (unit.kind === 'word' && (language.vocabulary.types.has(unit.lemma) || language.vocabulary.topic.has(unit.lemma))) break;
    if (unit.verb && !language.vocabulary.toward.has(unit.lemma)) break;
    if (isPunct(unit, '.', ';', ':', '(', ')', '«', '»', '"', '“', '”', '—', '–')) break;
    // `a telegram of 3 March to Chicherin, Rotshtein reported`: a name after a comma with its verb is the clause's subject.
    if (isPunct(unit, ',') && isName(units[i + 1]) && units[i + 2]?.verb) break;
    // `a letter to Chicherin of 12 February 1922, Karakhan wrote`: the date closes the parties.
    if (unit.kind === 'date' || (unit.kind === 'word' && language.vocabulary.dated.has(unit.lemma) && units[i + 1]?.kind === 'date')) break;
    if (isNominativePerson(unit)) break;
    // `в докладе на имя Г.Чичерина полномочный представитель …`: a word only nominative, not led by a preposition, starts the subject.
    const led = units[i - 1]?.kind === 'word' && (language.vocabulary.toward.has(units[i - 1]!.lemma) || language.vocabulary.from.has(units[i - 1]!.lemma));
    if (i > from && unit.kind === 'word' && !led && (unit.cases & NOMINATIVE) !== 0 && (unit.cases & (GENITIVE | DATIVE | INSTRUMENTAL)) === 0) break;
    // `… И.Сталину и Г.Чичерину Серго Орджоникидзе писал`: a name right after a recipient, no `и` between, starts the clause's subject.
    const previous = units[i - 1];
    if (isName(unit, 'person') && i > from && isName(previous, 'person') && definitelyDative(previous!) && !definitelyDative(unit)) break;
    if (unit.kind === 'name') end = i + 1;
  }
  return end;
}

export function readNarrative(
  text: string,
  units: readonly Unit[],
  kind: KindMatch,
  language: Language,
): { value: DocumentValue; first: number; last: number } | undefined {
  if (kind.plural) return undefined;
  const { vocabulary } = language;
  let next = kind.next;
  let date: DateMention | undefined;
  const after = units[next];
  if (after?.kind === 'date') date = after.mention as DateMention;
  else if (after?.kind === 'word' && vocabulary.dated.has(after.lemma) && units[next + 1]?.kind === 'date') date = units[(next += 1)]!.mention as DateMention;
  if (date) next += 1;
  else {
    // `December 26, 1921, letter from …`: the date just before the kind.
    const before = isPunct(units[kind.first - 1], ',') ? units[kind.first - 2] : units[kind.first - 1];
    if (before?.kind === 'date') date = before.mention as DateMention;
  }
  const windowEnd = partyWindow(units, next, language);
  const window = units.slice(next, windowEnd);
  // `заявление Азревкома от 1 декабря 1920 года`: the date after the parties.
  const afterParties = units[windowEnd];
  if (!date && afterParties?.kind === 'word' && vocabulary.dated.has(afterParties.lemma) && units[windowEnd + 1]?.kind === 'date') {
    date = units[windowEnd + 1]!.mention as DateMention;
  }
  const { senders, recipients } = readParties(text, window, language);
  const used: Unit[] = [units[kind.first]!, units[kind.next - 1]!, ...window, ...(date ? units.filter((unit) => unit.mention === date) : [])];
  const [clauseStart, clauseEnd] = clauseAround(units, kind.first);
  const clause = units.slice(clauseStart, clauseEnd);
  const sends = clause.some((unit) => unit.verb && vocabulary.sendingVerbs.has(unit.lemma));
  if (!date && sends) {
    // `24 августа наркоминдел Армении А.Мравян отправил ноту`, `On November 27, 1921, Chicherin sent a letter`: the sending's date.
    const dated = clauseDate(units, kind, clauseStart, clauseEnd);
    if (dated) {
      date = dated.mention as DateMention;
      used.push(dated);
    }
  }
  if (senders.length === 0) {
    const author = authorOf(units, kind, language);
    if (author) {
      senders.push(partyOf(author));
      used.push(author);
    }
  }
  if (senders.length === 0) {
    const subject = subjectOf(text, units, kind, language, sends, windowEnd, clauseStart, clauseEnd);
    if (subject) {
      senders.push(partyOf(subject));
      used.push(subject);
    }
  }
  if (recipients.length === 0 && sends && language.code === 'ru') {
    // `Кемаль отправляет Ленину письмо`: the verb's dative, before the kind; right between the verb and the kind a
    // name that may be a dative is one, a country too (`НКИД Грузии 31 июля направил Турции ноту`).
    const verb = units.slice(clauseStart, kind.first).findLastIndex((unit) => unit.verb && vocabulary.sendingVerbs.has(unit.lemma));
    const between = verb < 0 ? [] : units.slice(clauseStart + verb + 1, kind.first);
    const dative =
      (between.length === 1 && isName(between[0], 'person', 'org', 'place') && (between[0]!.cases & DATIVE) !== 0 ? between[0] : undefined) ??
      units.slice(clauseStart, kind.first).reverse().find((unit) => isName(unit, 'person', 'org') && definitelyDative(unit));
    if (dative) {
      recipients.push(partyOf(dative));
      used.push(dative);
    }
  }
  if (!date && senders.length === 0 && recipients.length === 0) return undefined;
  return {
    value: { type: kind.type, ...(date ? { date: dateOf(date) } : {}), senders, recipients, form: 'narrative' },
    first: Math.min(...used.map((unit) => unit.start)),
    last: Math.max(...used.map((unit) => unit.end)),
  };
}

/**
 * The agent of a participle of writing or signing that stands before the kind: `подписанный 4 августа
 * министром иностранных дел Турции Юсуфом Кемаль-беем меморандум` — the name in the instrumental.
 */
function authorOf(units: readonly Unit[], kind: KindMatch, language: Language): Unit | undefined {
  for (let i = kind.first - 1; i >= 0 && i >= kind.first - PARTY_REACH; i--) {
    const unit = units[i]!;
    if (isPunct(unit, ...CLAUSE_MARKS, ',')) return undefined;
    if (unit.kind === 'word' && unit.verb && language.vocabulary.authoring.has(unit.lemma)) {
      return units.slice(i + 1, kind.first).find((each) => isName(each, 'person', 'org') && (each.cases & (INSTRUMENTAL | NOMINATIVE | GENITIVE | DATIVE)) === INSTRUMENTAL);
    }
  }
  return undefined;
}

/** The date in the clause nearest to the kind. */
function clauseDate(units: readonly Unit[], kind: KindMatch, clauseStart: number, clauseEnd: number): Unit | undefined {
  let best: Unit | undefined;
  let distance = Infinity;
  for (let i = clauseStart; i < clauseEnd; i++) {
    const gap = i < kind.first ? kind.first - i : i - kind.next;
    if (units[i]!.kind === 'date' && gap < distance) {
      best = units[i];
      distance = gap;
    }
  }
  return best;
}

function subjectOf(
  text: string,
  units: readonly Unit[],
  kind: KindMatch,
  language: Language,
  sends: boolean,
  windowEnd: number,
  clauseStart: number,
  clauseEnd: number,
): Unit | undefined {
  if (language.code === 'en') {
    // `In a letter to Chicherin of 12 February, Karakhan wrote`: the subject of the clause the reference opens.
    let after = windowEnd;
    while (after < clauseEnd && (units[after]!.kind === 'date' || (units[after]!.kind === 'word' && language.vocabulary.dated.has(units[after]!.lemma)))) after += 1;
    const opener = isPunct(units[after], ',') ? units[after + 1] : undefined;
    if (sends && isName(opener, 'person', 'org') && units[after + 2]?.verb) return opener;
    // `Chicherin's letter`, `Kemal in a letter`, `Kemal sent a letter`.
    let i = kind.first - 1;
    while (i >= 0 && units[i]!.kind === 'word' && (BETWEEN_SUBJECT_AND_KIND.has(units[i]!.lemma) || units[i]!.verb)) i -= 1;
    const candidate = units[i];
    if (!isName(candidate, 'person', 'org')) return undefined;
    const possessive = /^['’ʹ]s\b/.test(text.slice(candidate!.end, candidate!.end + 3));
    return possessive || (sends && i < kind.first - 1) || (i < kind.first - 1 && units[i + 1]!.lemma === 'in') ? candidate : undefined;
  }
  if (!sends) return undefined;
  // The nearest name that may be the subject, in the clause (`В письме Г.Чичерину И.Сталин предлагал`); one whose case
  // says nominative before one that does not decline (`наркоминдел Г.Чичерин отправил Мустафе Кемаль-паше телеграмму`).
  const later = units.slice(windowEnd, clauseEnd).filter(maySubject);
  const earlier = units.slice(clauseStart, kind.first).filter(maySubject);
  const rank = (unit: Unit) => ((unit.cases & NOMINATIVE) !== 0 ? 0 : 1);
  const distance = (unit: Unit) => Math.abs(unit.start - units[kind.first]!.start);
  return [...later, ...earlier].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0];
}
