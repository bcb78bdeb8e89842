/**
 * What the recognizers and the resolver made of the stored sources: mentions (standoff
 * spans into a source's text) and the entities they resolve to, with the queries the
 * commands need — entities by name, an entity's mentions in their sentences, the timeline.
 */
import type Database from 'better-sqlite3';
import type { ClaimGroup, DocumentRecord, Edit, Entity, EntityType, Mention, Resolution, WorkRecord } from '../../model.js';
import { foldName } from '../../search/analyzer.js';
import { workSortKey } from '../../resolve/bibliography.js';
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
import { REFRESH_ENTITY_AGGREGATES } from './entity-aggregates.js';
import { JOIN_PASSAGE_OF_MENTION } from './mention-passage.js';
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


const ENTITY_COLUMNS = `e.id, e.type, e.label, e.aliases, e.attributes, e.mentions,
  (SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.entity_id = e.id) AS sources`;

/** Joins a mention to its passage, whose text and sentences give the mention's sentence. */
const IN_CONTEXT = `m.source_id, s.path, s.title, m.start_offset, m.end_offset, m.text, m.origin,
  p.start_offset AS passage_start, p.end_offset AS passage_end,
  p.sentences, p.lang
  FROM mentions m
  JOIN sources s ON s.id = m.source_id
  ${JOIN_PASSAGE_OF_MENTION}`;

/** A page of an entity's mentions (`?` entity, limit, offset) in their sentences, in order of source path and offset; `from` joins mentions `m` and sources `s`. */
function entityMentionPage(db: Database.Database, from: string): Database.Statement {
  return db.prepare(
    `SELECT ${IN_CONTEXT.replace('FROM mentions m', `FROM (SELECT m.source_id, m.ordinal ${from}
       WHERE m.entity_id = ? ORDER BY s.path, m.start_offset LIMIT ? OFFSET ?) page
       JOIN mentions m ON m.source_id = page.source_id AND m.ordinal = page.ordinal`)}
     ORDER BY s.path, m.start_offset`,
  );
}

