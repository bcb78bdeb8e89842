/**
 * Who sent a document and to whom, read from the words after its kind: Russian by case
 * (`Письмо Г.Чичерина И.Сталину`: the genitive sent, the dative received), both languages by
 * preposition (`в Кавбюро`, `с И.Абиловым`, `from …`, `to …`).
 *
 * The words are cut into slots, one per party. A slot ends after a person's name, at a comma
 * or `и`/`and`, before a preposition that leads to a name, and where a word's case turns from
 * the slot's (`правительства ВНСТ | Али Фуат-паше`). Its party is the last person it names,
 * else its organisation, else — when it begins with a job title — the role alone
 * (`Народного Комиссара Иностранных Дел Азербайджанской ССР`), for resolution to name later.
 * A slot whose case says nothing (`Г.Орджоникидзе`) takes its part from its place: before a
 * recipient it is the sender, after a sender the recipient.
 */
import type { DocumentParty, NameMention } from '../../model.js';
import { DATIVE, GENITIVE, INSTRUMENTAL, isName, isPunct, type Language, type Unit } from './units.js';

type Part = 'sender' | 'recipient' | 'unknown';

interface Slot {
  part: Part;
  /** Case bits the slot is in, once a word says so definitely. */
  cases: number;
  units: Unit[];
  person?: Unit;
  organisation?: Unit;
  /** A place, taken only where a preposition leads to it (`a letter addressed to Moscow`). */
  place?: Unit;
}

export interface Parties {
  senders: DocumentParty[];
  recipients: DocumentParty[];
}

/** `DATIVE` or `GENITIVE` when the word can only be that of the two, else 0. */
function definiteCase(unit: Unit): number {
  const both = unit.cases & (GENITIVE | DATIVE);
  return both === GENITIVE || both === DATIVE ? both : 0;
}

const CONJUNCTIONS = new Set(['и', 'and', '&']);

/** The parties named in `units` (the words between a document's kind and its date), `text` the source's. */
export function readParties(text: string, units: readonly Unit[], language: Language): Parties {
  const { vocabulary } = language;
  const slots: Slot[] = [];
  let slot: Slot | undefined;
  const close = () => {
    if (slot) slots.push(slot);
    slot = undefined;
  };
  const open = (part: Part, cases = 0): Slot => {
    close();
    slot = { part, cases, units: [] };
    return slot;
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (isPunct(unit, ',', ';', '.', ':') || (unit.kind === 'word' && CONJUNCTIONS.has(unit.lemma))) {
      close();
      continue;
    }
    if (unit.kind === 'punct' || unit.kind === 'number' || unit.kind === 'date') continue;
    if (unit.kind === 'word' && (vocabulary.toward.has(unit.lemma) || vocabulary.from.has(unit.lemma))) {
      // `addressed to`, `адресованный в`, `на имя`, `в адрес`: the second word leads.
      const second = units[i + 1];
      const lead = second?.kind === 'word' && (vocabulary.toward.has(second.lemma) || vocabulary.addressNouns.has(second.lemma)) ? i + 1 : i;
      const target = units[lead + 1];
      const part: Part = vocabulary.from.has(unit.lemma) ? 'sender' : 'recipient';
      // A preposition leads to a party when it reaches a person or organisation (English: any phrase), or through `на имя`.
      const addressed = lead > i && vocabulary.addressNouns.has(units[lead]!.lemma);
      if (addressed || isName(target, 'person', 'org') || (language.code === 'en' && target !== undefined) || (isName(target, 'place') && !slot?.units.length)) {
        open(part);
        i = lead;
        continue;
      }
    }
    const cases = unit.kind === 'name' && (unit.mention as NameMention).kind === 'place' ? 0 : definiteCase(unit);
    // A sender's role takes genitive complements (`Министра Иностранных Дел`); only a dative turns to the recipient.
    if (slot && cases === DATIVE && slot.part === 'unknown' && slot.units.length > 0 && slot.cases !== DATIVE && (slot.cases || slot.person || slot.organisation)) close();
    const current = slot ?? open('unknown');
    if (!current.cases && current.part === 'unknown') current.cases = cases;
    current.units.push(unit);
    if (isName(unit, 'person')) {
      current.person = unit;
      close();
    } else if (isName(unit, 'org')) current.organisation = unit;
    else if (isName(unit, 'place') && current.units.length === 1) current.place = unit;
  }
  close();
  return assignParts(slots.flatMap((each) => partyOf(text, each, language)));
}

interface Placed {
  part: Part;
  cases: number;
  party: DocumentParty;
}

function partyOf(text: string, slot: Slot, language: Language): Placed[] {
  const named = slot.person ?? slot.organisation ?? (slot.part !== 'unknown' ? slot.place : undefined);
  const part: Part = slot.part !== 'unknown' ? slot.part : slot.cases === GENITIVE ? 'sender' : slot.cases === DATIVE ? 'recipient' : 'unknown';
  const words = slot.units.filter((unit) => unit.kind === 'word' && !['the', 'a', 'an'].includes(unit.lemma));
  const opensWithTitle = words.slice(0, 2).some((unit) => language.titles.has(unit.lemma) && !unit.plural);
  const first = slot.units[0]!;
  // `руководителя Кавбюро ЦК РКП (б)`: a title of an organisation names the person who holds it, not the organisation.
  if (named && !(opensWithTitle && !slot.person && named === slot.organisation)) {
    const before = slot.units.slice(0, slot.units.indexOf(named));
    const role = opensWithTitle && before.length ? text.slice(first.start, before[before.length - 1]!.end) : undefined;
    return [{ part, cases: slot.cases, party: { start: named.start, end: named.end, text: named.text, ...(role ? { role } : {}) } }];
  }
  if (!opensWithTitle) return [];
  const last = slot.units[slot.units.length - 1]!;
  return [{ part, cases: slot.cases, party: { start: first.start, end: last.end, text: text.slice(first.start, last.end), roleOnly: true } }];
}

function assignParts(placed: Placed[]): Parties {
  const firstRecipient = placed.findIndex((each) => each.part === 'recipient');
  const parties: Parties = { senders: [], recipients: [] };
  let sawSender = false;
  placed.forEach((each, index) => {
    let part = each.part;
    if (part === 'unknown') {
      // `с И.Абиловым` is led by its preposition; an undecided slot before a recipient sent, after a sender received.
      if (each.cases === INSTRUMENTAL) part = 'recipient';
      else if (firstRecipient > index) part = 'sender';
      else if (sawSender || firstRecipient >= 0) part = 'recipient';
      else part = index === 0 ? 'sender' : 'recipient';
    }
    if (part === 'sender') sawSender = true;
    (part === 'sender' ? parties.senders : parties.recipients).push(each.party);
  });
  return parties;
}
