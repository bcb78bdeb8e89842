/**
 * Document references → one record per real document, across sources and languages.
 *
 * - Parties become entities: a name through the link of its mention; a role alone (`Народного
 *   Комиссара Иностранных Дел Азербайджанской ССР`) through the name some reference writes with
 *   the same role (`Наркома Иностранных Дел Азербайджанской ССР М.Д.Гусейнова`), else it stays
 *   a role, never a guessed person.
 * - References that agree on kind (a cipher telegram is a telegram), date and parties are one
 *   record. A reference that says less (`в телеграмме от 18 августа И.Сталину`, no sender)
 *   joins the one record it fits, if only one; else it is a record of its own.
 * - Treaties are one record per place of signing (`Карсский договор`, `Treaty of Kars`), or,
 *   named by date alone, per date.
 * - Ids hash what makes the record, so the same corpus gives the same ids.
 */
import { createHash } from 'node:crypto';
import type { AnnotatedSource, DocumentMention, DocumentParty, DocumentRecord, DocumentType, Entity } from '../model.js';
import { lemmaOf } from '../lang/ru/morphology.js';
import { hasCyrillic, russianStem } from '../lang/ru/transliteration.js';
import { foldWord } from './fold.js';
import { findKnownPlace, findPlace, placeKey } from './gazetteer.js';

interface Reference {
  source: AnnotatedSource;
  index: number;
  mention: DocumentMention;
  senders: string[];
  recipients: string[];
  senderRoles: string[];
  recipientRoles: string[];
  treatyPlace?: { key: string; label: string; entity?: string };
}

/** Telegrams and cipher telegrams are one kind for telling documents apart. */
function family(type: DocumentType): DocumentType {
  return type === 'cipher_telegram' ? 'telegram' : type;
}

/** Longer role phrases written short elsewhere (`Народного Комиссара` = `Наркома`). */
const ROLE_SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bнародный комиссар\b/g, 'нарком'],
  [/\bполномочный представитель\b/g, 'полпред'],
  [/\bpeople s commissar\b/g, 'commissar'],
];
const ROLE_STOPWORDS = new Set(['the', 'a', 'an', 'of', 'for', 'по']);

/** A role's words in dictionary form: how two spellings of one office compare. */
export function roleKey(role: string): string {
  let key = role
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !ROLE_STOPWORDS.has(word))
    .map((word) => (hasCyrillic(word) ? lemmaOf(word).replaceAll('ё', 'е') : word))
    .join(' ');
  for (const [pattern, short] of ROLE_SYNONYMS) key = key.replace(pattern, short);
  return key;
}

function mentionIndexAt(source: AnnotatedSource, party: DocumentParty): number {
  return source.mentions.findIndex(
    (mention) => mention.start === party.start && mention.end === party.end && mention.kind !== 'document' && mention.kind !== 'date',
  );
}

/**
 * `Карсский` → `Карс`, `Александропольский` → `Александрополь`, `Московский` → `Москва`, `Рижский` → `Рига`:
 * the towns an adjective may be of (`ж` before `-ский` alternates with the town's `г`, as in `пражский`).
 */
function placesOfAdjective(word: string): string[] {
  const stem = russianStem(word.toLowerCase());
  const base = stem.replace(/(?:ск|цк)$/, '');
  if (base === stem) return [word];
  const alternated = base.endsWith('ж') ? [`${base.slice(0, -1)}га`] : [];
  return [...alternated, base, `${base}а`, `${base}ь`, `${base}я`, `${base}о`, base.replace(/ов$/, 'ва'), base.replace(/ан$/, 'ань'), base.replace(/ль$/, 'лло')];
}

