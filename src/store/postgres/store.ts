/**
 * The networked engine: a PostgreSQL database reached through a pool of connections, with the
 * schema, results and order of the SQLite store. Every write is one transaction; writers of
 * sources, and tasks given to `exclusively`, take advisory locks so that several processes
 * (server workers, a CLI in a terminal) write one at a time, as they do on an SQLite file.
 */
import path from 'node:path';
import pg from 'pg';
import type { AnnotatedSource, AuthorityRecord, Edit, Entity, EntityType, Mention, Resolution } from '../../model.js';
import { ANALYZER_VERSION, indexTerms } from '../../search/analyzer.js';
import { parseQuery } from '../../search/query.js';
import { lowerDay, upperDay } from '../knowledge-rows.js';
import type { MigrationReport } from '../migrations.js';
import { FULL_ID, ID_PREFIX, searchPage } from '../search-page.js';
import {
  checkWindowRequest,
  PASSAGES_BEFORE_AT,
  sourceParameters,
  storedSentences,
  toHit,
  toStoredSource,
  toSummary,
  toWindow,
  windowSpan,
  type HitRow,
  type PassageRow,
  type SourceRow,
  type WindowPassageRow,
} from '../source-rows.js';
import { SourceTextCache } from '../text-cache.js';
import {
  QueryError,
  type BibliographyEntry,
  type BibliographyFilter,
  type CalendarEntry,
  type CalendarFilter,
  type ClaimCounts,
  type ClaimEntry,
  type ClaimFilter,
  type ClaimItem,
  type EntityDetails,
  type EntitySummary,
  type MentionPage,
  type MonthCount,
  type Network,
  type NetworkFilter,
  type PeriodCount,
  type PeriodUnit,
  type PlaceMap,
  type PlaceMapFilter,
  type PutOutcome,
  type SearchQuery,
  type SearchResult,
  type SourceSummary,
  type SourceWindow,
  type StorableSource,
  type Store,
  type StoredSource,
  type StoreStats,
  type TimelineEntry,
  type TimelineFilter,
  type WindowRequest,
} from '../store.js';
import { listAuthorities, writeAuthorities } from './authorities.js';
import * as knowledge from './knowledge.js';
import { migrate } from './migrations.js';
import { network, placeMap } from './network.js';
import { matchQuery, Parameters, statisticsQuery, termSetOf } from './search.js';
import { column, firstRow, rows, type Queryable } from './sql.js';

/** Characters of source text kept in memory for snippets, sentences and reader windows. */
const TEXT_CACHE_CHARACTERS = 64_000_000;
/** Passages re-indexed per statement when the analyzer has changed. */
const REINDEX_PAGE = 2000;
/** Advisory lock numbers: writers of sources, and tasks run `exclusively`. */
const SOURCES_LOCK = 0x44535353;
const EXCLUSIVE_LOCK = 0x44535354;

/** Counts and sums come back as numbers, not strings: no count here nears 2^53. */
const NUMERIC_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC ? Number : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

const SUMMARY_COLUMNS = `s.id, s.path, s.title, s.format, s.encoding, s.languages, s.bytes, s.chars, s.ingested_at,
  (SELECT count(*)::int FROM passages p WHERE p.source_id = s.id) AS passages`;

/** A PostgreSQL URL as messages name it: user, host, port and database, never the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    const database = decodeURIComponent(parsed.pathname.slice(1)) || '(the user\'s database)';
    return `postgres://${user}${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
  } catch {
    return 'the PostgreSQL URL given';
  }
}

/** Why a connection failed, in words, for the codes a user can act on. */
function connectionProblem(error: Error & { code?: string }): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'no server listens there';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name is unknown';
    case '3D000':
      return 'the database does not exist (create it with createdb)';
    case '28P01':
    case '28000':
      return `the server refused the login: ${error.message}`;
    default:
      return error.message;
  }
}

