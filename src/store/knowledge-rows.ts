/**
 * What both engines do alike with the rows of the knowledge tables: turning them into the
 * store's objects, and assembling the entries of the timeline, calendar, claims and bibliography
 * from their records and the labels and titles they refer to. Each engine reads the rows its own
 * way; everything from a row on is here, so both answer the same.
 */
import type { ClaimGroup, DocumentRecord, Entity, EntityType, Lang, Mention, MentionOrigin, WorkRecord } from '../model.js';
import { commonSubjectIds } from '../resolve/claim-display.js';
import { foldWord } from '../resolve/fold.js';
import type { BibliographyEntry, CalendarEntry, ClaimEntry, EntityRef, EntitySummary, LinkedMention, MentionInContext, PeriodUnit, TimelineEntry } from './store.js';

export const DEFAULT_TIMELINE_LIMIT = 500;
/** Mentions on an entity's page when the caller asks for no other number. */
export const ENTITY_MENTIONS_SHOWN = 200;
export const CO_OCCURRING_SHOWN = 20;
export const PERIOD_LENGTH: Readonly<Record<PeriodUnit, number>> = { year: 4, month: 7, day: 10 };

export interface EntityRow {
  id: string;
  type: string;
  label: string;
  aliases: string;
  attributes: string;
  mentions: number;
  sources: number;
}

export interface MentionRow {
  kind: Mention['kind'];
  start_offset: number;
  end_offset: number;
  text: string;
  value: string;
  confidence: number;
}

/** A mention joined to its source and passage. */
export interface MentionContextRow {
  source_id: string;
  path: string;
  title: string;
  start_offset: number;
  end_offset: number;
  text: string;
  origin: MentionOrigin;
  passage_start: number;
  passage_end: number;
  sentences: string;
  lang: string;
}

/** A date mention in its context, with the people and organisations of its passage as `[[offset, entity id]…]` JSON. */
export type TimelineRow = MentionContextRow & { value: string; date_min: string; date_max: string; actors: string };

/** Path and title of a source, by its id. */
export type SourceTitles = Map<string, { id: string; path: string; title: string }>;

export function toMention(row: MentionRow): Mention {
  return {
    kind: row.kind,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
    value: JSON.parse(row.value) as Mention['value'],
    confidence: row.confidence,
  } as Mention;
}

/** A mention with the entity it is linked to, when it is. */
export function toLinkedMention(row: MentionRow & { entity_id: string | null; entity_type: EntityType; entity_label: string }): LinkedMention {
  const mention: LinkedMention = toMention(row);
  if (row.entity_id !== null) mention.entity = { id: row.entity_id, type: row.entity_type, label: row.entity_label } satisfies EntityRef;
  return mention;
}

export function toEntity(row: Omit<EntityRow, 'mentions' | 'sources'>): Entity {
  return {
    id: row.id,
    type: row.type as EntityType,
    label: row.label,
    aliases: JSON.parse(row.aliases) as Entity['aliases'],
    attributes: JSON.parse(row.attributes) as Entity['attributes'],
  };
}

export function toEntitySummary(row: EntityRow): EntitySummary {
  return { ...toEntity(row), mentions: row.mentions, sources: row.sources };
}

/** The words of a name long enough to tell an entity by, each by the resolver's script-blind key. */
export function wordKeys(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .map(foldWord)
    .filter(Boolean);
}

/** `1921` → `1921-01-01`; `1921-08` → `1921-08-01`. */
export function lowerDay(partial: string): string {
  return `${partial}${'-01-01'.slice(partial.length - 4)}`;
}

/** `1921` → `1921-12-31`; `1921-08` → `1921-08-31` (string comparison: any day of the month sorts before `-31`). */
export function upperDay(partial: string): string {
  return `${partial}${'-12-31'.slice(partial.length - 4)}`;
}

/** A mention in the sentence that holds it (the passage when no sentence does). */
export function inContext(row: MentionContextRow, texts: (sourceId: string) => string): MentionInContext {
  const text = texts(row.source_id);
  const sentences = JSON.parse(row.sentences) as Array<[number, number]>;
  const [start, end] = sentences.find(([s, e]) => s <= row.start_offset && row.start_offset < e) ?? [row.passage_start, row.passage_end];
  return {
    sourceId: row.source_id,
    path: row.path,
    title: row.title,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
    origin: row.origin,
    sentence: text.slice(start, end),
    sentenceStart: row.start_offset - start,
    lang: row.lang as Lang,
  };
}