function treatyPlace(source: AnnotatedSource, mention: DocumentMention, links: ReadonlyMap<string, string>, placeEntities: ReadonlyMap<string, string>): Reference['treatyPlace'] {
  const at = mention.value.signedAt;
  if (!at) return undefined;
  const index = mentionIndexAt(source, { ...at });
  const named = index >= 0 ? source.mentions[index] : undefined;
  const entity = index >= 0 ? links.get(`${source.id}:${index}`) : undefined;
  // A place mention (`подписан в Карсе`) is looked up by its lemma; an adjective (`Карсский`) by the towns it may be of.
  const names = named?.kind === 'place' ? [named.value.lemma] : hasCyrillic(at.text) ? placesOfAdjective(at.text) : [at.text];
  const place = names.map((name) => findKnownPlace(name)).find(Boolean) ?? names.map((name) => findPlace(name, new Set())).find(Boolean);
  if (!place) return { key: `name:${placeKey(names[0]!)}`, label: at.text, ...(entity ? { entity } : {}) };
  // The place's entity only where the corpus mentions the place (`Карсский` alone makes no mention of Kars).
  const placeEntity = entity ?? placeEntities.get(place.id);
  return { key: place.id, label: place.label, ...(placeEntity ? { entity: placeEntity } : {}) };
}

function datesAgree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);
}

function within(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((id) => whole.includes(id));
}

interface Group {
  references: Reference[];
  type: DocumentType;
  date?: string;
  senders: string[];
  recipients: string[];
  treaty?: string;
}

function keyOf(group: Pick<Group, 'type' | 'date' | 'senders' | 'recipients' | 'treaty'>, title?: string): string {
  if (group.treaty) return `treaty|${group.treaty}`;
  return [family(group.type), group.date ?? '', [...group.senders].sort().join(','), [...group.recipients].sort().join(','), title ?? ''].join('|');
}

/** How much a reference tells: a formula with date and parties first, a bare mention last. */
function fullness(reference: Reference): number {
  const { value } = reference.mention;
  return (value.form === 'narrative' ? 0 : 4) + (value.date ? 2 : 0) + (reference.senders.length ? 1 : 0) + (reference.recipients.length ? 1 : 0);
}

/** `entities`: those the links name, for the place entity of a gazetteer entry (its id, or an authority record's). */
export function resolveDocuments(sources: readonly AnnotatedSource[], links: ReadonlyMap<string, string>, entities: readonly Entity[]): DocumentRecord[] {
  const references: Reference[] = [];
  const linked = new Set(links.values());
  const placeEntities = new Map(
    entities.filter((entity) => entity.type === 'place' && typeof entity.attributes.gazetteer === 'string' && linked.has(entity.id)).map((entity) => [entity.attributes.gazetteer as string, entity.id]),
  );
  const roles = new Map<string, string>();
  const pending: Array<{ reference: Reference; party: DocumentParty; side: 'senders' | 'recipients' }> = [];
  for (const source of sources) {
    const entityOfSpan = (start: number, end: number) => {
      const index = mentionIndexAt(source, { start, end, text: '' });
      return index >= 0 ? links.get(`${source.id}:${index}`) : undefined;
    };
    source.mentions.forEach((mention, index) => {
      if (mention.kind !== 'document') return;
      const reference: Reference = { source, index, mention, senders: [], recipients: [], senderRoles: [], recipientRoles: [] };
      for (const side of ['senders', 'recipients'] as const) {
        for (const party of mention.value[side]) {
          const entity = party.roleOnly ? undefined : entityOfSpan(party.start, party.end);
          if (entity) {
            if (!reference[side].includes(entity)) reference[side].push(entity);
            if (party.role) roles.set(roleKey(party.role), roles.get(roleKey(party.role)) ?? entity);
          } else if (party.roleOnly) pending.push({ reference, party, side });
        }
      }
      const place = mention.value.type === 'treaty' ? treatyPlace(source, mention, links, placeEntities) : undefined;
      if (place) reference.treatyPlace = place;
      references.push(reference);
    });
  }
  for (const { reference, party, side } of pending) {
    const entity = roles.get(roleKey(party.text));
    if (entity && !reference[side].includes(entity)) reference[side].push(entity);
    else if (!entity) reference[side === 'senders' ? 'senderRoles' : 'recipientRoles'].push(party.text);
  }
  const groups = [...groupTreaties(references.filter((each) => each.mention.value.type === 'treaty')), ...groupLetters(references.filter((each) => each.mention.value.type !== 'treaty'))];
  const used = new Set<string>();
  return groups
    .map((group) => {
      const record = toRecord(group, links);
      // Two records alike in all that makes one (two undated letters of one sender that nothing ties): the earliest citation tells them apart.
      if (used.has(record.id)) record.id = documentId(`${record.id}\u0000${record.citations[0]!.source}:${record.citations[0]!.start}`);
      used.add(record.id);
      return record;
    })
    .sort((a, b) => (a.date?.edtf ?? '9999').localeCompare(b.date?.edtf ?? '9999') || a.id.localeCompare(b.id));
}

