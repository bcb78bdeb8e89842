/**
 * The schema of both stores, as one numbered list of migrations: each step carries its SQLite
 * form and its PostgreSQL form side by side, and a store of either kind records the number of
 * the last step it has run. A store is never opened by code older than its schema.
 *
 * The logical model is plain tables both engines hold alike: everything that describes a
 * source points into its text by offsets (standoff), so later tables (mentions, entities) are
 * spans with a `source_id` that cascades like these do. The full-text index is each engine's
 * own (FTS5 in SQLite, a GIN-indexed term array in PostgreSQL), over the same analyzer's terms.
 *
 * PostgreSQL stores began at version 11: no PostgreSQL store ever had an older schema, so the
 * steps before it have no PostgreSQL form and step 11's creates the whole schema as of 11 at
 * once. Every later step gives both forms.
 */
import { ENTITY_AGGREGATE_TABLES, FILL_ENTITY_AGGREGATE_TABLES, FILL_PERIOD_AGGREGATE_TABLES, PERIOD_AGGREGATE_TABLES } from './sqlite/entity-aggregates.js';
import { POSTGRES_SCHEMA } from './postgres/schema.js';

export interface Migration {
  version: number;
  description: string;
  /** Run in one transaction on an SQLite store below this version. */
  sqlite: string;
  /** Run in one transaction on a PostgreSQL store below this version; absent for the steps before PostgreSQL stores existed. */
  postgres?: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sources, passages with their sentences, and the passage index',
    sqlite: `
      CREATE TABLE sources (
        id          TEXT PRIMARY KEY,            -- sha256 (hex) of the normalized text
        path        TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        format      TEXT NOT NULL,
        encoding    TEXT NOT NULL,
        languages   TEXT NOT NULL,               -- JSON array, most characters first
        bytes       INTEGER NOT NULL,
        chars       INTEGER NOT NULL,
        text        TEXT NOT NULL,
        offset_map  TEXT NOT NULL,               -- JSON of OffsetMap.toJSON()
        ingested_at TEXT NOT NULL                -- ISO 8601
      );

      CREATE TABLE passages (
        id           INTEGER PRIMARY KEY,        -- also the rowid of the passage in passage_index
        source_id    TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        kind         TEXT NOT NULL,
        lang         TEXT NOT NULL,
        sentences    TEXT NOT NULL,              -- JSON [[start, end], …]: offsets in the source's text
        UNIQUE (source_id, ordinal),
        CHECK (0 <= start_offset AND start_offset <= end_offset)
      );
      CREATE INDEX passages_by_lang ON passages(lang);

      -- The stems of each passage's words, in order (for words, phrases and prefixes).
      -- Without per-row sizes (columnsize=0) ranking reads no side table per match, which
      -- makes it several times faster on common words; rows are removed with FTS5's
      -- 'delete' command and the stems they were indexed with (see SqliteStore).
      CREATE VIRTUAL TABLE passage_index USING fts5(
        stems,
        content = '', columnsize = 0, tokenize = 'ascii'
      );

      -- Settings the data depends on, e.g. the version of the analyzer that built the index.
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'mentions (dates, quantities, names) and the entities they resolve to',
    sqlite: `
      -- The recognizers' version that produced a source's mentions; NULL = not annotated yet.
      ALTER TABLE sources ADD COLUMN annotated_by TEXT;

