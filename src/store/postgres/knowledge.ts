/**
 * Mentions, entities, documents, works, claims and the edit log in PostgreSQL: the queries of
 * the SQLite store's knowledge.ts in PostgreSQL's dialect, the rows turned into the store's
 * objects by the same functions (../knowledge-rows.ts).
 */
import type { ClaimGroup, DocumentRecord, Edit, Entity, EntityType, Mention, Resolution, WorkRecord } from '../../model.js';
import { workSortKey } from '../../resolve/bibliography.js';
import { foldName } from '../../search/analyzer.js';
import { edtfBounds } from '../../util/edtf-bounds.js';
import {
  bibliographyEntries,
  calendarEntityIds,
  calendarEntries,
  citedSources,
  claimEntityIds,
  claimEntries,
  CO_OCCURRING_SHOWN,
  DEFAULT_TIMELINE_LIMIT,
  ENTITY_MENTIONS_SHOWN,
  inContext,
  lowerDay,
  PERIOD_LENGTH,
  timelineEntries,
  toEntity,
  toEntitySummary,
  toLinkedMention,
  toMention,
  upperDay,
  wordKeys,
  type EntityRow,
  type MentionContextRow,
  type MentionRow,
  type SourceTitles,
  type TimelineRow,
} from '../knowledge-rows.js';
import { FILL_ENTITY_AGGREGATES, FILL_PERIOD_AGGREGATES } from '../sqlite/entity-aggregates.js';
import type {
  BibliographyEntry,
  BibliographyFilter,
  CalendarEntry,
  CalendarFilter,
  ClaimCounts,
  ClaimEntry,
  ClaimFilter,
  EntityDetails,
  EntityRef,
  EntitySummary,
  LinkedMention,
  MentionPage,
  MonthCount,
  PeriodCount,
  PeriodUnit,
  TimelineEntry,
  TimelineFilter,
} from '../store.js';
import { column, firstRow, insertRows, rows, type Queryable } from './sql.js';

/** Joins mention `m` to its passage `p`: the last passage of its source starting at or before it, when the mention lies inside it. */
export const JOIN_PASSAGE_OF_MENTION = `JOIN passages p ON p.id = (SELECT q.id FROM passages q
  WHERE q.source_id = m.source_id AND q.start_offset <= m.start_offset ORDER BY q.start_offset DESC LIMIT 1)
  AND m.start_offset < p.end_offset`;

/**
 * The aggregates of entity-aggregates.ts (SQLite), refilled from the mentions as linked: the
 * same statements fill them, over the same working tables, which PostgreSQL drops at commit.
 */
const REFRESH_ENTITY_AGGREGATES = `
  DELETE FROM entity_pairs;
  DELETE FROM entity_months;
  DELETE FROM entity_dates;
  DELETE FROM entity_pair_months;
  DELETE FROM type_months;
  CREATE TEMP TABLE entity_passages ON COMMIT DROP AS
    SELECT m.entity_id, p.id AS passage_id, p.source_id, p.start_offset, p.end_offset, count(*)::int AS mentions FROM mentions m
    ${JOIN_PASSAGE_OF_MENTION}
    WHERE m.entity_id IS NOT NULL
    GROUP BY m.entity_id, p.id;
  CREATE INDEX ON entity_passages(passage_id);
  ANALYZE entity_passages;
  CREATE TEMP TABLE entity_passage_dates ON COMMIT DROP AS
    SELECT own.entity_id, own.passage_id, own.mentions, d.date_min, d.date_max FROM entity_passages own
    JOIN mentions d ON d.source_id = own.source_id AND d.kind = 'date' AND d.start_offset >= own.start_offset
      AND d.start_offset < own.end_offset AND d.date_min IS NOT NULL;
  ${FILL_ENTITY_AGGREGATES}
  ${FILL_PERIOD_AGGREGATES}
  DROP TABLE entity_passage_dates;
  DROP TABLE entity_passages;
`;

const ENTITY_COLUMNS = `e.id, e.type, e.label, e.aliases, e.attributes, e.mentions,
  (SELECT count(DISTINCT m.source_id)::int FROM mentions m WHERE m.entity_id = e.id) AS sources`;