export function prepareKnowledgeStatements(db: Database.Database) {
  return {
    annotatedOtherwise: db.prepare(`SELECT id FROM sources WHERE annotated_by IS NOT ? ORDER BY path`).pluck(),
    markAnnotated: db.prepare(`UPDATE sources SET annotated_by = ? WHERE id = ?`),
    mentionsOf: db.prepare(
      `SELECT kind, start_offset, end_offset, text, value, confidence FROM mentions WHERE source_id = ? AND origin = 'machine' ORDER BY ordinal`,
    ),
    // The researcher's mentions go too: they are numbered after the machine's, and every resolution writes them again from the edit log.
    deleteMentions: db.prepare(`DELETE FROM mentions WHERE source_id = ?`),
    deleteHumanMentions: db.prepare(`DELETE FROM mentions WHERE origin = 'human'`),
    insertMention: db.prepare(
      `INSERT INTO mentions (source_id, ordinal, kind, start_offset, end_offset, text, value, confidence, origin, date_min, date_max)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    appendEdit: db.prepare(`INSERT INTO edits (id, at, kind, payload, reason) VALUES (@id, @at, @kind, @payload, @reason)`),
    edits: db.prepare(`SELECT id, at, kind, payload, reason FROM edits ORDER BY seq`),
    clearLinks: db.prepare(`UPDATE mentions SET entity_id = NULL WHERE entity_id IS NOT NULL`),
    link: db.prepare(`UPDATE mentions SET entity_id = ? WHERE source_id = ? AND ordinal = ?`),
    clearEntities: db.prepare(`DELETE FROM entities`),
    clearDocuments: db.prepare(`DELETE FROM documents`),
    insertDocument: db.prepare(`INSERT INTO documents (id, type, date_min, date_max, record) VALUES (?, ?, ?, ?, ?)`),
    insertParty: db.prepare(`INSERT OR IGNORE INTO document_parties (document_id, entity_id, part) VALUES (?, ?, ?)`),
    entitiesById: db.prepare(`SELECT id, type, label, aliases, attributes FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`),
    clearWorks: db.prepare(`DELETE FROM works`),
    insertWork: db.prepare(`INSERT INTO works (id, sort_key, year, record) VALUES (?, ?, ?, ?)`),
    insertWorkAuthor: db.prepare(`INSERT OR IGNORE INTO work_authors (word, work_id) VALUES (?, ?)`),
    works: db.prepare(`SELECT record FROM works ORDER BY sort_key, year, id LIMIT ?`).pluck(),
    worksByAuthor: db.prepare(
      `SELECT record FROM works WHERE id IN (
         SELECT work_id FROM work_authors WHERE word IN (SELECT value FROM json_each(@words))
         GROUP BY work_id HAVING count(DISTINCT word) = json_array_length(@words))
       ORDER BY sort_key, year, id LIMIT @limit`,
    ).pluck(),
    clearClaims: db.prepare(`DELETE FROM claims`),
    clearOrphanedEdits: db.prepare(`DELETE FROM orphaned_edits`),
    insertOrphanedEdit: db.prepare(`INSERT INTO orphaned_edits (edit_id, reason) VALUES (?, ?)`),
    orphanedEdits: db.prepare(`SELECT edit_id, reason FROM orphaned_edits`),
    insertClaim: db.prepare(`INSERT INTO claims (id, ordinal, kind, item, status, sources, claim) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertClaimItem: db.prepare(`INSERT OR IGNORE INTO claim_items (name, claim_id) VALUES (?, ?)`),
    // Senders before recipients, as a date group's subject names them.
    documentParties: db.prepare(`SELECT entity_id FROM document_parties WHERE document_id = ? ORDER BY part DESC`).pluck(),
    claimCounts: db.prepare(`SELECT status, count(*) AS count FROM claims GROUP BY status`),
    claimCountsOfItem: db.prepare(`SELECT status, count(*) AS count FROM claims WHERE id IN (SELECT claim_id FROM claim_items WHERE name = ?) GROUP BY status`),
    claimItems: db.prepare(
      `SELECT item, count(*) AS groups, sum(status = 'conflict') AS conflicts FROM claims GROUP BY item ORDER BY groups DESC, item LIMIT ?`,
    ),
    // Worked out per entity when the resolution was written (entity-aggregates.ts): a few rows per entity, not a pass over the mentions.
    mentionsByMonth: db.prepare(`SELECT month, sum(mentions) AS count FROM type_months GROUP BY month ORDER BY month`),
    entityLabels: db.prepare(`SELECT id, type, label FROM entities WHERE id IN (SELECT value FROM json_each(?))`),
    sourceText: db.prepare(`SELECT text FROM sources WHERE id = ?`).pluck(),
    sourceTitles: db.prepare(`SELECT id, path, title FROM sources WHERE id IN (SELECT value FROM json_each(?))`),
    insertEntity: db.prepare(`INSERT INTO entities (id, type, label, aliases, attributes, mentions) VALUES (?, ?, ?, ?, ?, ?)`),
    insertName: db.prepare(`INSERT OR IGNORE INTO entity_names (name, entity_id) VALUES (?, ?)`),
    insertWord: db.prepare(`INSERT OR IGNORE INTO entity_words (word, entity_id) VALUES (?, ?)`),
    entitiesWithWord: db.prepare(`SELECT entity_id FROM entity_words WHERE word = ?`).pluck(),
    // The page is chosen first: a sorted query computes every column of every row, and an entity's
    // sources are a count over its mentions, so the top few would cost a pass over all mentions.
    entities: db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM (SELECT id FROM entities ORDER BY mentions DESC, label LIMIT ? OFFSET ?) page
       JOIN entities e ON e.id = page.id ORDER BY e.mentions DESC, e.label`,
    ),
    entitiesOfType: db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM (SELECT id FROM entities WHERE type = ? ORDER BY mentions DESC, label LIMIT ? OFFSET ?) page
       JOIN entities e ON e.id = page.id ORDER BY e.mentions DESC, e.label`,
    ),
    entity: db.prepare(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ?`),
    entitiesNamed: db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name = ?) ORDER BY e.mentions DESC`,
    ),
    entitiesNamedFrom: db.prepare(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE name >= ? AND name < ?)
       ORDER BY e.mentions DESC LIMIT 20`,
    ),
    // The page of mentions is chosen from mentions_by_entity alone, then only its rows are read.
    // Two plans: an entity with few mentions has them all found and sorted; one with more
    // mentions than there are sources has the sources walked in order of path (CROSS JOIN keeps
    // them outside), each source's mentions coming in order from the index, so nothing is sorted
    // and the walk stops with the page.
    entityMentionsSorted: entityMentionPage(db, `FROM mentions m JOIN sources s ON s.id = m.source_id`),
    entityMentionsWalked: entityMentionPage(db, `FROM sources s CROSS JOIN mentions m ON m.source_id = s.id`),
    sourceCount: db.prepare(`SELECT count(*) FROM sources`).pluck(),
    entityMentionCount: db.prepare(`SELECT count(*) FROM mentions WHERE entity_id = ?`).pluck(),
    // Worked out when the resolution was written (entity-aggregates.ts); entities are joined for the few shown.
    coOccurring: db.prepare(
      `SELECT e.id, e.type, e.label, pair.passages FROM entity_pairs pair JOIN entities e ON e.id = pair.other_id
       WHERE pair.entity_id = @id ORDER BY pair.passages DESC, e.label LIMIT @limit`,
    ),
    entityDates: db.prepare(`SELECT first_date AS firstDate, last_date AS lastDate FROM entity_dates WHERE entity_id = ?`),
    entityMonths: db.prepare(`SELECT month, mentions AS count FROM entity_months WHERE entity_id = ? ORDER BY month`),
    refreshEntityAggregates: () => db.exec(REFRESH_ENTITY_AGGREGATES),
    linkedMentionsBetween: db.prepare(
      `SELECT m.kind, m.start_offset, m.end_offset, m.text, m.value, m.confidence, e.id AS entity_id, e.type AS entity_type, e.label AS entity_label
       FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
       WHERE m.source_id = @source AND m.start_offset >= @start AND m.start_offset < @end AND m.end_offset <= @end ORDER BY m.ordinal`,
    ),
  };
}

type Statements = ReturnType<typeof prepareKnowledgeStatements>;

export function readMentions(statements: Statements, sourceId: string): Mention[] {
  return (statements.mentionsOf.all(sourceId) as MentionRow[]).map(toMention);
}

/** A source's mentions wholly inside [start, end), in order, each name with the entity it was resolved to. */
export function linkedMentionsBetween(statements: Statements, sourceId: string, start: number, end: number): LinkedMention[] {
  const rows = statements.linkedMentionsBetween.all({ source: sourceId, start, end }) as Array<Parameters<typeof toLinkedMention>[0]>;
  return rows.map(toLinkedMention);
}

/** Writes a source's mentions (inside the caller's transaction), checking each against the text. */
export function writeMentions(statements: Statements, sourceId: string, text: string, mentions: readonly Mention[]): void {
  mentions.forEach((mention, ordinal) => {
    if (!(0 <= mention.start && mention.start < mention.end && mention.end <= text.length)) {
      throw new Error(`mention ${ordinal} (${mention.kind} "${mention.text}") has offsets ${mention.start}–${mention.end} outside the text`);
    }
    const bounds = mention.kind === 'date' ? edtfBounds(mention.value.edtf) : undefined;
    statements.insertMention.run(
      sourceId, ordinal, mention.kind, mention.start, mention.end, mention.text,
      JSON.stringify(mention.value), mention.confidence, 'machine', bounds?.min ?? null, bounds?.max ?? null,
    );
  });
}

export function appendEdit(statements: Statements, edit: Edit): void {
  statements.appendEdit.run({ id: edit.id, at: edit.at, kind: edit.kind, payload: JSON.stringify(edit.payload), reason: edit.reason ?? null });
}

export function orphanedEdits(statements: Statements): Map<string, string> {
  return new Map((statements.orphanedEdits.all() as Array<{ edit_id: string; reason: string }>).map((row) => [row.edit_id, row.reason]));
}

export function listEdits(statements: Statements): Edit[] {
  const rows = statements.edits.all() as Array<{ id: string; at: string; kind: Edit['kind']; payload: string; reason: string | null }>;
  return rows.map((row) => ({ id: row.id, at: row.at, kind: row.kind, payload: JSON.parse(row.payload), ...(row.reason === null ? {} : { reason: row.reason }) }) as Edit);
}

export function writeResolution(statements: Statements, resolution: Resolution): void {
  statements.clearOrphanedEdits.run();
  for (const [edit, reason] of Object.entries(resolution.orphanedEdits ?? {})) statements.insertOrphanedEdit.run(edit, reason);
  statements.clearLinks.run();
  statements.clearEntities.run();
  statements.clearDocuments.run();
  statements.clearWorks.run();
  for (const work of resolution.works) {
    statements.insertWork.run(work.id, workSortKey(work), work.year ?? null, JSON.stringify(work));
    for (const word of work.authors.flatMap(wordKeys)) statements.insertWorkAuthor.run(word, work.id);
  }
  statements.clearClaims.run();
  resolution.claims.forEach((group, ordinal) => {
    statements.insertClaim.run(group.id, ordinal, group.kind, group.item, group.status, group.sources, JSON.stringify(group));
    const items = [group.item, ...group.statements.flatMap((statement) => (statement.item ? [statement.item] : []))];
    for (const item of new Set(items.map(foldName))) statements.insertClaimItem.run(item, group.id);
  });
  statements.deleteHumanMentions.run();
  for (const { source, ordinal, mention } of resolution.humanMentions ?? []) {
    statements.insertMention.run(
      source, ordinal, mention.kind, mention.start, mention.end, mention.text, JSON.stringify(mention.value), mention.confidence, 'human', null, null,
    );
  }
  for (const record of resolution.documents) {
    const bounds = record.date ? edtfBounds(record.date.edtf) : undefined;
    statements.insertDocument.run(record.id, record.type, bounds?.min ?? null, bounds?.max ?? null, JSON.stringify(record));
    for (const id of record.senders) statements.insertParty.run(record.id, id, 'sender');
    for (const id of record.recipients) statements.insertParty.run(record.id, id, 'recipient');
  }
  const counts = new Map<string, number>();
  for (const [ref, entityId] of resolution.links) {
    const colon = ref.lastIndexOf(':');
    statements.link.run(entityId, ref.slice(0, colon), Number(ref.slice(colon + 1)));
    counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  }
  for (const entity of resolution.entities) {
    statements.insertEntity.run(
      entity.id, entity.type, entity.label, JSON.stringify(entity.aliases), JSON.stringify(entity.attributes), counts.get(entity.id) ?? 0,
    );
    for (const name of [entity.label, ...entity.aliases.map((alias) => alias.text)]) {
      statements.insertName.run(foldName(name), entity.id);
      for (const word of wordKeys(name)) statements.insertWord.run(word, entity.id);
    }
  }
  statements.refreshEntityAggregates();
}

export function listEntities(statements: Statements, filter: { type?: EntityType; limit?: number; offset?: number }): EntitySummary[] {
  const limit = filter.limit ?? -1;
  const offset = filter.offset ?? 0;
  const rows = filter.type ? statements.entitiesOfType.all(filter.type, limit, offset) : statements.entities.all(limit, offset);
  return (rows as EntityRow[]).map(toEntitySummary);
}

export function findEntities(statements: Statements, name: string): EntitySummary[] {
  const key = foldName(name);
  if (!key) return [];
  const exact = statements.entitiesNamed.all(key) as EntityRow[];
  if (exact.length) return exact.map(toEntitySummary);
  // Every word of the query in one of the entity's names, in any script or case: `Чичерину`, `Chicherin`.
  const words = wordKeys(name);
  if (words.length) {
    const [first, ...rest] = words.map((word) => new Set(statements.entitiesWithWord.all(word) as string[]));
    const ids = [...first!].filter((id) => rest.every((set) => set.has(id)));
    const found = ids.map((id) => statements.entity.get(id) as EntityRow).sort((a, b) => b.mentions - a.mentions);
    if (found.length) return found.map(toEntitySummary);
  }
  return (statements.entitiesNamedFrom.all(key, `${key}\uffff`) as EntityRow[]).map(toEntitySummary);
}

export function getEntities(statements: Statements, ids: readonly string[]): Entity[] {
  return (statements.entitiesById.all(JSON.stringify(ids)) as Array<Omit<EntityRow, 'mentions' | 'sources'>>).map(toEntity);
}

export function getEntity(statements: Statements, id: string, texts: (sourceId: string) => string, page: MentionPage): EntityDetails | undefined {
  const row = statements.entity.get(id) as EntityRow | undefined;
  if (!row) return undefined;
  const { limit = ENTITY_MENTIONS_SHOWN, offset = 0 } = page;
  // SQLite reads a negative LIMIT as none.
  const pages = row.mentions > (statements.sourceCount.get() as number) ? statements.entityMentionsWalked : statements.entityMentionsSorted;
  const mentionList = (pages.all(id, limit === 'all' ? -1 : limit, offset) as MentionContextRow[]).map((row) => inContext(row, texts));
  const coOccurring = statements.coOccurring.all({ id, limit: CO_OCCURRING_SHOWN }) as EntityDetails['coOccurring'];
  return {
    ...toEntitySummary(row),
    mentionList,
    mentionTotal: statements.entityMentionCount.get(id) as number,
    coOccurring,
    ...((statements.entityDates.get(id) as Pick<EntityDetails, 'firstDate' | 'lastDate'> | undefined) ?? {}),
    mentionsByMonth: statements.entityMonths.all(id) as MonthCount[],
  };
}

/** The conditions on date mention `m` (and its passage `p`) that a timeline filter sets. */
function timelineConditions(filter: TimelineFilter & { sourceId?: string }): string[] {
  const conditions = [`m.kind = 'date'`, `m.date_min IS NOT NULL`];
  // Dates wholly inside the window: `--from 1921-08` asks what happened then, not which decades span it.
  if (filter.from) conditions.push(`m.date_min >= @from`);
  if (filter.to) conditions.push(`m.date_max <= @to`);
  if (filter.sourceId) conditions.push(`m.source_id = @source`);
  if (filter.entity) {
    conditions.push(`EXISTS (SELECT 1 FROM mentions n WHERE n.source_id = m.source_id AND n.start_offset >= p.start_offset AND n.start_offset < p.end_offset AND n.entity_id = @entity)`);
  }
  return conditions;
}

function timelineParameters(filter: TimelineFilter & { sourceId?: string }) {
  return {
    from: filter.from ? lowerDay(filter.from) : undefined,
    to: filter.to ? upperDay(filter.to) : undefined,
    source: filter.sourceId,
    entity: filter.entity,
  };
}

/** Prepared once per SQL text: the timeline's queries depend on the filters given. */
function prepared(db: Database.Database, cache: Map<string, Database.Statement>, sql: string): Database.Statement {
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** The people and organisations named in passage `p`: `[offset, entity id]` pairs as JSON, for the sentence to pick its own. */
const PASSAGE_ACTORS = `(SELECT json_group_array(json_array(n.start_offset, n.entity_id)) FROM mentions n
  WHERE n.source_id = m.source_id AND n.start_offset >= p.start_offset AND n.start_offset < p.end_offset
    AND n.entity_id IS NOT NULL AND n.kind IN ('person', 'org')) AS actors`;

export function timeline(
  db: Database.Database,
  statements: Statements,
  cache: Map<string, Database.Statement>,
  texts: (sourceId: string) => string,
  filter: TimelineFilter & { sourceId?: string },
): TimelineEntry[] {
  const statement = prepared(
    db,
    cache,
    `SELECT ${IN_CONTEXT.replace('FROM mentions m', `, m.value, m.date_min, m.date_max, ${PASSAGE_ACTORS} FROM mentions m`)}
     WHERE ${timelineConditions(filter).join(' AND ')} ORDER BY m.date_min, m.date_max, s.path, m.start_offset LIMIT @limit`,
  );
  const rows = statement.all({ ...timelineParameters(filter), limit: filter.limit ?? DEFAULT_TIMELINE_LIMIT }) as TimelineRow[];
  const entries = timelineEntries(rows, texts);
  return entries.withActors(entityRefs(statements, entries.actorIds));
}

/** How many dated mentions the filter finds begin in each year, month or day. */
export function timelineCounts(
  db: Database.Database,
  cache: Map<string, Database.Statement>,
  filter: TimelineFilter & { sourceId?: string },
  unit: PeriodUnit,
): PeriodCount[] {
  const join = filter.entity ? JOIN_PASSAGE_OF_MENTION : '';
  const statement = prepared(
    db,
    cache,
    `SELECT substr(m.date_min, 1, @length) AS period, count(*) AS count FROM mentions m ${join}
     WHERE ${timelineConditions(filter).join(' AND ')} GROUP BY period ORDER BY period`,
  );
  return statement.all({ ...timelineParameters(filter), length: PERIOD_LENGTH[unit] }) as PeriodCount[];
}


export function bibliography(statements: Statements, filter: BibliographyFilter): BibliographyEntry[] {
  const limit = filter.limit ?? -1;
  let json: string[];
  if (filter.author !== undefined) {
    const words = wordKeys(filter.author);
    json = words.length ? (statements.worksByAuthor.all({ words: JSON.stringify(words), limit }) as string[]) : [];
  } else json = statements.works.all(limit) as string[];
  const records = json.map((each) => JSON.parse(each) as WorkRecord);
  return bibliographyEntries(records, sourcesOf(statements, citedSources(records)));
}

/** Claim groups, conflicts first, then by number of sources; each combination of filters is prepared once. */
export function claims(db: Database.Database, statements: Statements, cache: Map<string, Database.Statement>, filter: ClaimFilter): ClaimEntry[] {
  const conditions: string[] = [];
  if (filter.id !== undefined) conditions.push(`c.id = @id`);
  if (filter.conflictsOnly) conditions.push(`c.status = 'conflict'`);
  if (filter.item !== undefined) conditions.push(`c.id IN (SELECT claim_id FROM claim_items WHERE name = @item)`);
  const key = conditions.join(' AND ');
  let statement = cache.get(key);
  if (!statement) {
    statement = db.prepare(
      `SELECT c.claim FROM claims c ${key ? `WHERE ${key}` : ''}
       ORDER BY c.status = 'conflict' DESC, c.sources DESC, c.ordinal LIMIT @limit OFFSET @offset`,
    ).pluck();
    cache.set(key, statement);
  }
  const parameters = { id: filter.id, item: filter.item !== undefined ? foldName(filter.item) : undefined, limit: filter.limit ?? -1, offset: filter.offset ?? 0 };
  const groups = (statement.all(parameters) as string[]).map((json) => JSON.parse(json) as ClaimGroup);
  const sources = sourcesOf(statements, groups.flatMap((group) => group.statements.map((each) => each.source)));
  const parties = new Map(groups.flatMap((group) => (group.document === undefined ? [] : [[group.document, statements.documentParties.all(group.document) as string[]] as const])));
  return claimEntries(groups, parties, entityRefs(statements, claimEntityIds(groups, parties)), sources);
}

export function claimCounts(statements: Statements, filter: Pick<ClaimFilter, 'item'>): ClaimCounts {
  const rows = (filter.item === undefined ? statements.claimCounts.all() : statements.claimCountsOfItem.all(foldName(filter.item))) as Array<{
    status: ClaimGroup['status'];
    count: number;
  }>;
  const counts: ClaimCounts = { conflict: 0, agree: 0, single: 0 };
  for (const { status, count } of rows) counts[status] = count;
  return counts;
}

/** Id, type and label of each of these entities that exists, by id. */
function entityRefs(statements: Statements, ids: readonly string[]): Map<string, EntityRef> {
  const rows = statements.entityLabels.all(JSON.stringify([...new Set(ids)])) as EntityRef[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** Path and title of each of these sources. */
function sourcesOf(statements: Statements, ids: readonly string[]): SourceTitles {
  const rows = statements.sourceTitles.all(JSON.stringify([...new Set(ids)])) as Array<{ id: string; path: string; title: string }>;
  return new Map(rows.map((row) => [row.id, row]));
}

/** The calendar query depends on the filters given; each combination is prepared once. */
export function calendar(
  db: Database.Database,
  statements: Statements,
  cache: Map<string, Database.Statement>,
  filter: CalendarFilter,
): CalendarEntry[] {
  const conditions: string[] = [];
  if (filter.from) conditions.push(`d.date_min >= @from`);
  if (filter.to) conditions.push(`d.date_max <= @to`);
  if (filter.type) conditions.push(`d.type = @type`);
  if (filter.entities) conditions.push(`d.id IN (SELECT document_id FROM document_parties WHERE entity_id IN (SELECT value FROM json_each(@entities)))`);
  const key = conditions.join(' AND ');
  let statement = cache.get(key);
  if (!statement) {
    // Undated records last: they have a place in the calendar, only not a day.
    statement = db.prepare(
      `SELECT d.record FROM documents d ${key ? `WHERE ${key}` : ''}
       ORDER BY d.date_min IS NULL, d.date_min, d.date_max, d.id LIMIT @limit`,
    ).pluck();
    cache.set(key, statement);
  }
  const records = (statement.all({
    from: filter.from ? lowerDay(filter.from) : undefined,
    to: filter.to ? upperDay(filter.to) : undefined,
    type: filter.type,
    entities: filter.entities ? JSON.stringify(filter.entities) : undefined,
    limit: filter.limit ?? -1,
  }) as string[]).map((json) => JSON.parse(json) as DocumentRecord);
  return calendarEntries(records, entityRefs(statements, calendarEntityIds(records)), sourcesOf(statements, citedSources(records)));
}
