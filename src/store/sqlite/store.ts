/**
 * The embedded engine: one SQLite file (WAL), written with prepared statements in one
 * transaction per source, searched through an FTS5 index of analyzed passages.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AnnotatedSource, AuthorityRecord, Edit, Entity, EntityType, Mention, Resolution } from '../../model.js';
import { ANALYZER_VERSION, indexTerms } from '../../search/analyzer.js';
import { parseQuery } from '../../search/query.js';
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
  type MonthCount,
  type MentionPage,
  type Network,
  type NetworkFilter,
  type PlaceMap,
  type PlaceMapFilter,
  type StoreStats,
  type EntityDetails,
  type EntitySummary,
  type PutOutcome,
  type SearchQuery,
  type SearchResult,
  type SourceSummary,
  type SourceWindow,
  type StorableSource,
  type Store,
  type StoredSource,
  type TimelineEntry,
  type PeriodCount,
  type PeriodUnit,
  type TimelineFilter,
  type WindowRequest,
} from '../store.js';
import {
  bibliography,
  appendEdit,
  calendar,
  claims,
  claimCounts,
  findEntities,
  getEntities,
  getEntity,
  listEdits,
  orphanedEdits,
  linkedMentionsBetween,
  listEntities,
  prepareKnowledgeStatements,
  readMentions,
  timeline,
  timelineCounts,
  writeMentions,
  writeResolution,
} from './knowledge.js';
import { APPLICATION_ID, migrate } from './migrations.js';
import { listAuthorities, prepareAuthorityStatements, writeAuthorities } from './authorities.js';
import type { MigrationReport } from '../migrations.js';
import { FULL_ID, ID_PREFIX, searchPage } from '../search-page.js';
import { lowerDay, upperDay } from '../knowledge-rows.js';
import { network, placeMap, prepareNetworkStatements } from './network.js';
import { WriteLock } from './write-lock.js';
import { PassageFilters } from './passage-filters.js';
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

/** Passages re-indexed per read when the analyzer has changed. */
const REINDEX_PAGE = 5000;
/**
 * The file is read through memory mapping up to this size: a page already in the operating
 * system's cache costs no read call and no copy, and processes serving the same file share it.
 */
const MMAP_BYTES = 1 << 30;
/** Characters of source text kept in memory for snippets, sentences and reader windows (about twice as many bytes). */
const TEXT_CACHE_CHARACTERS = 64_000_000;
const SUMMARY_COLUMNS = `s.id, s.path, s.title, s.format, s.encoding, s.languages, s.bytes, s.chars, s.ingested_at,
  (SELECT count(*) FROM passages p WHERE p.source_id = s.id) AS passages`;

/** A page of ranked matches, each with the number of all matches. */
interface RankedRow {
  id: number;
  score: number;
  /** Every match's count, when the page was ranked among filtered matches. */
  total?: number;
}

/** Checks the file before SQLite touches it, so that mistakes are reported with the path. */
function openDatabase(location: string): Database.Database {
  if (location === ':memory:') return new Database(location);
  const file = path.resolve(location);
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`cannot open the database ${location}: the folder ${folder} does not exist`);
  }
  if (existsSync(file) && !statSync(file).isFile()) {
    throw new Error(`cannot open the database ${location}: it is not a file`);
  }
  const db = new Database(file);
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number };
    if ((applicationId !== 0 && applicationId !== APPLICATION_ID) || (applicationId === 0 && version === 0 && tables.n > 0)) {
      throw new Error(`${location} is an SQLite database but not a Dossier one`);
    }
  } catch (error) {
    db.close();
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB') {
      throw new Error(`${location} is not a Dossier database (not an SQLite file)`);
    }
    throw error;
  }
  return db;
}