/** Joins a mention to its passage, whose text and sentences give the mention's sentence. */
const IN_CONTEXT = `m.source_id, s.path, s.title, m.start_offset, m.end_offset, m.text, m.origin,
  p.start_offset AS passage_start, p.end_offset AS passage_end, p.sentences, p.lang`;
const IN_CONTEXT_FROM = `FROM mentions m JOIN sources s ON s.id = m.source_id ${JOIN_PASSAGE_OF_MENTION}`;

const MENTION_COLUMNS = {
  source_id: 'text', ordinal: 'int', kind: 'text', start_offset: 'int', end_offset: 'int', text: 'text',
  value: 'text', confidence: 'float8', origin: 'text', date_min: 'text', date_max: 'text',
};

/** Texts of stored sources by id, read ahead of the synchronous work that slices them. */
export type TextsOf = (sourceIds: readonly string[]) => Promise<(sourceId: string) => string>;

export async function readMentions(db: Queryable, sourceId: string): Promise<Mention[]> {
  return (
    await rows<MentionRow>(db, `SELECT kind, start_offset, end_offset, text, value, confidence FROM mentions WHERE source_id = @id AND origin = 'machine' ORDER BY ordinal`, { id: sourceId })
  ).map(toMention);
}

export async function linkedMentionsBetween(db: Queryable, sourceId: string, start: number, end: number): Promise<LinkedMention[]> {
  const found = await rows<Parameters<typeof toLinkedMention>[0]>(
    db,
    `SELECT m.kind, m.start_offset, m.end_offset, m.text, m.value, m.confidence, e.id AS entity_id, e.type AS entity_type, e.label AS entity_label
     FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
     WHERE m.source_id = @source AND m.start_offset >= @start AND m.start_offset < @end AND m.end_offset <= @end ORDER BY m.ordinal`,
    { source: sourceId, start, end },
  );
  return found.map(toLinkedMention);
}

/** Writes a source's mentions (inside the caller's transaction), checking each against the text. */
export async function writeMentions(db: Queryable, sourceId: string, text: string, mentions: readonly Mention[]): Promise<void> {
  const values = mentions.map((mention, ordinal) => {
    if (!(0 <= mention.start && mention.start < mention.end && mention.end <= text.length)) {
      throw new Error(`mention ${ordinal} (${mention.kind} "${mention.text}") has offsets ${mention.start}–${mention.end} outside the text`);
    }
    const bounds = mention.kind === 'date' ? edtfBounds(mention.value.edtf) : undefined;
    return [sourceId, ordinal, mention.kind, mention.start, mention.end, mention.text, JSON.stringify(mention.value), mention.confidence, 'machine', bounds?.min, bounds?.max];
  });
  await insertRows(db, 'mentions', MENTION_COLUMNS, values);
}

export async function appendEdit(db: Queryable, edit: Edit): Promise<void> {
  await rows(db, `INSERT INTO edits (id, at, kind, payload, reason) VALUES (@id, @at, @kind, @payload, @reason)`, {
    id: edit.id, at: edit.at, kind: edit.kind, payload: JSON.stringify(edit.payload), reason: edit.reason ?? null,
  });
}

export async function listEdits(db: Queryable): Promise<Edit[]> {
  const found = await rows<{ id: string; at: string; kind: Edit['kind']; payload: string; reason: string | null }>(db, `SELECT id, at, kind, payload, reason FROM edits ORDER BY seq`);
  return found.map((row) => ({ id: row.id, at: row.at, kind: row.kind, payload: JSON.parse(row.payload), ...(row.reason === null ? {} : { reason: row.reason }) }) as Edit);
}

export async function orphanedEdits(db: Queryable): Promise<Map<string, string>> {
  return new Map((await rows<{ edit_id: string; reason: string }>(db, `SELECT edit_id, reason FROM orphaned_edits`)).map((row) => [row.edit_id, row.reason]));
}