/** Timeline entries from their rows, in two steps: the actors' ids each sentence names, then (given their refs) the entries. */
export function timelineEntries(rows: readonly TimelineRow[], texts: (sourceId: string) => string) {
  const entries = rows.map((row) => {
    const value = JSON.parse(row.value) as { edtf: string; inferred: boolean };
    const entry = inContext(row, texts);
    const sentenceStart = entry.start - entry.sentenceStart;
    const sentenceEnd = sentenceStart + entry.sentence.length;
    const named = (JSON.parse(row.actors) as Array<[number, string]>).sort(([a], [b]) => a - b).filter(([offset]) => offset >= sentenceStart && offset < sentenceEnd);
    return { entry: { ...entry, edtf: value.edtf, inferred: value.inferred, min: row.date_min, max: row.date_max }, actorIds: [...new Set(named.map(([, id]) => id))] };
  });
  return {
    actorIds: entries.flatMap(({ actorIds }) => actorIds),
    withActors: (refs: Map<string, EntityRef>): TimelineEntry[] => entries.map(({ entry, actorIds }) => ({ ...entry, actors: actorIds.flatMap((id) => refs.get(id) ?? []) })),
  };
}

function withTitle<T extends { source: string }>(citation: T, sources: SourceTitles): T & { path: string; title: string } {
  return { ...citation, path: sources.get(citation.source)?.path ?? '', title: sources.get(citation.source)?.title ?? '' };
}

/** The sources the records cite. */
export function citedSources(records: ReadonlyArray<{ citations: ReadonlyArray<{ source: string }> }>): string[] {
  return records.flatMap((record) => record.citations.map((citation) => citation.source));
}

export function bibliographyEntries(records: readonly WorkRecord[], sources: SourceTitles): BibliographyEntry[] {
  return records.map((record) => ({ ...record, citations: record.citations.map((citation) => withTitle(citation, sources)) }));
}

/** The entities a calendar of these records names: parties and archives. */
export function calendarEntityIds(records: readonly DocumentRecord[]): string[] {
  return [...new Set(records.flatMap((record) => [...record.senders, ...record.recipients, ...record.holdings.flatMap((h) => (h.archiveEntity ? [h.archiveEntity] : []))]))];
}

export function calendarEntries(records: readonly DocumentRecord[], entities: Map<string, EntityRef>, sources: SourceTitles): CalendarEntry[] {
  const party = (id: string) => entities.get(id) ?? { id, type: 'person' as EntityType, label: id };
  return records.map((record) => ({
    ...record,
    senders: record.senders.map(party),
    recipients: record.recipients.map(party),
    citations: record.citations.map((citation) => withTitle(citation, sources)),
  }));
}

/** The entities claim groups may name: their documents' parties (`parties`, by document) and their statements' subjects. */
export function claimEntityIds(groups: readonly ClaimGroup[], parties: Map<string, string[]>): string[] {
  return groups.flatMap((group) => [...(group.document === undefined ? [] : (parties.get(group.document) ?? [])), ...group.statements.flatMap((each) => each.subjects)]);
}

export function claimEntries(groups: readonly ClaimGroup[], parties: Map<string, string[]>, entities: Map<string, EntityRef>, sources: SourceTitles): ClaimEntry[] {
  const labelOf = (id: string) => entities.get(id)?.label ?? id;
  // A date group's subject is its document's parties; a quantity group's, what most statements name.
  const partiesOf = (group: ClaimGroup) => (group.document === undefined ? [] : (parties.get(group.document) ?? []));
  return groups.map((group) => ({
    ...group,
    statements: group.statements.map((each) => ({ ...each, path: sources.get(each.source)?.path ?? '', title: sources.get(each.source)?.title ?? '' })),
    // An edit may have removed an entity since: only those still there are linked.
    subjectEntities: (group.kind === 'date' ? partiesOf(group) : commonSubjectIds(group.statements, labelOf)).flatMap((id) => entities.get(id) ?? []),
  }));
}
