/**
 * The PostgreSQL schema as of version 11, created in one step (see ../migrations.ts): the same
 * tables and columns as the SQLite schema, with three differences of engine.
 *
 * - Text compares and sorts by code point (collation "C", as SQLite's BINARY), so lists come in
 *   the same order from both stores whatever the server's locale.
 * - The search index is a column of passages: the analyzer's terms in order (for phrases, term
 *   frequencies and prefixes), and the set of them as a 'simple' tsvector under a GIN index, which
 *   finds the candidate passages of a query. Ranking is BM25 as FTS5 computes it (search.ts); its
 *   totals (passages, terms) are kept by triggers in search_totals, as FTS5 keeps them.
 * - The append-only edit log is enforced by a trigger function.
 */
export const POSTGRES_SCHEMA = `
  CREATE DOMAIN ctext AS text COLLATE "C";

  CREATE TABLE sources (
    id           ctext PRIMARY KEY,
    path         ctext NOT NULL UNIQUE,
    title        ctext NOT NULL,
    format       ctext NOT NULL,
    encoding     ctext NOT NULL,
    languages    ctext NOT NULL,
    bytes        bigint NOT NULL,
    chars        integer NOT NULL,
    text         ctext NOT NULL,
    offset_map   ctext NOT NULL,
    ingested_at  ctext NOT NULL,
    annotated_by ctext
  );

  CREATE TABLE passages (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id    ctext NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    kind         ctext NOT NULL,
    lang         ctext NOT NULL,
    sentences    ctext NOT NULL,
    terms        text[] NOT NULL,               -- the analyzer's terms of the passage's text, in order
    term_set     tsvector NOT NULL,             -- the set of them, for the GIN index (see PASSAGE_TERM_SET)
    UNIQUE (source_id, ordinal),
    CHECK (0 <= start_offset AND start_offset <= end_offset)
  );
  CREATE INDEX passages_by_lang ON passages(lang);
  CREATE INDEX passages_by_start ON passages(source_id, start_offset);
  -- Without a pending list: entries added since the last vacuum would otherwise be read one by
  -- one by every search, which made the same query take 2 or 25 ms by when it came.
  CREATE INDEX passages_by_terms ON passages USING gin (term_set) WITH (fastupdate = off);

  CREATE TABLE search_totals (
    passages bigint NOT NULL,
    terms    bigint NOT NULL
  );
  INSERT INTO search_totals VALUES (0, 0);
  CREATE FUNCTION count_passage_terms() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      UPDATE search_totals SET passages = passages + 1, terms = terms + cardinality(NEW.terms);
      RETURN NEW;
    END IF;
    UPDATE search_totals SET passages = passages - 1, terms = terms - cardinality(OLD.terms);
    RETURN OLD;
  END $$;
  CREATE TRIGGER passages_counted AFTER INSERT OR DELETE ON passages FOR EACH ROW EXECUTE FUNCTION count_passage_terms();
  CREATE FUNCTION recount_passage_terms() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE search_totals SET terms = terms - cardinality(OLD.terms) + cardinality(NEW.terms);
    RETURN NEW;
  END $$;
  CREATE TRIGGER passages_recounted AFTER UPDATE OF terms ON passages FOR EACH ROW EXECUTE FUNCTION recount_passage_terms();

  CREATE TABLE settings (
    key   ctext PRIMARY KEY,
    value ctext NOT NULL
  );

  CREATE TABLE mentions (
    source_id    ctext NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    kind         ctext NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         ctext NOT NULL,
    value        ctext NOT NULL,
    confidence   double precision NOT NULL,
    origin       ctext NOT NULL DEFAULT 'machine',
    entity_id    ctext,
    date_min     ctext,
    date_max     ctext,
    PRIMARY KEY (source_id, ordinal),
    CHECK (0 <= start_offset AND start_offset < end_offset)
  );
  CREATE INDEX mentions_by_date ON mentions(date_min) WHERE kind = 'date';
  CREATE INDEX mentions_by_place ON mentions(source_id, kind, start_offset, date_min, date_max);
  CREATE INDEX mentions_by_offset ON mentions(source_id, start_offset, entity_id);
  CREATE INDEX mentions_by_entity ON mentions(entity_id, source_id, start_offset) WHERE entity_id IS NOT NULL;

  CREATE TABLE entities (
    id         ctext PRIMARY KEY,
    type       ctext NOT NULL,
    label      ctext NOT NULL,
    aliases    ctext NOT NULL,
    attributes ctext NOT NULL,
    mentions   integer NOT NULL
  );
  CREATE TABLE entity_names (
    name      ctext NOT NULL,
    entity_id ctext NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (name, entity_id)
  );
  CREATE TABLE entity_words (
    word      ctext NOT NULL,
    entity_id ctext NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (word, entity_id)
  );

  CREATE TABLE documents (
    id       ctext PRIMARY KEY,
    type     ctext NOT NULL,
    date_min ctext,
    date_max ctext,
    record   ctext NOT NULL
  );
  CREATE INDEX documents_by_date ON documents(date_min);
  CREATE TABLE document_parties (
    document_id ctext NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   ctext NOT NULL,
    part        ctext NOT NULL,
    PRIMARY KEY (document_id, entity_id, part)
  );
  CREATE INDEX document_parties_by_entity ON document_parties(entity_id);

  CREATE TABLE works (
    id       ctext PRIMARY KEY,
    sort_key ctext NOT NULL,
    year     integer,
    record   ctext NOT NULL
  );
  CREATE INDEX works_in_order ON works(sort_key, year NULLS FIRST);
  CREATE TABLE work_authors (
    word    ctext NOT NULL,
    work_id ctext NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    PRIMARY KEY (word, work_id)
  );

  CREATE TABLE claims (
    id      ctext PRIMARY KEY,
    ordinal integer NOT NULL,
    kind    ctext NOT NULL,
    item    ctext NOT NULL,
    status  ctext NOT NULL,
    sources integer NOT NULL,
    claim   ctext NOT NULL
  );
  CREATE INDEX claims_in_order ON claims(ordinal);
  CREATE TABLE claim_items (
    name     ctext NOT NULL,
    claim_id ctext NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (name, claim_id)
  );

  CREATE TABLE edits (
    seq     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id      ctext NOT NULL UNIQUE,
    at      ctext NOT NULL,
    kind    ctext NOT NULL,
    payload ctext NOT NULL,
    reason  ctext
  );
  CREATE FUNCTION refuse_edit_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'the edit log is append-only';
  END $$;
  CREATE TRIGGER edits_append_only BEFORE UPDATE OR DELETE ON edits FOR EACH ROW EXECUTE FUNCTION refuse_edit_change();
  CREATE TABLE orphaned_edits (
    edit_id ctext PRIMARY KEY REFERENCES edits(id),
    reason  ctext NOT NULL
  );

  CREATE TABLE entity_pairs (
    entity_id ctext NOT NULL,
    other_id  ctext NOT NULL,
    passages  integer NOT NULL,
    PRIMARY KEY (entity_id, other_id)
  );
  CREATE TABLE entity_months (
    entity_id ctext NOT NULL,
    month     ctext NOT NULL,
    mentions  integer NOT NULL,
    PRIMARY KEY (entity_id, month)
  );
  CREATE INDEX entity_months_by_month ON entity_months(month, entity_id, mentions);
  CREATE TABLE entity_dates (
    entity_id  ctext PRIMARY KEY,
    first_date ctext NOT NULL,
    last_date  ctext NOT NULL
  );
  CREATE TABLE entity_pair_months (
    month     ctext NOT NULL,
    entity_id ctext NOT NULL,
    other_id  ctext NOT NULL,
    passages  integer NOT NULL,
    PRIMARY KEY (month, entity_id, other_id)
  );
  CREATE TABLE type_months (
    type     ctext NOT NULL,
    month    ctext NOT NULL,
    mentions integer NOT NULL,
    PRIMARY KEY (type, month)
  );
`;