function groupTreaties(references: readonly Reference[]): Group[] {
  const groups = new Map<string, Group>();
  const byDate: Reference[] = [];
  for (const reference of references) {
    if (!reference.treatyPlace) {
      // A treaty named by neither a known place nor a date cannot be told from any other: left out, not guessed.
      if (reference.mention.value.date) byDate.push(reference);
      continue;
    }
    const group = groups.get(reference.treatyPlace.key) ?? { references: [], type: 'treaty' as const, senders: [], recipients: [], treaty: reference.treatyPlace.key };
    group.references.push(reference);
    groups.set(reference.treatyPlace.key, group);
  }
  for (const group of groups.values()) group.date = preciseDate(group.references);
  // The most precise dates first, so that a month (`в марте 1921 года`) finds the day already placed.
  byDate.sort((a, b) => b.mention.value.date!.edtf.length - a.mention.value.date!.edtf.length);
  for (const reference of byDate) {
    const edtf = reference.mention.value.date!.edtf;
    // `договор, подписанный в марте 1921 года` is the treaty of 16 March 1921 when only one treaty of the corpus falls in that month.
    const same = [...groups.values()].filter((group) => group.date !== undefined && group.date.length >= edtf.length && datesAgree(group.date, edtf));
    if (same.length === 1) same[0]!.references.push(reference);
    else {
      const key = `date:${edtf}`;
      const group = groups.get(key) ?? { references: [], type: 'treaty' as const, senders: [], recipients: [], treaty: key, date: edtf };
      group.references.push(reference);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

function preciseDate(references: readonly Reference[]): string | undefined {
  const dates = references.flatMap((reference) => (reference.mention.value.date ? [reference.mention.value.date.edtf] : []));
  return dates.sort((a, b) => b.length - a.length)[0];
}

/** A date to the day (or a range of days): enough to tell one document from another of the same parties. */
function toTheDay(edtf: string | undefined): boolean {
  return edtf !== undefined && /^\d{4}-\d{2}-\d{2}/.test(edtf);
}

/**
 * Whether a reference's parties on one side fit a group's: the reference names no one the group does not,
 * or the group knows that side only by a role and the reference, dated to the same day, names who held it
 * (`24 августа наркоминдел Армении А.Мравян отправил ноту` for the note of the Armenian commissar of that day).
 */
function sideFits(reference: Reference, group: Group, side: 'senders' | 'recipients'): boolean {
  if (within(reference[side], group[side])) return true;
  const roles = side === 'senders' ? 'senderRoles' : 'recipientRoles';
  return group[side].length === 0 && group.references.some((each) => each[roles].length > 0) && toTheDay(group.date) && group.date === reference.mention.value.date?.edtf;
}

/**
 * Of several records a reference may be of, the one whose citation formula follows it nearest in its own
 * text; else the one cited nearest before it (`Я читал телеграмму Орджоникидзе` after that telegram's formula).
 */
function citedNext(reference: Reference, groups: readonly Group[]): Group | undefined {
  let after: { group?: Group; gap: number } = { gap: FORMULA_REACH + 1 };
  let before: { group?: Group; gap: number } = { gap: FORMULA_REACH + 1 };
  for (const group of groups) {
    for (const each of group.references) {
      if (each.source !== reference.source || each.mention.value.form !== 'formula') continue;
      const following = each.mention.start >= reference.mention.end;
      const gap = following ? each.mention.start - reference.mention.end : reference.mention.start - each.mention.end;
      if (following && gap < after.gap) after = { group, gap };
      if (!following && gap >= 0 && gap < before.gap) before = { group, gap };
    }
  }
  return after.group ?? before.group;
}
/** How far after a reference in running text the formula that cites the same document may stand, in characters. */
const FORMULA_REACH = 1500;

function groupLetters(references: readonly Reference[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const ordered = [...references].sort((a, b) => fullness(b) - fullness(a));
  for (const reference of ordered) {
    const { value } = reference.mention;
    const candidate = { type: value.type, date: value.date?.edtf, senders: reference.senders, recipients: reference.recipients };
    const key = keyOf(candidate, value.title);
    const exact = byKey.get(key);
    if (exact) {
      exact.references.push(reference);
      continue;
    }
    // A reference that leaves the day or a party open is matched only within its own text: across texts it could be any of them.
    const open = !toTheDay(candidate.date) || candidate.senders.length === 0 || candidate.recipients.length === 0;
    const fitting = value.title
      ? []
      : groups.filter(
          (group) =>
            family(group.type) === family(value.type) &&
            datesAgree(group.date, candidate.date) &&
            sideFits(reference, group, 'senders') &&
            sideFits(reference, group, 'recipients') &&
            (candidate.senders.length + candidate.recipients.length > 0 || (candidate.date?.length ?? 0) >= 10) &&
            (!open || group.references.some((each) => each.source === reference.source)),
        );
    const chosen = fitting.length === 1 ? fitting[0] : citedNext(reference, fitting);
    if (chosen) {
      chosen.references.push(reference);
      continue;
    }
    // A reference in running text that names neither party nor date identifies no document of its own.
    if (value.form === 'narrative' && !candidate.date && candidate.senders.length + candidate.recipients.length === 0) continue;
    const group: Group = { references: [reference], ...candidate, senders: [...candidate.senders], recipients: [...candidate.recipients] };
    groups.push(group);
    byKey.set(key, group);
  }
  return groups;
}

function documentId(identity: string): string {
  return `d-${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

function toRecord(group: Group, links: ReadonlyMap<string, string>): DocumentRecord {
  const references = [...group.references].sort((a, b) => fullness(b) - fullness(a));
  const best = references[0]!;
  const type = best.mention.value.type === 'telegram' && references.some((each) => each.mention.value.type === 'cipher_telegram') ? 'cipher_telegram' : best.mention.value.type;
  const dated = references.filter((each) => each.mention.value.date).sort((a, b) => b.mention.value.date!.edtf.length - a.mention.value.date!.edtf.length)[0];
  const union = (side: 'senders' | 'recipients' | 'senderRoles' | 'recipientRoles') => [...new Set(references.flatMap((each) => each[side]))];
  const senders = union('senders');
  const recipients = union('recipients');
  const date = dated ? { edtf: dated.mention.value.date!.edtf, inferred: dated.mention.value.date!.inferred } : undefined;
  const title = references.find((each) => each.mention.value.title)?.mention.value.title;
  const place = references.find((each) => each.treatyPlace)?.treatyPlace;
  const citations = references
    .map(({ source, index, mention }) => ({ source: source.id, mention: index, start: mention.start, end: mention.end, text: mention.text, form: mention.value.form }))
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start));
  const identity = keyOf({ type, date: date?.edtf, senders, recipients, treaty: group.treaty }, title);
  return {
    id: documentId(identity),
    type,
    ...(date ? { date } : {}),
    senders,
    recipients,
    senderRoles: senders.length ? [] : union('senderRoles'),
    recipientRoles: recipients.length ? [] : union('recipientRoles'),
    ...(place ? { signedAt: { label: place.label, ...(place.entity ? { entity: place.entity } : {}) } } : {}),
    ...(title ? { title } : {}),
    holdings: holdingsOf(references, links),
    citations,
  };
}

function holdingsOf(references: readonly Reference[], links: ReadonlyMap<string, string>): DocumentRecord['holdings'] {
  const seen = new Set<string>();
  const holdings: DocumentRecord['holdings'] = [];
  for (const { source, mention } of references) {
    const holding = mention.value.holding;
    if (!holding || seen.has(foldWord(holding.text))) continue;
    seen.add(foldWord(holding.text));
    const { archive, ...rest } = holding;
    const index = archive ? mentionIndexAt(source, archive) : -1;
    const archiveEntity = index >= 0 ? links.get(`${source.id}:${index}`) : undefined;
    holdings.push({ ...rest, ...(archive ? { archive: archive.text } : {}), ...(archiveEntity ? { archiveEntity } : {}) });
  }
  return holdings;
}
