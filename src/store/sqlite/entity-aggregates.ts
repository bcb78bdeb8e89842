/**
 * What an entity's page shows of its surroundings — the entities named in the same passages,
 * the first and last dates of its passages, and its mentions per month — worked out for every
 * entity at once whenever a resolution is written. Read per entity, the most mentioned ones
 * took tens of milliseconds each (every passage of thousands of mentions joined to its
 * neighbours), and one such page held up every request behind it.
 *
 * An entity's passages are those that hold a mention linked to it; a passage's dates are the
 * date mentions inside it. A passage counts towards a month when one of its dates lies within
 * that month, with the number of the entity's mentions in it.
 *
 * The network of a period reads the same pairs per month: which entities share passages of
 * that month, each pair once.
 */
import { JOIN_PASSAGE_OF_MENTION } from './mention-passage.js';

/** The tables, created by a migration and refilled by `REFRESH_ENTITY_AGGREGATES`. */
export const ENTITY_AGGREGATE_TABLES = `
  CREATE TABLE entity_pairs (
    entity_id TEXT NOT NULL,
    other_id  TEXT NOT NULL,
    passages  INTEGER NOT NULL,             -- passages naming both
    PRIMARY KEY (entity_id, other_id)
  ) WITHOUT ROWID;
  CREATE TABLE entity_months (
    entity_id TEXT NOT NULL,
    month     TEXT NOT NULL,                -- YYYY-MM
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, month)
  ) WITHOUT ROWID;
  CREATE TABLE entity_dates (
    entity_id  TEXT PRIMARY KEY,
    first_date TEXT NOT NULL,               -- the earliest day any of its passages' dates allows
    last_date  TEXT NOT NULL                -- the latest
  ) WITHOUT ROWID;
`;

/**
 * For the network and the map of a period: pairs per month, a period's rows one range of the
 * key; the mentions of each type of entity per month, for the months a period can be; and
 * entity_months by month, which answers which entities a period mentions most without reading
 * other months.
 */
export const PERIOD_AGGREGATE_TABLES = `
  CREATE TABLE entity_pair_months (
    month     TEXT NOT NULL,                -- YYYY-MM
    entity_id TEXT NOT NULL,
    other_id  TEXT NOT NULL,                -- entity_id < other_id: each pair once
    passages  INTEGER NOT NULL,             -- passages of the month naming both
    PRIMARY KEY (month, entity_id, other_id)
  ) WITHOUT ROWID;
  CREATE TABLE type_months (
    type     TEXT NOT NULL,                 -- person | place | org
    month    TEXT NOT NULL,
    mentions INTEGER NOT NULL,              -- entity_months summed over the entities of the type
    PRIMARY KEY (type, month)
  ) WITHOUT ROWID;
  CREATE INDEX entity_months_by_month ON entity_months(month, entity_id, mentions);
`;

/** The entity–passage pairs and their dates, worked out once, in temporary tables. */
const COLLECT_ENTITY_PASSAGES = `
  CREATE TEMP TABLE entity_passages AS
    SELECT m.entity_id, p.id AS passage_id, p.source_id, p.start_offset, p.end_offset, count(*) AS mentions FROM mentions m
    ${JOIN_PASSAGE_OF_MENTION}
    WHERE m.entity_id IS NOT NULL
    GROUP BY m.entity_id, p.id;
  CREATE INDEX temp.entity_passages_by_passage ON entity_passages(passage_id);
  CREATE TEMP TABLE entity_passage_dates AS
    SELECT own.entity_id, own.passage_id, own.mentions, d.date_min, d.date_max FROM entity_passages own
    JOIN mentions d ON d.source_id = own.source_id AND d.kind = 'date' AND d.start_offset >= own.start_offset
      AND d.start_offset < own.end_offset AND d.date_min IS NOT NULL;
`;

export const FILL_ENTITY_AGGREGATES = `
  INSERT INTO entity_pairs (entity_id, other_id, passages)
    SELECT own.entity_id, other.entity_id, count(*) FROM entity_passages own
    JOIN entity_passages other ON other.passage_id = own.passage_id AND other.entity_id <> own.entity_id
    GROUP BY own.entity_id, other.entity_id;
  INSERT INTO entity_dates (entity_id, first_date, last_date)
    SELECT entity_id, min(date_min), max(date_max) FROM entity_passage_dates GROUP BY entity_id;
  INSERT INTO entity_months (entity_id, month, mentions)
    SELECT entity_id, month, sum(mentions) FROM (
      SELECT DISTINCT entity_id, passage_id, mentions, substr(date_min, 1, 7) AS month FROM entity_passage_dates
      WHERE substr(date_min, 1, 7) = substr(date_max, 1, 7)) dated
    GROUP BY entity_id, month;
`;

/** A passage counts towards the months entity_months counts it in; entity_months is filled first. */
export const FILL_PERIOD_AGGREGATES = `
  INSERT INTO entity_pair_months (month, entity_id, other_id, passages)
    SELECT dated.month, own.entity_id, other.entity_id, count(*) FROM (
      SELECT DISTINCT passage_id, substr(date_min, 1, 7) AS month FROM entity_passage_dates
      WHERE substr(date_min, 1, 7) = substr(date_max, 1, 7)) dated
    JOIN entity_passages own ON own.passage_id = dated.passage_id
    JOIN entity_passages other ON other.passage_id = dated.passage_id AND other.entity_id > own.entity_id
    GROUP BY dated.month, own.entity_id, other.entity_id;
  INSERT INTO type_months (type, month, mentions)
    SELECT e.type, m.month, sum(m.mentions) FROM entity_months m JOIN entities e ON e.id = m.entity_id
    GROUP BY e.type, m.month;
`;

const DROP_ENTITY_PASSAGES = `
  DROP TABLE temp.entity_passage_dates;
  DROP TABLE temp.entity_passages;
`;

/** Fills the tables of ENTITY_AGGREGATE_TABLES from the mentions as linked, as the migration that made them did. */
export const FILL_ENTITY_AGGREGATE_TABLES = COLLECT_ENTITY_PASSAGES + FILL_ENTITY_AGGREGATES + DROP_ENTITY_PASSAGES;

/** Fills the tables of PERIOD_AGGREGATE_TABLES from the mentions as linked and entity_months. */
export const FILL_PERIOD_AGGREGATE_TABLES = COLLECT_ENTITY_PASSAGES + FILL_PERIOD_AGGREGATES + DROP_ENTITY_PASSAGES;

/** Refills every table from the mentions as linked now; run inside the transaction that wrote the links. */
export const REFRESH_ENTITY_AGGREGATES = `
  DELETE FROM entity_pairs;
  DELETE FROM entity_months;
  DELETE FROM entity_dates;
  DELETE FROM entity_pair_months;
  DELETE FROM type_months;
  ${COLLECT_ENTITY_PASSAGES}
  ${FILL_ENTITY_AGGREGATES}
  ${FILL_PERIOD_AGGREGATES}
  ${DROP_ENTITY_PASSAGES}
`;