export class PgStore implements Store {
  private readonly texts = new SourceTextCache(TEXT_CACHE_CHARACTERS);
  /** Tasks given to `exclusively` by this process, in turn. */
  private lastExclusive: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly pool: pg.Pool,
    /** What opening did to the schema. */
    readonly migration: MigrationReport,
  ) {}

  /** Connects to the database `url` names and brings its schema up to date. */
  static async open(url: string): Promise<PgStore> {
    const location = describeUrl(url);
    const pool = new pg.Pool({ connectionString: url, types: NUMERIC_TYPES, max: 8 });
    // An idle connection dropped by the server is replaced at the next query; nothing to report.
    pool.on('error', () => undefined);
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      await pool.end();
      throw new Error(`cannot connect to PostgreSQL at ${location}: ${connectionProblem(error as Error)}`);
    }
    try {
      const migration = await migrate(client, location);
      const store = new PgStore(pool, migration);
      await store.ensureIndexMatchesAnalyzer(client);
      client.release();
      return store;
    } catch (error) {
      client.release();
      await pool.end();
      throw error;
    }
  }

  /** Runs `work` in one transaction on one connection. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Re-indexes every passage when the index was built by another version of the analyzer. */
  private async ensureIndexMatchesAnalyzer(client: pg.PoolClient): Promise<void> {
    const version = await column<string>(client, `SELECT value FROM settings WHERE key = 'analyzer_version'`);
    if (version[0] === String(ANALYZER_VERSION)) return;
    await client.query('BEGIN');
    try {
      for (let after = 0; ; ) {
        const page = await rows<{ id: number; text: string }>(
          client,
          `SELECT p.id, substr(s.text, p.start_offset + 1, p.end_offset - p.start_offset) AS text
           FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id > @after ORDER BY p.id LIMIT @limit`,
          { after, limit: REINDEX_PAGE },
        );
        if (page.length > 0) {
          await client.query(
            `UPDATE passages p SET terms = string_to_array(x.stems, ' '), term_set = ${termSetOf(`string_to_array(x.stems, ' ')`)}
             FROM unnest($1::int[], $2::text[]) AS x(id, stems) WHERE p.id = x.id`,
            [page.map((row) => row.id), page.map((row) => indexTerms(row.text))],
          );
        }
        if (page.length < REINDEX_PAGE) break;
        after = page[page.length - 1]!.id;
      }
      await client.query(
        `INSERT INTO settings (key, value) VALUES ('analyzer_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(ANALYZER_VERSION)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }

  /** Texts of these sources, from memory when read lately, for the synchronous work that slices them. */
  private readonly textsOf = async (sourceIds: readonly string[]): Promise<(sourceId: string) => string> => {
    const wanted = [...new Set(sourceIds)];
    const found = new Map<string, string>();
    const unread = (id: string): string => {
      throw new Error(`the text of source ${id} was not read`);
    };
    for (const id of wanted) if (this.texts.has(id)) found.set(id, this.texts.get(id, unread));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) {
      for (const row of await rows<{ id: string; text: string }>(this.pool, `SELECT id, text FROM sources WHERE id = ANY(@ids)`, { ids: missing })) {
        found.set(row.id, this.texts.get(row.id, () => row.text));
      }
    }
    return (id) => found.get(id) ?? unread(id);
  };

  async hasSource(id: string): Promise<boolean> {
    return (await column(this.pool, `SELECT 1 FROM sources WHERE id = @id`, { id })).length > 0;
  }

  async putSource(source: StorableSource): Promise<PutOutcome> {
    return (await this.putSources([source]))[0]!;
  }

  async putSources(sources: readonly StorableSource[]): Promise<PutOutcome[]> {
    return this.transaction(async (client) => {
      // One writer of sources at a time, as on an SQLite file: two versions of one path never race.
      await client.query(`SELECT pg_advisory_xact_lock($1)`, [SOURCES_LOCK]);
      const outcomes: PutOutcome[] = [];
      for (const source of sources) outcomes.push(await this.replaceSource(client, source));
      return outcomes;
    });
  }

  /** Stores a source unless it is already stored, first removing the older version at its path; runs inside a transaction. */
  private async replaceSource(client: pg.PoolClient, source: StorableSource): Promise<PutOutcome> {
    if ((await column(client, `SELECT 1 FROM sources WHERE id = @id`, { id: source.id })).length > 0) return 'unchanged';
    const previous = (await column<string>(client, `SELECT id FROM sources WHERE path = @path`, { path: source.path }))[0];
    // Passages, their index rows and mentions go with it: ON DELETE CASCADE.
    if (previous !== undefined) await client.query(`DELETE FROM sources WHERE id = $1`, [previous]);
    await rows(
      client,
      `INSERT INTO sources (id, path, title, format, encoding, languages, bytes, chars, text, offset_map, ingested_at)
       VALUES (@id, @path, @title, @format, @encoding, @languages, @bytes, @chars, @text, @offsetMap, @ingestedAt)`,
      sourceParameters(source),
    );
    const passages = source.passages;
    const sentences = passages.map((passage, ordinal) => storedSentences(source, passage, ordinal));
    await client.query(
      `INSERT INTO passages (source_id, ordinal, start_offset, end_offset, kind, lang, sentences, terms, term_set)
       SELECT $1, x.ordinal, x.start_offset, x.end_offset, x.kind, x.lang, x.sentences, t.terms, ${termSetOf('t.terms')}
       FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS x(ordinal, start_offset, end_offset, kind, lang, sentences, stems),
         LATERAL (SELECT string_to_array(x.stems, ' ') AS terms) t
       ORDER BY x.ordinal`,
      [
        source.id,
        passages.map((_, ordinal) => ordinal),
        passages.map((passage) => passage.start),
        passages.map((passage) => passage.end),
        passages.map((passage) => passage.kind),
        passages.map((passage) => passage.lang),
        sentences,
        passages.map((passage) => indexTerms(source.text.slice(passage.start, passage.end))),
      ],
    );
    if (source.mentions) {
      await knowledge.writeMentions(client, source.id, source.text, source.mentions);
      await client.query(`UPDATE sources SET annotated_by = $1 WHERE id = $2`, [source.annotator, source.id]);
    }
    return previous === undefined ? 'added' : 'replaced';
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await rows<SourceRow>(this.pool, `SELECT ${SUMMARY_COLUMNS} FROM sources s ORDER BY s.path`)).map(toSummary);
  }

  private async summary(db: Queryable, id: string): Promise<SourceSummary> {
    return toSummary((await firstRow<SourceRow>(db, `SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = @id`, { id }))!);
  }

  async getSource(ref: string): Promise<StoredSource | undefined> {
    const id = await this.resolveSource(ref);
    if (id === undefined) return undefined;
    const summary = await this.summary(this.pool, id);
    const content = (await firstRow<{ text: string; offset_map: string }>(this.pool, `SELECT text, offset_map FROM sources WHERE id = @id`, { id }))!;
    const passages = await rows<PassageRow>(this.pool, `SELECT ordinal, start_offset, end_offset, kind, lang, sentences FROM passages WHERE source_id = @id ORDER BY ordinal`, { id });
    return toStoredSource(summary, content, passages);
  }

  async readWindow(ref: string, window: WindowRequest): Promise<SourceWindow | undefined> {
    const id = await this.resolveSource(ref);
    if (id === undefined) return undefined;
    const source = await this.summary(this.pool, id);
    const from = await this.firstPassageOf(source, window);
    const passages = await rows<WindowPassageRow>(
      this.pool,
      `SELECT ordinal, start_offset, end_offset, lang FROM passages WHERE source_id = @id AND ordinal >= @from AND ordinal < @to ORDER BY ordinal`,
      { id, from, to: from + window.limit },
    );
    const text = (await this.textsOf([id]))(id);
    const span = windowSpan(source, from, passages, text.length);
    return toWindow(source, from, passages, text, await knowledge.linkedMentionsBetween(this.pool, id, span.start, span.end));
  }

  /** The first passage of a window: `from`, or a few before the passage holding `at`. */
  private async firstPassageOf(source: SourceSummary, request: WindowRequest): Promise<number> {
    checkWindowRequest(source, request);
    const { from = 0, at } = request;
    if (at !== undefined) {
      const holding = await column<number>(
        this.pool,
        `SELECT ordinal FROM passages WHERE source_id = @id AND start_offset <= @at ORDER BY start_offset DESC LIMIT 1`,
        { id: source.id, at },
      );
      return Math.max(0, (holding[0] ?? 0) - PASSAGES_BEFORE_AT);
    }
    return from;
  }

  /** The id of the source `ref` names: a full id, a path, a file name only one source has, or a unique id prefix. */
  private async resolveSource(ref: string): Promise<string | undefined> {
    if (FULL_ID.test(ref) && (await this.hasSource(ref))) return ref;
    const byPath = await column<string>(this.pool, `SELECT id FROM sources WHERE path = @ref OR path = @resolved ORDER BY path = @ref DESC LIMIT 1`, {
      ref,
      resolved: path.resolve(ref),
    });
    if (byPath.length > 0) return byPath[0];
    if (!ref.includes('/') && ref.length > 0) {
      const byName = await column<string>(this.pool, `SELECT id FROM sources WHERE right(path, length(@name)) = @name LIMIT 2`, { name: `/${ref}` });
      if (byName.length === 1) return byName[0];
    }
    if (!ID_PREFIX.test(ref)) return undefined;
    const ids = await column<string>(this.pool, `SELECT id FROM sources WHERE id >= @from AND id < @to ORDER BY id LIMIT 2`, { from: ref, to: `${ref}g` });
    if (ids.length > 1) throw new QueryError(`the id prefix ${ref} matches several sources (${ids.join(', ')}, …); give more characters`);
    return ids[0];
  }

  /** The id of the source `ref` names, or a QueryError saying that none does. */
  private async requireSource(ref: string): Promise<string> {
    const id = await this.resolveSource(ref);
    if (id === undefined) throw new QueryError(`no stored source matches "${ref}" (give an id, id prefix or path)`);
    return id;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const parsed = parseQuery(query.text);
    const warnings = [...parsed.warnings];
    const { limit, offset } = searchPage(query, warnings);
    const sourceId = query.source === undefined ? undefined : await this.requireSource(query.source);
    const parameters = new Parameters();
    const filters: string[] = [];
    if (query.lang !== undefined) filters.push(`p.lang = ${parameters.add(query.lang)}`);
    if (sourceId !== undefined) filters.push(`p.source_id = ${parameters.add(sourceId)}`);
    // What a passage mentions: the mentions starting inside it.
    const mentioned = (condition: string) =>
      `EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = p.source_id AND m.start_offset >= p.start_offset AND m.start_offset < p.end_offset AND ${condition})`;
    if (query.kind !== undefined) filters.push(mentioned(`m.kind = ${parameters.add(query.kind)}`));
    if (query.from !== undefined || query.to !== undefined) {
      const dates = [`m.kind = 'date'`];
      if (query.from !== undefined) dates.push(`m.date_min >= ${parameters.add(lowerDay(query.from))}`);
      if (query.to !== undefined) dates.push(`m.date_max <= ${parameters.add(upperDay(query.to))}`);
      filters.push(mentioned(dates.join(' AND ')));
    }

    const statistics = statisticsQuery(parsed.root);
    const counts = (await this.pool.query<Record<string, number>>(statistics.sql, statistics.values)).rows[0]!;
    const totals = { passages: counts.passages!, terms: counts.terms! };
    const result = { interpreted: parsed.interpreted, warnings };
    if (totals.passages === 0) return { ...result, total: 0, hits: [] };
    const idf = Object.keys(counts).filter((key) => /^idf\d+$/.test(key)).map((key) => counts[key]!);
    const matching = matchQuery(parsed.root, parameters, filters.join(' AND ') || undefined, idf, totals);
    const limitAt = parameters.values.length;
    const ranking = `WITH matches AS (${matching}) SELECT id, score, (count(*) OVER ())::int AS total FROM matches
      ORDER BY score DESC, id LIMIT ${parameters.add(limit)} OFFSET ${parameters.add(offset)}`;
    const page = (limitValue: number, offsetValue: number) => {
      const values = [...parameters.values];
      values.splice(limitAt, 2, limitValue, offsetValue);
      return this.pool.query<{ id: number; score: number; total: number }>(ranking, values);
    };
    const ranked = (await page(limit, offset)).rows;
    // Past the last page, the total comes from the first.
    const total = ranked[0]?.total ?? (offset > 0 ? ((await page(1, 0)).rows[0]?.total ?? 0) : 0);
    const details = new Map(
      (
        await rows<HitRow & { id: number }>(
          this.pool,
          `SELECT p.id, p.source_id, p.ordinal, p.start_offset, p.end_offset, p.lang, s.path, s.title
           FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id = ANY(@ids)`,
          { ids: ranked.map((row) => row.id) },
        )
      ).map((row) => [row.id, row]),
    );
    const texts = await this.textsOf([...details.values()].map((row) => row.source_id));
    const hits = ranked.map(({ id, score }) => {
      const row = details.get(id)!;
      return toHit(row, score, texts(row.source_id), parsed.highlight);
    });
    return { ...result, total, hits };
  }

  async sourcesAnnotatedOtherwise(annotator: string): Promise<string[]> {
    return column<string>(this.pool, `SELECT id FROM sources WHERE annotated_by IS DISTINCT FROM @annotator ORDER BY path`, { annotator });
  }

  async getAnnotatedSource(id: string): Promise<AnnotatedSource | undefined> {
    const stored = await this.getSource(id);
    if (!stored) return undefined;
    const { passageList, ingestedAt, chars, passages, ...rest } = stored;
    return { ...rest, passages: passageList, mentions: await knowledge.readMentions(this.pool, stored.id) };
  }

  async replaceMentions(sourceId: string, mentions: readonly Mention[], annotator: string): Promise<void> {
    const text = (await column<string>(this.pool, `SELECT text FROM sources WHERE id = @id`, { id: sourceId }))[0];
    if (text === undefined) throw new Error(`no stored source has the id ${sourceId}`);
    await this.transaction(async (client) => {
      await client.query(`DELETE FROM mentions WHERE source_id = $1`, [sourceId]);
      await knowledge.writeMentions(client, sourceId, text, mentions);
      await client.query(`UPDATE sources SET annotated_by = $1 WHERE id = $2`, [annotator, sourceId]);
    });
  }

  async putResolution(resolution: Resolution): Promise<void> {
    await this.transaction((client) => knowledge.writeResolution(client, resolution));
  }

  async appendEdit(edit: Edit, resolution: Resolution): Promise<void> {
    await this.transaction(async (client) => {
      await knowledge.appendEdit(client, edit);
      await knowledge.writeResolution(client, resolution);
    });
  }

  listAuthorities(): Promise<AuthorityRecord[]> {
    return listAuthorities(this.pool);
  }

  async putAuthorities(records: readonly AuthorityRecord[], resolution: Resolution): Promise<void> {
    await this.transaction(async (client) => {
      await writeAuthorities(client, records, new Date().toISOString());
      await knowledge.writeResolution(client, resolution);
    });
  }

  listEdits(): Promise<Edit[]> {
    return knowledge.listEdits(this.pool);
  }

  orphanedEdits(): Promise<Map<string, string>> {
    return knowledge.orphanedEdits(this.pool);
  }

  /** Queued within this process, and between processes held apart by an advisory lock on the database. */
  exclusively<T>(work: () => Promise<T>): Promise<T> {
    const turn = async () => {
      const client = await this.pool.connect();
      try {
        await client.query(`SELECT pg_advisory_lock($1)`, [EXCLUSIVE_LOCK]);
        try {
          return await work();
        } finally {
          await client.query(`SELECT pg_advisory_unlock($1)`, [EXCLUSIVE_LOCK]);
        }
      } finally {
        client.release();
      }
    };
    const run = this.lastExclusive.then(turn, turn);
    this.lastExclusive = run.catch(() => undefined);
    return run;
  }

  listEntities(filter: { type?: EntityType; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    return knowledge.listEntities(this.pool, filter);
  }

  findEntities(name: string): Promise<EntitySummary[]> {
    return knowledge.findEntities(this.pool, name);
  }

  getEntity(id: string, mentions: MentionPage = {}): Promise<EntityDetails | undefined> {
    return knowledge.getEntity(this.pool, id, this.textsOf, mentions);
  }

  async stats(): Promise<StoreStats> {
    const row = (await firstRow<{ sources: number; passages: number; documents: number }>(
      this.pool,
      `SELECT (SELECT count(*)::int FROM sources) AS sources, (SELECT count(*)::int FROM passages) AS passages, (SELECT count(*)::int FROM documents) AS documents`,
    ))!;
    const entities: StoreStats['entities'] = { person: 0, place: 0, org: 0 };
    for (const { type, count } of await rows<{ type: EntityType; count: number }>(this.pool, `SELECT type, count(*)::int AS count FROM entities GROUP BY type`)) {
      entities[type] = count;
    }
    return { ...row, entities };
  }

  getEntities(ids: readonly string[]): Promise<Entity[]> {
    return knowledge.getEntities(this.pool, ids);
  }

  async timeline(filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
    const sourceId = filter.source === undefined ? undefined : await this.requireSource(filter.source);
    return knowledge.timeline(this.pool, this.textsOf, { ...filter, sourceId });
  }

  async timelineCounts(filter: TimelineFilter, unit: PeriodUnit): Promise<PeriodCount[]> {
    const sourceId = filter.source === undefined ? undefined : await this.requireSource(filter.source);
    return knowledge.timelineCounts(this.pool, { ...filter, sourceId }, unit);
  }

  calendar(filter: CalendarFilter = {}): Promise<CalendarEntry[]> {
    return knowledge.calendar(this.pool, filter);
  }

  bibliography(filter: BibliographyFilter = {}): Promise<BibliographyEntry[]> {
    return knowledge.bibliography(this.pool, filter);
  }

  claims(filter: ClaimFilter = {}): Promise<ClaimEntry[]> {
    return knowledge.claims(this.pool, filter);
  }

  claimCounts(filter: Pick<ClaimFilter, 'item'> = {}): Promise<ClaimCounts> {
    return knowledge.claimCounts(this.pool, filter);
  }

  claimItems(limit: number): Promise<ClaimItem[]> {
    return rows<ClaimItem>(
      this.pool,
      `SELECT item, count(*)::int AS "groups", (count(*) FILTER (WHERE status = 'conflict'))::int AS conflicts FROM claims
       GROUP BY item ORDER BY "groups" DESC, item LIMIT @limit`,
      { limit },
    );
  }

  mentionsByMonth(): Promise<MonthCount[]> {
    return rows<MonthCount>(this.pool, `SELECT month, sum(mentions)::int AS count FROM type_months GROUP BY month ORDER BY month`);
  }

  network(filter: NetworkFilter): Promise<Network> {
    return network(this.pool, filter);
  }

  placeMap(filter: PlaceMapFilter = {}): Promise<PlaceMap> {
    return placeMap(this.pool, filter);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