/** Replaces the resolution (inside the caller's transaction), as the SQLite store's writeResolution does. */
export async function writeResolution(db: Queryable, resolution: Resolution): Promise<void> {
  await db.query(`DELETE FROM orphaned_edits`);
  await insertRows(db, 'orphaned_edits', { edit_id: 'text', reason: 'text' }, Object.entries(resolution.orphanedEdits ?? {}));
  await db.query(`UPDATE mentions SET entity_id = NULL WHERE entity_id IS NOT NULL`);
  await db.query(`DELETE FROM entities`);
  await db.query(`DELETE FROM documents`);
  await db.query(`DELETE FROM works`);
  await insertRows(db, 'works', { id: 'text', sort_key: 'text', year: 'int', record: 'text' }, resolution.works.map((work) => [work.id, workSortKey(work), work.year, JSON.stringify(work)]));
  await insertRows(db, 'work_authors', { word: 'text', work_id: 'text' }, resolution.works.flatMap((work) => work.authors.flatMap(wordKeys).map((word) => [word, work.id])), 'ON CONFLICT DO NOTHING');
  await db.query(`DELETE FROM claims`);
  await insertRows(
    db,
    'claims',
    { id: 'text', ordinal: 'int', kind: 'text', item: 'text', status: 'text', sources: 'int', claim: 'text' },
    resolution.claims.map((group, ordinal) => [group.id, ordinal, group.kind, group.item, group.status, group.sources, JSON.stringify(group)]),
  );
  const claimItems = resolution.claims.flatMap((group) => {
    const items = [group.item, ...group.statements.flatMap((statement) => (statement.item ? [statement.item] : []))];
    return [...new Set(items.map(foldName))].map((item) => [item, group.id]);
  });
  await insertRows(db, 'claim_items', { name: 'text', claim_id: 'text' }, claimItems, 'ON CONFLICT DO NOTHING');
  await db.query(`DELETE FROM mentions WHERE origin = 'human'`);
  await insertRows(
    db,
    'mentions',
    MENTION_COLUMNS,
    (resolution.humanMentions ?? []).map(({ source, ordinal, mention }) => [source, ordinal, mention.kind, mention.start, mention.end, mention.text, JSON.stringify(mention.value), mention.confidence, 'human', null, null]),
  );
  await insertRows(
    db,
    'documents',
    { id: 'text', type: 'text', date_min: 'text', date_max: 'text', record: 'text' },
    resolution.documents.map((record) => {
      const bounds = record.date ? edtfBounds(record.date.edtf) : undefined;
      return [record.id, record.type, bounds?.min, bounds?.max, JSON.stringify(record)];
    }),
  );
  const parties = resolution.documents.flatMap((record) => [
    ...record.senders.map((id) => [record.id, id, 'sender']),
    ...record.recipients.map((id) => [record.id, id, 'recipient']),
  ]);
  await insertRows(db, 'document_parties', { document_id: 'text', entity_id: 'text', part: 'text' }, parties, 'ON CONFLICT DO NOTHING');
  const counts = new Map<string, number>();
  const links = [...resolution.links].map(([ref, entityId]) => {
    const colon = ref.lastIndexOf(':');
    counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
    return [entityId, ref.slice(0, colon), Number(ref.slice(colon + 1))] as const;
  });
  if (links.length > 0) {
    await db.query(
      `UPDATE mentions m SET entity_id = link.entity_id FROM unnest($1::text[], $2::text[], $3::int[]) AS link(entity_id, source_id, ordinal)
       WHERE m.source_id = link.source_id AND m.ordinal = link.ordinal`,
      [links.map((link) => link[0]), links.map((link) => link[1]), links.map((link) => link[2])],
    );
  }
  await insertRows(
    db,
    'entities',
    { id: 'text', type: 'text', label: 'text', aliases: 'text', attributes: 'text', mentions: 'int' },
    resolution.entities.map((entity) => [entity.id, entity.type, entity.label, JSON.stringify(entity.aliases), JSON.stringify(entity.attributes), counts.get(entity.id) ?? 0]),
  );
  const names = resolution.entities.flatMap((entity) => [entity.label, ...entity.aliases.map((alias) => alias.text)].map((name) => [name, entity.id] as const));
  await insertRows(db, 'entity_names', { name: 'text', entity_id: 'text' }, names.map(([name, id]) => [foldName(name), id]), 'ON CONFLICT DO NOTHING');
  await insertRows(db, 'entity_words', { word: 'text', entity_id: 'text' }, names.flatMap(([name, id]) => wordKeys(name).map((word) => [word, id])), 'ON CONFLICT DO NOTHING');
  await db.query(REFRESH_ENTITY_AGGREGATES);
}

