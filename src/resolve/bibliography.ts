/**
 * Citations and bibliography entries → one record per real work, across sources.
 *
 * - Within a text, an author–date citation joins the entry of the text's bibliography with
 *   the same year (and year letter) and the same first surname, spelling-blind and with a
 *   slip allowed (`Ulgu 2010` → `Ulgul M., 2010`, `Akşhin` → `Akshin`), the exact surname
 *   first; an entry without authors is cited by the first words of its title (`(История
 *   1986: 93)` → `История международных отношений…, 1986`). `Ibid.` joins the work cited
 *   just before it; `op. cit.` (`Указ. соч.`, `a.g.e.`) the latest cited work of its author.
 * - Across texts, and between notes, works with the same first surname and year, or the same
 *   title, are one (folded: `Gökay` = `Gokay`); two entries of one bibliography never are, nor
 *   an entry and a citation of its own text that was not linked to it (two `Orlov 1990`).
 * - A citation that matches no entry is a record of its own with the surnames and year it
 *   gives: its title is unknown, never guessed.
 * - Ids hash the first surname and year (else the title), so the same corpus gives the same ids.
 */
import { createHash } from 'node:crypto';
import type { AnnotatedSource, BibliographicFields, CitationMention, WorkCitation, WorkMention, WorkRecord } from '../model.js';
import { surnameOf } from '../annotate/citations/authors.js';
import { foldWords, similarKeys } from './fold.js';

interface Reference {
  source: string;
  index: number;
  mention: CitationMention | WorkMention;
}

/** References found to be one work so far, and the keys that may join it to others. */
interface Group {
  references: Reference[];
  keys: Set<string>;
  /** Sources whose bibliography lists the work: two entries of one list are two works. */
  listedIn: Set<string>;
  /** Sources whose citations of the work match no entry of their own bibliography, or several: it is none of those entries. */
  unlistedIn: Set<string>;
}

const isEntry = (reference: Reference) => reference.mention.kind === 'work';

/** Words folded as names are (`Gökay` = `Gokay`, `Гокай`), punctuation dropped. */
function foldedPhrase(words: string): string {
  return foldWords(words.replace(/[^\p{L}\p{N}\s]+/gu, ' ')).join(' ');
}

/** The first author's surname, folded: what author–date citations and entries are matched by. */
function surnameKey(fields: BibliographicFields, form: 'author-date' | 'note' | 'entry'): string | undefined {
  const first = fields.authors[0];
  if (first === undefined) return undefined;
  return foldedPhrase(form === 'author-date' ? first : surnameOf(first)) || undefined;
}

function yearKey(fields: BibliographicFields): string | undefined {
  return fields.year === undefined ? undefined : `${fields.year}${fields.yearSuffix ?? ''}`;
}

/** A title of two words or more, folded; shorter ones are too common to tell works apart. */
function titleKey(fields: BibliographicFields): string | undefined {
  const folded = fields.title ? foldedPhrase(fields.title) : '';
  return folded.includes(' ') ? folded : undefined;
}

function formOf(reference: Reference): WorkCitation['form'] {
  return reference.mention.kind === 'work' ? 'entry' : reference.mention.value.form;
}

function keysOf(reference: Reference): Set<string> {
  const { value } = reference.mention;
  const keys = new Set<string>();
  const surname = surnameKey(value, formOf(reference));
  const year = yearKey(value);
  if (surname && year) keys.add(`author:${surname}|${year}`);
  const title = titleKey(value);
  if (title) keys.add(`title:${title}`);
  return keys;
}