/**
 * A search ranks in the index first and fetches passage details for the page only, so no text is
 * read for matches that are not shown. Ordering by bm25() itself is measurably cheaper than by
 * the `rank` column on large match sets.
 *
 * Unfiltered, the page and the total are two statements: ranking under a LIMIT keeps only the
 * best rows as it goes, and counting a term's matches reads no positions, while a window count
 * would hold and sort every match (three times slower on a word in 20,000 passages). Filtered,
 * counting costs as much as ranking, since every match is tested against the filter (a set of
 * passages, see PassageFilters), so the matches are found once and counted as they are ranked.
 */
function rankingStatements(db: Database.Database) {
  const filtered = `passage_index MATCH @match AND substr(@flags, rowid + 1, 1) = x'01'`;
  return {
    rankPage: db.prepare(
      `SELECT rowid AS id, -bm25(passage_index) AS score FROM passage_index WHERE passage_index MATCH @match
       ORDER BY score DESC, id LIMIT @limit OFFSET @offset`,
    ),
    countMatches: db.prepare(`SELECT count(*) FROM passage_index WHERE passage_index MATCH @match`).pluck(),
    // MATERIALIZED: bm25() cannot be used where a window function would see it.
    rankPageAmong: db.prepare(
      `WITH matches AS MATERIALIZED (SELECT rowid AS id, -bm25(passage_index) AS score FROM passage_index WHERE ${filtered})
       SELECT id, score, count(*) OVER () AS total FROM matches ORDER BY score DESC, id LIMIT @limit OFFSET @offset`,
    ),
  };
}