      CREATE TABLE mentions (
        source_id    TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,           -- index among the source's mentions, by start
        kind         TEXT NOT NULL,              -- person | place | org | date | quantity | document | citation | work
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        text         TEXT NOT NULL,
        value        TEXT NOT NULL,              -- JSON: DateValue, QuantityValue or NameValue
        confidence   REAL NOT NULL,
        origin       TEXT NOT NULL DEFAULT 'machine',
        entity_id    TEXT,                       -- set by resolution; entities are rebuilt, so no foreign key
        date_min     TEXT,                       -- dates: first and last day the EDTF value covers
        date_max     TEXT,
        PRIMARY KEY (source_id, ordinal),
        CHECK (0 <= start_offset AND start_offset < end_offset)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_by_entity ON mentions(entity_id) WHERE entity_id IS NOT NULL;
      CREATE INDEX mentions_by_date ON mentions(date_min) WHERE kind = 'date';

      CREATE TABLE entities (
        id         TEXT PRIMARY KEY,
        type       TEXT NOT NULL,
        label      TEXT NOT NULL,
        aliases    TEXT NOT NULL,                -- JSON [{text, lang, count}]
        attributes TEXT NOT NULL,                -- JSON
        mentions   INTEGER NOT NULL
      );

      -- Every alias and the label, folded (lower case, no diacritics), for finding an entity by any name.
      CREATE TABLE entity_names (
        name      TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (name, entity_id)
      ) WITHOUT ROWID;

      -- Every word of those names by a key blind to script and spelling (Чичерину, Chicherin → cicerin…).
      CREATE TABLE entity_words (
        word      TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (word, entity_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    description: 'document records: the calendar of letters, telegrams, notes and treaties the sources cite',
    sqlite: `
      CREATE TABLE documents (
        id       TEXT PRIMARY KEY,
        type     TEXT NOT NULL,
        date_min TEXT,                           -- first and last day the record's EDTF date covers
        date_max TEXT,
        record   TEXT NOT NULL                   -- JSON DocumentRecord
      );
      CREATE INDEX documents_by_date ON documents(date_min);

      -- Who sent and received each document, for the calendar of one person or organisation.
      CREATE TABLE document_parties (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        entity_id   TEXT NOT NULL,
        part        TEXT NOT NULL,               -- sender | recipient
        PRIMARY KEY (document_id, entity_id, part)
      ) WITHOUT ROWID;
      CREATE INDEX document_parties_by_entity ON document_parties(entity_id);
    `,
  },
  {
    version: 4,
    description: 'works: the bibliography of what the sources cite and list, one record per work',
    sqlite: `
      CREATE TABLE works (
        id       TEXT PRIMARY KEY,
        sort_key TEXT NOT NULL,                  -- first author's surname (else title), lower case: bibliography order
        year     INTEGER,
        record   TEXT NOT NULL                   -- JSON WorkRecord
      );
      CREATE INDEX works_in_order ON works(sort_key, year);

      -- Every word of the authors' names by the resolver's script-blind key (Gökay, Gokay → gokai), for --author.
      CREATE TABLE work_authors (
        word    TEXT NOT NULL,
        work_id TEXT NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        PRIMARY KEY (word, work_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    description: 'claims: quantities and document dates compared across sources',
    sqlite: `
      CREATE TABLE claims (
        id      TEXT PRIMARY KEY,
        ordinal INTEGER NOT NULL,                -- place in the resolver's order: conflicts first, then by sources
        kind    TEXT NOT NULL,                   -- quantity | date
        item    TEXT NOT NULL,
        status  TEXT NOT NULL,                   -- conflict | agree | single
        sources INTEGER NOT NULL,                -- distinct sources among the statements
        claim   TEXT NOT NULL                    -- JSON ClaimGroup
      );
      CREATE INDEX claims_in_order ON claims(ordinal);

      -- The group's item and each statement's own item, folded (rifle, винтовка), for --item.
      CREATE TABLE claim_items (
        name     TEXT NOT NULL,
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        PRIMARY KEY (name, claim_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    description: "the edit log: the researcher's corrections, append-only",
    sqlite: `
      CREATE TABLE edits (
        seq     INTEGER PRIMARY KEY,             -- order of the log: edits are replayed in it
        id      TEXT NOT NULL UNIQUE,
        at      TEXT NOT NULL,                   -- ISO 8601
        kind    TEXT NOT NULL,                   -- merge | split | rename | retype | reject | accept | undo
        payload TEXT NOT NULL,                   -- JSON: anchors of the mentions and entities the edit is about
        reason  TEXT
      );
      -- A correction is taken back by an undo edit, never by rewriting the log.
      CREATE TRIGGER edits_no_update BEFORE UPDATE ON edits BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END;
      CREATE TRIGGER edits_no_delete BEFORE DELETE ON edits BEGIN SELECT RAISE(ABORT, 'the edit log is append-only'); END;
    `,
  },
  {
    version: 7,
    description: 'mentions and passages by their place in a source, for filters on what a passage mentions and for finding a mention\'s passage',
    sqlite: `
      -- Whether a passage mentions a kind of thing (or a date in a window) is one seek in this
      -- index per passage; the dates' bounds are in it so the date filter reads no row.
      CREATE INDEX mentions_by_place ON mentions(source_id, kind, start_offset, date_min, date_max);
      -- A mention's passage is the last one starting at or before it: one seek.
      CREATE INDEX passages_by_start ON passages(source_id, start_offset);
    `,
  },
  {
    version: 8,
    description: "mentions by offset for a reader's window and for co-occurring entities, and an entity's mentions in reading order without reading their rows",
    sqlite: `
      -- A window of a source's text shows the mentions inside it: one range of this index; the
      -- entities a passage names are one range of it too, read from the index alone.
      CREATE INDEX mentions_by_offset ON mentions(source_id, start_offset, entity_id);
      -- An entity's mentions, a page of them in order of source and offset, and its passages,
      -- read from the index alone.
      DROP INDEX mentions_by_entity;
      CREATE INDEX mentions_by_entity ON mentions(entity_id, source_id, start_offset) WHERE entity_id IS NOT NULL;
    `,
  },
  {
    version: 9,
    description: 'why edits are orphaned, stored with the resolution that found it, so that listing the log does not resolve the corpus again',
    sqlite: `
      -- Filled by the next ingest or edit: until then a store migrated from an older version lists every edit as holding.
      CREATE TABLE orphaned_edits (
        edit_id TEXT PRIMARY KEY REFERENCES edits(id),
        reason TEXT NOT NULL
      );
    `,
  },
  {
    version: 10,
    description: "an entity's co-occurring entities, date span and mentions per month, worked out when a resolution is written",
    sqlite: ENTITY_AGGREGATE_TABLES + FILL_ENTITY_AGGREGATE_TABLES,
  },
  {
    version: 11,
    description: 'which entities share passages of each month, mentions of each type per month, and entities by month: the network and the map of a period',
    sqlite: PERIOD_AGGREGATE_TABLES + FILL_PERIOD_AGGREGATE_TABLES,
    postgres: POSTGRES_SCHEMA,
  },
  {
    version: 12,
    description: "the researcher's authority records: known persons, places and organisations the mentions resolve to",
    sqlite: `
      CREATE TABLE authorities (
        seq         INTEGER PRIMARY KEY,           -- the order records were first imported in
        key         TEXT NOT NULL UNIQUE,          -- type and name folded (case, diacritics, spacing aside)
        type        TEXT NOT NULL CHECK (type IN ('person', 'place', 'org')),
        name        TEXT NOT NULL,
        record      TEXT NOT NULL,                 -- JSON of AuthorityRecord
        imported_at TEXT NOT NULL                  -- ISO 8601
      );
    `,
    postgres: `
      CREATE TABLE authorities (
        seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key         TEXT NOT NULL UNIQUE,
        type        TEXT NOT NULL CHECK (type IN ('person', 'place', 'org')),
        name        TEXT NOT NULL,
        record      TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** What bringing a store up to date did: the schema version it had and the one it has now. */
export interface MigrationReport {
  from: number;
  to: number;
}