/** The entry of the same text an author–date citation cites: exact surname first, then a near spelling; only when one fits. */
function citedEntry(citation: CitationMention, entries: readonly Group[]): Group | undefined {
  const surname = surnameKey(citation.value, 'author-date');
  if (!surname) return undefined;
  const sameYear = entries.filter((group) => {
    const entry = group.references[0]!.mention.value;
    return entry.year === citation.value.year && (!entry.yearSuffix || !citation.value.yearSuffix || entry.yearSuffix === citation.value.yearSuffix);
  });
  const entryName = (group: Group) => {
    const entry = group.references[0]!.mention.value;
    // An entry without authors is cited by its title's first words.
    return surnameKey(entry, 'entry') ?? (entry.title ? foldedPhrase(entry.title).split(' ').slice(0, surname.split(' ').length).join(' ') : '');
  };
  for (const fits of [(name: string) => name === surname, (name: string) => similarKeys(name, surname)]) {
    const found = sameYear.filter((group) => fits(entryName(group)));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The latest work cited before whose first author an `op. cit.` names. */
function citedBefore(citation: CitationMention, cited: readonly Group[]): Group | undefined {
  const surname = surnameKey(citation.value, 'note');
  if (!surname) return undefined;
  for (let i = cited.length - 1; i >= 0; i--) {
    const group = cited[i]!;
    if (group.references.some((reference) => {
      const other = surnameKey(reference.mention.value, formOf(reference));
      return other !== undefined && similarKeys(other, surname);
    })) return group;
  }
  return undefined;
}

function newGroup(reference: Reference, hasEntries = false): Group {
  return {
    references: [reference],
    keys: keysOf(reference),
    listedIn: new Set(isEntry(reference) ? [reference.source] : []),
    unlistedIn: new Set(hasEntries && !isEntry(reference) ? [reference.source] : []),
  };
}

const shareAny = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((each) => b.has(each));

/** Two entries of one bibliography, or an entry and a citation its own text did not link to it, are not one work. */
function apart(a: Group, b: Group): boolean {
  return shareAny(a.listedIn, b.listedIn) || shareAny(a.unlistedIn, b.listedIn) || shareAny(a.listedIn, b.unlistedIn);
}

/** Groups sharing a key are one work, unless that would make two entries of one bibliography one. */
function joinByKeys(groups: readonly Group[]): Group[] {
  const owner = new Map<string, Group>();
  const merged = new Map<Group, Group>();
  const find = (group: Group): Group => {
    let root = group;
    while (merged.has(root)) root = merged.get(root)!;
    return root;
  };
  for (const group of groups) {
    let root = find(group);
    for (const each of [...group.keys].sort()) {
      const other = owner.get(each);
      if (!other) {
        owner.set(each, root);
        continue;
      }
      const target = find(other);
      if (target === root || apart(root, target)) continue;
      target.references.push(...root.references);
      for (const k of root.keys) target.keys.add(k);
      for (const source of root.listedIn) target.listedIn.add(source);
      for (const source of root.unlistedIn) target.unlistedIn.add(source);
      merged.set(root, target);
      root = target;
    }
  }
  return groups.filter((group) => !merged.has(group));
}

export function resolveWorks(sources: readonly AnnotatedSource[]): WorkRecord[] {
  const groups: Group[] = [];
  for (const source of sources) {
    const entries: Group[] = [];
    /** The works this text has cited so far, latest last: what `Ibid.` and `op. cit.` point back to. */
    const cited: Group[] = [];
    source.mentions.forEach((mention, index) => {
      if (mention.kind === 'work') entries.push(newGroup({ source: source.id, index, mention }));
    });
    groups.push(...entries);
    source.mentions.forEach((mention, index) => {
      if (mention.kind !== 'citation') return;
      const reference: Reference = { source: source.id, index, mention };
      const earlier = mention.value.ibid ? cited[cited.length - 1] : mention.value.opCit ? citedBefore(mention, cited) : undefined;
      if (mention.value.ibid || earlier) {
        // `Ibid.` with nothing cited before it points nowhere.
        earlier?.references.push(reference);
        if (earlier) cited.push(earlier);
        return;
      }
      let group = mention.value.form === 'author-date' ? citedEntry(mention, entries) : undefined;
      if (group) group.references.push(reference);
      else groups.push((group = newGroup(reference, entries.length > 0)));
      cited.push(group);
    });
  }
  const used = new Set<string>();
  return joinByKeys(groups)
    .map((group) => {
      const record = toRecord(group);
      // Two works alike in what makes the id (two bibliographies' `Tarasov 2009` the keys kept apart): the earliest reference tells them apart.
      if (used.has(record.id)) record.id = workId(`${record.id}\u0000${record.citations[0]!.source}:${record.citations[0]!.start}`);
      used.add(record.id);
      return record;
    })
    .sort((a, b) => workSortKey(a).localeCompare(workSortKey(b)) || (a.year ?? 0) - (b.year ?? 0) || a.id.localeCompare(b.id));
}

/** Where a work stands in a bibliography: by its first author's surname (else its title), lower case. */
export function workSortKey(record: Pick<WorkRecord, 'authors' | 'title'>): string {
  const first = record.authors[0];
  return (first !== undefined ? surnameOf(first) : record.title ?? '').toLowerCase();
}

function workId(identity: string): string {
  return `w-${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

/** How much a reference tells: an entry first, then the note or citation with most fields. */
function fullness(reference: Reference): number {
  const rank = { entry: 100, note: 50, 'author-date': 0 }[formOf(reference)];
  return rank + Object.keys(reference.mention.value).length;
}

const FILLED: ReadonlyArray<keyof Omit<BibliographicFields, 'authors'>> = ['year', 'yearSuffix', 'title', 'place', 'publisher', 'journal', 'volume', 'issue', 'pages', 'url'];

function toRecord(group: Group): WorkRecord {
  const byPlace = (a: Reference, b: Reference) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.mention.start - b.mention.start);
  const references = [...group.references].sort((a, b) => fullness(b) - fullness(a) || byPlace(a, b));
  const best = references[0]!;
  const fields: Partial<BibliographicFields> = {};
  for (const field of FILLED) {
    // Pages of a citation point into the work; only an entry's pages are the work's own.
    const giver = references.find((reference) => reference.mention.value[field] !== undefined && (field !== 'pages' || isEntry(reference)));
    if (giver) Object.assign(fields, { [field]: giver.mention.value[field] });
  }
  const entry = references.find(isEntry);
  // An entry without authors is cited by its title's words (`(История 1986)`): those are no author.
  const authors = entry ? entry.mention.value.authors : references.find((reference) => reference.mention.value.authors.length > 0)?.mention.value.authors ?? [];
  const citations: WorkCitation[] = [...group.references]
    .sort((a, b) => Number(isEntry(b)) - Number(isEntry(a)) || byPlace(a, b))
    .map((reference) => ({
      source: reference.source,
      mention: reference.index,
      start: reference.mention.start,
      end: reference.mention.end,
      text: reference.mention.text,
      form: formOf(reference),
      ...(!isEntry(reference) && reference.mention.value.pages ? { pages: reference.mention.value.pages } : {}),
    }));
  const surname = surnameKey(best.mention.value, formOf(best));
  const year = yearKey(fields as BibliographicFields);
  const identity = surname && year ? `author:${surname}|${year}` : `title:${fields.title ? foldedPhrase(fields.title) : foldedPhrase(best.mention.text)}`;
  return {
    id: workId(identity),
    authors,
    ...fields,
    ...(entry ? { entry: entry.mention.text } : {}),
    citations,
  };
}