/** Every statement is prepared once, when the store opens. */
function prepareStatements(db: Database.Database) {
  return {
    hasSource: db.prepare(`SELECT 1 FROM sources WHERE id = ?`).pluck(),
    idByPath: db.prepare(`SELECT id FROM sources WHERE path = ?`).pluck(),
    idsByFileName: db.prepare(`SELECT id FROM sources WHERE substr(path, -length(?)) = ? LIMIT 2`).pluck(),
    idsByPrefix: db.prepare(`SELECT id FROM sources WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`).pluck(),
    summaries: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources s ORDER BY s.path`),
    summary: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sources s WHERE s.id = ?`),
    content: db.prepare(`SELECT text, offset_map FROM sources WHERE id = ?`),
    passages: db.prepare(
      `SELECT ordinal, start_offset, end_offset, kind, lang, sentences FROM passages WHERE source_id = ? ORDER BY ordinal`,
    ),
    passageRange: db.prepare(
      `SELECT ordinal, start_offset, end_offset, lang FROM passages WHERE source_id = ? AND ordinal >= ? AND ordinal < ? ORDER BY ordinal`,
    ),
    passageHolding: db.prepare(
      `SELECT ordinal FROM passages WHERE source_id = ? AND start_offset <= ? ORDER BY start_offset DESC LIMIT 1`,
    ).pluck(),
    passageTexts: db.prepare(
      `SELECT p.id, substr(s.text, p.start_offset + 1, p.end_offset - p.start_offset) AS text
       FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.source_id = ?`,
    ),
    passageTextsAfter: db.prepare(
      `SELECT p.id, substr(s.text, p.start_offset + 1, p.end_offset - p.start_offset) AS text
       FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id > ? ORDER BY p.id LIMIT ?`,
    ),
    deleteIndexRow: db.prepare(`INSERT INTO passage_index (passage_index, rowid, stems) VALUES ('delete', ?, ?)`),
    clearIndex: db.prepare(`INSERT INTO passage_index (passage_index) VALUES ('delete-all')`),
    setting: db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck(),
    putSetting: db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
    // Passages (and later every span of the source) go with it: ON DELETE CASCADE.
    deleteSource: db.prepare(`DELETE FROM sources WHERE id = ?`),
    insertSource: db.prepare(
      `INSERT INTO sources (id, path, title, format, encoding, languages, bytes, chars, text, offset_map, ingested_at)
       VALUES (@id, @path, @title, @format, @encoding, @languages, @bytes, @chars, @text, @offsetMap, @ingestedAt)`,
    ),
    insertPassage: db.prepare(
      `INSERT INTO passages (source_id, ordinal, start_offset, end_offset, kind, lang, sentences) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertIndexRow: db.prepare(`INSERT INTO passage_index (rowid, stems) VALUES (?, ?)`),
    stats: db.prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM passages) AS passages,
              (SELECT count(*) FROM documents) AS documents`,
    ),
    entitiesByType: db.prepare(`SELECT type, count(*) AS count FROM entities GROUP BY type`),
    ...rankingStatements(db),
    hit: db.prepare(
      `SELECT p.source_id, p.ordinal, p.start_offset, p.end_offset, p.lang, s.path, s.title
       FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id = ?`,
    ),
  };
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly knowledge: ReturnType<typeof prepareKnowledgeStatements>;
  private readonly networkStatements: ReturnType<typeof prepareNetworkStatements>;
  private readonly authorities: ReturnType<typeof prepareAuthorityStatements>;
  private readonly timelineStatements = new Map<string, Database.Statement>();
  private readonly calendarStatements = new Map<string, Database.Statement>();
  private readonly claimStatements = new Map<string, Database.Statement>();
  private readonly texts = new SourceTextCache(TEXT_CACHE_CHARACTERS);
  private readonly passageFilters: PassageFilters;
  private readonly dataVersion: Database.Statement;
  /** Write transactions of this connection: PRAGMA data_version counts only those of others. */
  private ownWrites = 0;
  /** The text of a stored source, from memory when it was read lately. */
  private readonly sourceText = (sourceId: string): string =>
    this.texts.get(sourceId, (id) => this.knowledge.sourceText.get(id) as string);

  private readonly writeLock: WriteLock;

  private constructor(
    db: Database.Database,
    location: string,
    /** What opening did to the schema. */
    readonly migration: MigrationReport,
  ) {
    this.db = db;
    this.writeLock = new WriteLock(location === ':memory:' ? undefined : location);
    this.statements = prepareStatements(db);
    this.knowledge = prepareKnowledgeStatements(db);
    this.networkStatements = prepareNetworkStatements(db);
    this.authorities = prepareAuthorityStatements(db);
    this.passageFilters = new PassageFilters(db);
    this.dataVersion = db.prepare(`PRAGMA data_version`).pluck();
  }

  /** Changes whenever anything is written to the file, by this connection or any other (another process included). */
  private revision(): string {
    return `${this.dataVersion.get() as number} ${this.ownWrites}`;
  }

  /**
   * Runs `work`, which only reads, in one read transaction: outside one, every statement opens
   * and closes its own (a lookup by key then costs several times its work), and its answers
   * could come from different revisions of a file another process is writing.
   */
  private read<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Runs `work` in a transaction that counts as a new revision of the store. */
  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work)();
    } finally {
      this.ownWrites++;
    }
  }

  /** Re-indexes every passage when the index was built by another version of the analyzer. */
  private ensureIndexMatchesAnalyzer(): void {
    const s = this.statements;
    if (s.setting.get('analyzer_version') === String(ANALYZER_VERSION)) return;
    this.db.transaction(() => {
      s.clearIndex.run();
      // In pages, as a statement cannot write while another still reads.
      for (let after = 0; ; ) {
        const page = s.passageTextsAfter.all(after, REINDEX_PAGE) as Array<{ id: number; text: string }>;
        for (const { id, text } of page) s.insertIndexRow.run(id, indexTerms(text));
        if (page.length < REINDEX_PAGE) break;
        after = page[page.length - 1]!.id;
      }
      s.putSetting.run('analyzer_version', String(ANALYZER_VERSION));
    })();
  }

  /** Opens (creating if needed) the database at `location`, a file path or ':memory:', and brings its schema up to date. */
  static open(location: string): SqliteStore {
    const db = openDatabase(location);
    try {
      if (location !== ':memory:') {
        db.pragma('journal_mode = WAL');
        db.pragma(`mmap_size = ${MMAP_BYTES}`);
      }
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -16384');
      const migration = migrate(db, location);
      const store = new SqliteStore(db, location, migration);
      store.ensureIndexMatchesAnalyzer();
      return store;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  async hasSource(id: string): Promise<boolean> {
    return this.statements.hasSource.get(id) !== undefined;
  }

  async putSource(source: StorableSource): Promise<PutOutcome> {
    return (await this.putSources([source]))[0]!;
  }

  async putSources(sources: readonly StorableSource[]): Promise<PutOutcome[]> {
    return this.write(() => sources.map((source) => this.replaceSource(source)));
  }

  /** Stores a source unless it is already stored, first removing the older version at its path; runs inside a transaction. */
  private replaceSource(source: StorableSource): PutOutcome {
    const s = this.statements;
    if (s.hasSource.get(source.id) !== undefined) return 'unchanged';
    const previous = s.idByPath.get(source.path) as string | undefined;
    if (previous !== undefined) {
      // A contentless index forgets a row only when told the terms it was indexed with;
      // the analyzer is the one that indexed them (ensureIndexMatchesAnalyzer sees to that).
      for (const { id, text } of s.passageTexts.all(previous) as Array<{ id: number; text: string }>) {
        s.deleteIndexRow.run(id, indexTerms(text));
      }
      s.deleteSource.run(previous);
    }
    s.insertSource.run(sourceParameters(source));
    source.passages.forEach((passage, ordinal) => {
      const sentences = storedSentences(source, passage, ordinal);
      const { lastInsertRowid } = s.insertPassage.run(
        source.id, ordinal, passage.start, passage.end, passage.kind, passage.lang, sentences,
      );
      const stems = indexTerms(source.text.slice(passage.start, passage.end));
      s.insertIndexRow.run(lastInsertRowid, stems);
    });
    if (source.mentions) {
      writeMentions(this.knowledge, source.id, source.text, source.mentions);
      this.knowledge.markAnnotated.run(source.annotator, source.id);
    }
    return previous === undefined ? 'added' : 'replaced';
  }

  async listSources(): Promise<SourceSummary[]> {
    return this.read(() => (this.statements.summaries.all() as SourceRow[]).map(toSummary));
  }

  async getSource(ref: string): Promise<StoredSource | undefined> {
    return this.read(() => {
      const id = this.resolveSource(ref);
      if (id === undefined) return undefined;
      const summary = toSummary(this.statements.summary.get(id) as SourceRow);
      const content = this.statements.content.get(id) as { text: string; offset_map: string };
      return toStoredSource(summary, content, this.statements.passages.all(id) as PassageRow[]);
    });
  }

  async readWindow(ref: string, window: WindowRequest): Promise<SourceWindow | undefined> {
    return this.read(() => {
      const id = this.resolveSource(ref);
      if (id === undefined) return undefined;
      const source = toSummary(this.statements.summary.get(id) as SourceRow);
      const from = this.firstPassageOf(source, window);
      const rows = this.statements.passageRange.all(id, from, from + window.limit) as WindowPassageRow[];
      const text = this.sourceText(id);
      const span = windowSpan(source, from, rows, text.length);
      return toWindow(source, from, rows, text, linkedMentionsBetween(this.knowledge, id, span.start, span.end));
    });
  }

  /** The first passage of a window: `from`, or a few before the passage holding `at`. */
  private firstPassageOf(source: SourceSummary, request: WindowRequest): number {
    checkWindowRequest(source, request);
    const { from = 0, at } = request;
    if (at !== undefined) {
      const holding = (this.statements.passageHolding.get(source.id, at) as number | undefined) ?? 0;
      return Math.max(0, holding - PASSAGES_BEFORE_AT);
    }
    return from;
  }

  /**
   * The id of the source `ref` names: a full id, a path (as stored, or resolved
   * against the working folder), a file name that only one source has, or a unique id
   * prefix; an ambiguous prefix is an error.
   */
  private resolveSource(ref: string): string | undefined {
    const s = this.statements;
    if (FULL_ID.test(ref) && s.hasSource.get(ref) !== undefined) return ref;
    const byPath = (s.idByPath.get(ref) ?? s.idByPath.get(path.resolve(ref))) as string | undefined;
    if (byPath !== undefined) return byPath;
    if (!ref.includes('/') && ref.length > 0) {
      const byName = s.idsByFileName.all(`/${ref}`, `/${ref}`) as string[];
      if (byName.length === 1) return byName[0];
    }
    if (!ID_PREFIX.test(ref)) return undefined;
    const ids = s.idsByPrefix.all(ref, `${ref}g`) as string[];
    if (ids.length > 1) {
      throw new QueryError(`the id prefix ${ref} matches several sources (${ids.join(', ')}, …); give more characters`);
    }
    return ids[0];
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.read(() => {
      const parsed = parseQuery(query.text);
      const warnings = [...parsed.warnings];
      const { limit, offset } = searchPage(query, warnings);

      const sourceId = query.source === undefined ? undefined : this.requireSource(query.source);
      const flags = this.passageFilters.flags(
        {
          lang: query.lang,
          sourceId,
          kind: query.kind,
          from: query.from === undefined ? undefined : lowerDay(query.from),
          to: query.to === undefined ? undefined : upperDay(query.to),
        },
        this.revision(),
      );
      const { rows, total } = this.rankedPage(parsed.match, flags, limit, offset);
      const hits = rows.map(({ id, score }) => {
        const row = this.statements.hit.get(id) as HitRow;
        return toHit(row, score, this.sourceText(row.source_id), parsed.highlight);
      });
      return { total, hits, interpreted: parsed.interpreted, warnings };
    });
  }

  /** A page of matches, best first, and how many there are in all (see rankingStatements). */
  private rankedPage(match: string, flags: Buffer | undefined, limit: number, offset: number): { rows: RankedRow[]; total: number } {
    const s = this.statements;
    if (flags === undefined) {
      const rows = s.rankPage.all({ match, limit, offset }) as RankedRow[];
      // A first page that is not full holds every match.
      const total = offset === 0 && rows.length < limit ? rows.length : (s.countMatches.get({ match }) as number);
      return { rows, total };
    }
    const rows = s.rankPageAmong.all({ match, flags, limit, offset }) as RankedRow[];
    // Past the last page, the total comes from the first.
    const total = rows[0]?.total ?? (offset > 0 ? ((s.rankPageAmong.get({ match, flags, limit: 1, offset: 0 }) as RankedRow | undefined)?.total ?? 0) : 0);
    return { rows, total };
  }

  /** The id of the source `ref` names, or a QueryError saying that none does. */
  private requireSource(ref: string): string {
    const id = this.resolveSource(ref);
    if (id === undefined) throw new QueryError(`no stored source matches "${ref}" (give an id, id prefix or path)`);
    return id;
  }

  async sourcesAnnotatedOtherwise(annotator: string): Promise<string[]> {
    return this.knowledge.annotatedOtherwise.all(annotator) as string[];
  }

  async getAnnotatedSource(id: string): Promise<AnnotatedSource | undefined> {
    const stored = await this.getSource(id);
    if (!stored) return undefined;
    const { passageList, ingestedAt, chars, passages, ...rest } = stored;
    return { ...rest, passages: passageList, mentions: readMentions(this.knowledge, stored.id) };
  }

  async replaceMentions(sourceId: string, mentions: readonly Mention[], annotator: string): Promise<void> {
    const text = this.statements.content.get(sourceId) as { text: string } | undefined;
    if (!text) throw new Error(`no stored source has the id ${sourceId}`);
    this.write(() => {
      this.knowledge.deleteMentions.run(sourceId);
      writeMentions(this.knowledge, sourceId, text.text, mentions);
      this.knowledge.markAnnotated.run(annotator, sourceId);
    });
  }

  async putResolution(resolution: Resolution): Promise<void> {
    this.write(() => writeResolution(this.knowledge, resolution));
  }

  async appendEdit(edit: Edit, resolution: Resolution): Promise<void> {
    this.write(() => {
      appendEdit(this.knowledge, edit);
      writeResolution(this.knowledge, resolution);
    });
  }

  async listAuthorities(): Promise<AuthorityRecord[]> {
    return this.read(() => listAuthorities(this.authorities));
  }

  async putAuthorities(records: readonly AuthorityRecord[], resolution: Resolution): Promise<void> {
    this.write(() => {
      writeAuthorities(this.authorities, records, new Date().toISOString());
      writeResolution(this.knowledge, resolution);
    });
  }

  async listEdits(): Promise<Edit[]> {
    return listEdits(this.knowledge);
  }

  async orphanedEdits(): Promise<Map<string, string>> {
    return orphanedEdits(this.knowledge);
  }

  async listEntities(filter: { type?: EntityType; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    return this.read(() => listEntities(this.knowledge, filter));
  }

  async findEntities(name: string): Promise<EntitySummary[]> {
    return this.read(() => findEntities(this.knowledge, name));
  }

  async getEntity(id: string, mentions: MentionPage = {}): Promise<EntityDetails | undefined> {
    return this.read(() => getEntity(this.knowledge, id, this.sourceText, mentions));
  }

  async stats(): Promise<StoreStats> {
    return this.read(() => {
      const row = this.statements.stats.get() as { sources: number; passages: number; documents: number };
      const entities: StoreStats['entities'] = { person: 0, place: 0, org: 0 };
      for (const { type, count } of this.statements.entitiesByType.all() as Array<{ type: EntityType; count: number }>) entities[type] = count;
      return { ...row, entities };
    });
  }

  async getEntities(ids: readonly string[]): Promise<Entity[]> {
    return this.read(() => getEntities(this.knowledge, ids));
  }

  async timeline(filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
    return this.read(() => {
      const sourceId = filter.source === undefined ? undefined : this.requireSource(filter.source);
      return timeline(this.db, this.knowledge, this.timelineStatements, this.sourceText, { ...filter, sourceId });
    });
  }

  async timelineCounts(filter: TimelineFilter, unit: PeriodUnit): Promise<PeriodCount[]> {
    return this.read(() => {
      const sourceId = filter.source === undefined ? undefined : this.requireSource(filter.source);
      return timelineCounts(this.db, this.timelineStatements, { ...filter, sourceId }, unit);
    });
  }

  async calendar(filter: CalendarFilter = {}): Promise<CalendarEntry[]> {
    return this.read(() => calendar(this.db, this.knowledge, this.calendarStatements, filter));
  }

  async bibliography(filter: BibliographyFilter = {}): Promise<BibliographyEntry[]> {
    return this.read(() => bibliography(this.knowledge, filter));
  }

  async claims(filter: ClaimFilter = {}): Promise<ClaimEntry[]> {
    return this.read(() => claims(this.db, this.knowledge, this.claimStatements, filter));
  }

  async claimCounts(filter: Pick<ClaimFilter, 'item'> = {}): Promise<ClaimCounts> {
    return this.read(() => claimCounts(this.knowledge, filter));
  }

  async claimItems(limit: number): Promise<ClaimItem[]> {
    return this.read(() => this.knowledge.claimItems.all(limit) as ClaimItem[]);
  }

  async mentionsByMonth(): Promise<MonthCount[]> {
    return this.read(() => this.knowledge.mentionsByMonth.all() as MonthCount[]);
  }

  async network(filter: NetworkFilter): Promise<Network> {
    return this.read(() => network(this.networkStatements, filter));
  }

  async placeMap(filter: PlaceMapFilter = {}): Promise<PlaceMap> {
    return this.read(() => placeMap(this.networkStatements, filter));
  }

  exclusively<T>(work: () => Promise<T>): Promise<T> {
    return this.writeLock.run(work);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.db.close();
  }
}