export async function listEntities(db: Queryable, filter: { type?: EntityType; limit?: number; offset?: number }): Promise<EntitySummary[]> {
  const found = await rows<EntityRow>(
    db,
    `SELECT ${ENTITY_COLUMNS} FROM (SELECT id FROM entities ${filter.type ? 'WHERE type = @type' : ''} ORDER BY mentions DESC, label LIMIT @limit OFFSET @offset) page
     JOIN entities e ON e.id = page.id ORDER BY e.mentions DESC, e.label`,
    { type: filter.type, limit: filter.limit ?? null, offset: filter.offset ?? 0 },
  );
  return found.map(toEntitySummary);
}

export async function findEntities(db: Queryable, name: string): Promise<EntitySummary[]> {
  const key = foldName(name);
  if (!key) return [];
  const exact = await rows<EntityRow>(db, `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name = @key) ORDER BY e.mentions DESC`, { key });
  if (exact.length) return exact.map(toEntitySummary);
  // Every word of the query in one of the entity's names, in any script or case: `Чичерину`, `Chicherin`.
  const words = wordKeys(name);
  if (words.length) {
    const found = await rows<EntityRow>(
      db,
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (
         SELECT entity_id FROM entity_words WHERE word = ANY(@words) GROUP BY entity_id HAVING count(DISTINCT word) = @count) ORDER BY e.id`,
      { words, count: new Set(words).size },
    );
    if (found.length) return found.sort((a, b) => b.mentions - a.mentions).map(toEntitySummary);
  }
  const prefixed = await rows<EntityRow>(
    db,
    `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name >= @key AND name < @end) ORDER BY e.mentions DESC LIMIT 20`,
    { key, end: `${key}\uffff` },
  );
  return prefixed.map(toEntitySummary);
}

export async function getEntities(db: Queryable, ids: readonly string[]): Promise<Entity[]> {
  return (await rows<Omit<EntityRow, 'mentions' | 'sources'>>(db, `SELECT id, type, label, aliases, attributes FROM entities WHERE id = ANY(@ids) ORDER BY id`, { ids: [...ids] })).map(toEntity);
}

export async function getEntity(db: Queryable, id: string, textsOf: TextsOf, page: MentionPage): Promise<EntityDetails | undefined> {
  const row = await firstRow<EntityRow>(db, `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = @id`, { id });
  if (!row) return undefined;
  const { limit = ENTITY_MENTIONS_SHOWN, offset = 0 } = page;
  const listed = await rows<MentionContextRow>(
    db,
    `SELECT ${IN_CONTEXT} FROM (SELECT m.source_id, m.ordinal FROM mentions m JOIN sources s ON s.id = m.source_id
       WHERE m.entity_id = @id ORDER BY s.path, m.start_offset LIMIT @limit OFFSET @offset) page
     JOIN mentions m ON m.source_id = page.source_id AND m.ordinal = page.ordinal
     JOIN sources s ON s.id = m.source_id ${JOIN_PASSAGE_OF_MENTION}
     ORDER BY s.path, m.start_offset`,
    { id, limit: limit === 'all' ? null : limit, offset },
  );
  const texts = await textsOf(listed.map((each) => each.source_id));
  const coOccurring = await rows<EntityDetails['coOccurring'][number]>(
    db,
    `SELECT e.id, e.type, e.label, pair.passages FROM entity_pairs pair JOIN entities e ON e.id = pair.other_id
     WHERE pair.entity_id = @id ORDER BY pair.passages DESC, e.label LIMIT @limit`,
    { id, limit: CO_OCCURRING_SHOWN },
  );
  const total = await column<number>(db, `SELECT count(*)::int FROM mentions WHERE entity_id = @id`, { id });
  const dates = await firstRow<Pick<EntityDetails, 'firstDate' | 'lastDate'>>(db, `SELECT first_date AS "firstDate", last_date AS "lastDate" FROM entity_dates WHERE entity_id = @id`, { id });
  return {
    ...toEntitySummary(row),
    mentionList: listed.map((each) => inContext(each, texts)),
    mentionTotal: total[0]!,
    coOccurring,
    ...(dates ?? {}),
    mentionsByMonth: await rows<MonthCount>(db, `SELECT month, mentions AS count FROM entity_months WHERE entity_id = @id ORDER BY month`, { id }),
  };
}

/** The conditions on date mention `m` (and its passage `p`) that a timeline filter sets. */
function timelineConditions(filter: TimelineFilter & { sourceId?: string }): string {
  const conditions = [`m.kind = 'date'`, `m.date_min IS NOT NULL`];
  // Dates wholly inside the window: `--from 1921-08` asks what happened then, not which decades span it.
  if (filter.from) conditions.push(`m.date_min >= @from`);
  if (filter.to) conditions.push(`m.date_max <= @to`);
  if (filter.sourceId) conditions.push(`m.source_id = @source`);
  if (filter.entity) {
    conditions.push(`EXISTS (SELECT 1 FROM mentions n WHERE n.source_id = m.source_id AND n.start_offset >= p.start_offset AND n.start_offset < p.end_offset AND n.entity_id = @entity)`);
  }
  return conditions.join(' AND ');
}

function timelineParameters(filter: TimelineFilter & { sourceId?: string }) {
  return {
    from: filter.from ? lowerDay(filter.from) : undefined,
    to: filter.to ? upperDay(filter.to) : undefined,
    source: filter.sourceId,
    entity: filter.entity,
  };
}

/** The people and organisations named in passage `p`: `[offset, entity id]` pairs as JSON, for the sentence to pick its own. */
const PASSAGE_ACTORS = `(SELECT coalesce(json_agg(json_build_array(n.start_offset, n.entity_id)), '[]')::text FROM mentions n
  WHERE n.source_id = m.source_id AND n.start_offset >= p.start_offset AND n.start_offset < p.end_offset
    AND n.entity_id IS NOT NULL AND n.kind IN ('person', 'org')) AS actors`;

export async function timeline(db: Queryable, textsOf: TextsOf, filter: TimelineFilter & { sourceId?: string }): Promise<TimelineEntry[]> {
  const found = await rows<TimelineRow>(
    db,
    `SELECT ${IN_CONTEXT}, m.value, m.date_min, m.date_max, ${PASSAGE_ACTORS} ${IN_CONTEXT_FROM}
     WHERE ${timelineConditions(filter)} ORDER BY m.date_min, m.date_max, s.path, m.start_offset LIMIT @limit`,
    { ...timelineParameters(filter), limit: filter.limit ?? DEFAULT_TIMELINE_LIMIT },
  );
  const entries = timelineEntries(found, await textsOf(found.map((row) => row.source_id)));
  return entries.withActors(await entityRefs(db, entries.actorIds));
}

export async function timelineCounts(db: Queryable, filter: TimelineFilter & { sourceId?: string }, unit: PeriodUnit): Promise<PeriodCount[]> {
  const join = filter.entity ? JOIN_PASSAGE_OF_MENTION : '';
  return rows<PeriodCount>(
    db,
    `SELECT substr(m.date_min, 1, @length) AS period, count(*)::int AS count FROM mentions m ${join}
     WHERE ${timelineConditions(filter)} GROUP BY period ORDER BY period`,
    { ...timelineParameters(filter), length: PERIOD_LENGTH[unit] },
  );
}

/** Id, type and label of each of these entities that exists, by id. */
async function entityRefs(db: Queryable, ids: readonly string[]): Promise<Map<string, EntityRef>> {
  const found = await rows<EntityRef>(db, `SELECT id, type, label FROM entities WHERE id = ANY(@ids)`, { ids: [...new Set(ids)] });
  return new Map(found.map((row) => [row.id, row]));
}

/** Path and title of each of these sources. */
async function sourcesOf(db: Queryable, ids: readonly string[]): Promise<SourceTitles> {
  const found = await rows<{ id: string; path: string; title: string }>(db, `SELECT id, path, title FROM sources WHERE id = ANY(@ids)`, { ids: [...new Set(ids)] });
  return new Map(found.map((row) => [row.id, row]));
}

export async function bibliography(db: Queryable, filter: BibliographyFilter): Promise<BibliographyEntry[]> {
  const limit = filter.limit ?? null;
  let json: string[];
  if (filter.author !== undefined) {
    const words = wordKeys(filter.author);
    json = words.length
      ? await column<string>(
          db,
          `SELECT record FROM works WHERE id IN (
             SELECT work_id FROM work_authors WHERE word = ANY(@words) GROUP BY work_id HAVING count(DISTINCT word) = @count)
           ORDER BY sort_key, year NULLS FIRST, id LIMIT @limit`,
          { words, count: words.length, limit },
        )
      : [];
  } else json = await column<string>(db, `SELECT record FROM works ORDER BY sort_key, year NULLS FIRST, id LIMIT @limit`, { limit });
  const records = json.map((each) => JSON.parse(each) as WorkRecord);
  return bibliographyEntries(records, await sourcesOf(db, citedSources(records)));
}

export async function claims(db: Queryable, filter: ClaimFilter): Promise<ClaimEntry[]> {
  const conditions: string[] = [];
  if (filter.id !== undefined) conditions.push(`c.id = @id`);
  if (filter.conflictsOnly) conditions.push(`c.status = 'conflict'`);
  if (filter.item !== undefined) conditions.push(`c.id IN (SELECT claim_id FROM claim_items WHERE name = @item)`);
  const json = await column<string>(
    db,
    `SELECT c.claim FROM claims c ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY c.status = 'conflict' DESC, c.sources DESC, c.ordinal LIMIT @limit OFFSET @offset`,
    { id: filter.id, item: filter.item !== undefined ? foldName(filter.item) : undefined, limit: filter.limit ?? null, offset: filter.offset ?? 0 },
  );
  const groups = json.map((each) => JSON.parse(each) as ClaimGroup);
  const documents = groups.flatMap((group) => (group.document === undefined ? [] : [group.document]));
  // Senders before recipients, as a date group's subject names them.
  const partyRows = await rows<{ document_id: string; entity_id: string }>(
    db,
    `SELECT document_id, entity_id FROM document_parties WHERE document_id = ANY(@documents) ORDER BY document_id, part DESC, entity_id`,
    { documents },
  );
  const parties = new Map<string, string[]>(documents.map((document) => [document, []]));
  for (const row of partyRows) parties.get(row.document_id)!.push(row.entity_id);
  const sources = await sourcesOf(db, groups.flatMap((group) => group.statements.map((each) => each.source)));
  return claimEntries(groups, parties, await entityRefs(db, claimEntityIds(groups, parties)), sources);
}

export async function claimCounts(db: Queryable, filter: Pick<ClaimFilter, 'item'>): Promise<ClaimCounts> {
  const found = await rows<{ status: ClaimGroup['status']; count: number }>(
    db,
    filter.item === undefined
      ? `SELECT status, count(*)::int AS count FROM claims GROUP BY status`
      : `SELECT status, count(*)::int AS count FROM claims WHERE id IN (SELECT claim_id FROM claim_items WHERE name = @item) GROUP BY status`,
    filter.item === undefined ? {} : { item: foldName(filter.item) },
  );
  const counts: ClaimCounts = { conflict: 0, agree: 0, single: 0 };
  for (const { status, count } of found) counts[status] = count;
  return counts;
}

export async function calendar(db: Queryable, filter: CalendarFilter): Promise<CalendarEntry[]> {
  const conditions: string[] = [];
  if (filter.from) conditions.push(`d.date_min >= @from`);
  if (filter.to) conditions.push(`d.date_max <= @to`);
  if (filter.type) conditions.push(`d.type = @type`);
  if (filter.entities) conditions.push(`d.id IN (SELECT document_id FROM document_parties WHERE entity_id = ANY(@entities))`);
  // Undated records last: they have a place in the calendar, only not a day.
  const json = await column<string>(
    db,
    `SELECT d.record FROM documents d ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY d.date_min IS NULL, d.date_min, d.date_max, d.id LIMIT @limit`,
    {
      from: filter.from ? lowerDay(filter.from) : undefined,
      to: filter.to ? upperDay(filter.to) : undefined,
      type: filter.type,
      entities: filter.entities,
      limit: filter.limit ?? null,
    },
  );
  const records = json.map((each) => JSON.parse(each) as DocumentRecord);
  return calendarEntries(records, await entityRefs(db, calendarEntityIds(records)), await sourcesOf(db, citedSources(records)));
}
