/**
 * The network and the map of a period, read from the aggregates a resolution writes
 * (entity-aggregates.ts) and from the calendar's documents: only the few entities, pairs and
 * places shown are returned, whatever the size of the store.
 *
 * Each query comes in two forms: for all time, from the totals (undated passages and documents
 * included), and for a period, from the months inside it.
 */
import type Database from 'better-sqlite3';
import { counted, ENTITY_TYPES, monthBounds, NETWORK_DEFAULTS, type CountedRow } from '../network-period.js';
import type { MonthCount, Network, NetworkEdge, NetworkFilter, NetworkNode, PlaceMap, PlaceMapFilter } from '../store.js';

/** `@ids`, a JSON array, as a set to test membership in. */
const IDS = `(SELECT value FROM json_each(@ids))`;
const TYPES = `(SELECT value FROM json_each(@types))`;

/** Mentions per entity in the months of `@from`–`@to`, from entity_months_by_month alone. */
const PERIOD_MENTIONS = `(SELECT entity_id, sum(mentions) AS mentions FROM entity_months
  WHERE month BETWEEN @from AND @to GROUP BY entity_id)`;

/** The documents of the period, or every one: `dated` says which. */
const documentsOf = (dated: boolean) =>
  dated ? `(SELECT id FROM documents WHERE date_min >= @fromDay AND date_max <= @toDay)` : `documents`;

/** Each entity that sent or received documents, by how many; `count(*) OVER ()` counts them before the limit. */
const letterNodes = (dated: boolean) => `
  SELECT e.id, e.type, e.label, count(DISTINCT party.document_id) AS documents, count(*) OVER () AS total
  FROM ${documentsOf(dated)} d JOIN document_parties party ON party.document_id = d.id JOIN entities e ON e.id = party.entity_id
  WHERE e.type IN ${TYPES}
  GROUP BY e.id ORDER BY documents DESC, e.mentions DESC, e.label LIMIT @limit`;

const letterEdges = (dated: boolean) => `
  SELECT sender.entity_id AS source, recipient.entity_id AS target, count(DISTINCT d.id) AS weight, count(*) OVER () AS total
  FROM ${documentsOf(dated)} d
  JOIN document_parties sender ON sender.document_id = d.id AND sender.part = 'sender'
  JOIN document_parties recipient ON recipient.document_id = d.id AND recipient.part = 'recipient'
  WHERE sender.entity_id <> recipient.entity_id AND sender.entity_id IN ${IDS} AND recipient.entity_id IN ${IDS}
  GROUP BY sender.entity_id, recipient.entity_id ORDER BY weight DESC, source, target LIMIT @limit`;

export function prepareNetworkStatements(db: Database.Database) {
  return {
    letterNodes: db.prepare(letterNodes(false)),
    letterNodesDated: db.prepare(letterNodes(true)),
    letterEdges: db.prepare(letterEdges(false)),
    letterEdgesDated: db.prepare(letterEdges(true)),
    mentionsOf: db.prepare(`SELECT id AS entity_id, mentions FROM entities WHERE id IN ${IDS}`),
    mentionsOfDated: db.prepare(
      `SELECT entity_id, sum(mentions) AS mentions FROM entity_months WHERE entity_id IN ${IDS} AND month BETWEEN @from AND @to GROUP BY entity_id`,
    ),
    // Documents are dated in a month as passages are: when their first and last days lie in it.
    documentMonths: db.prepare(
      `SELECT substr(date_min, 1, 7) AS month, count(*) AS count FROM documents
       WHERE date_min IS NOT NULL AND substr(date_min, 1, 7) = substr(date_max, 1, 7) GROUP BY month ORDER BY month`,
    ),
    namedNodes: db.prepare(
      `SELECT id, type, label, mentions, count(*) OVER () AS total FROM entities
       WHERE type IN ${TYPES} AND mentions > 0 ORDER BY mentions DESC, label LIMIT @limit`,
    ),
    namedNodesDated: db.prepare(
      `SELECT e.id, e.type, e.label, period.mentions, count(*) OVER () AS total FROM ${PERIOD_MENTIONS} period
       JOIN entities e ON e.id = period.entity_id WHERE e.type IN ${TYPES} ORDER BY period.mentions DESC, e.label LIMIT @limit`,
    ),
    namedEdges: db.prepare(
      `SELECT entity_id AS source, other_id AS target, passages AS weight, count(*) OVER () AS total FROM entity_pairs
       WHERE entity_id IN ${IDS} AND other_id IN ${IDS} AND entity_id < other_id ORDER BY weight DESC, source, target LIMIT @limit`,
    ),
    namedEdgesDated: db.prepare(
      `SELECT entity_id AS source, other_id AS target, sum(passages) AS weight, count(*) OVER () AS total FROM entity_pair_months
       WHERE month BETWEEN @from AND @to AND entity_id IN ${IDS} AND other_id IN ${IDS}
       GROUP BY entity_id, other_id ORDER BY weight DESC, source, target LIMIT @limit`,
    ),
    typeMonths: db.prepare(`SELECT month, sum(mentions) AS count FROM type_months WHERE type IN ${TYPES} GROUP BY month ORDER BY month`),
    // Every mentioned place: a store has some thousands at most, and those without coordinates are counted.
    places: db.prepare(
      `SELECT id, type, label, mentions, json_extract(attributes, '$.coordinates.lat') AS lat, json_extract(attributes, '$.coordinates.lon') AS lon
       FROM entities WHERE type = 'place' AND mentions > 0 ORDER BY mentions DESC, label`,
    ),
    placesDated: db.prepare(
      `SELECT e.id, e.type, e.label, period.mentions,
         json_extract(e.attributes, '$.coordinates.lat') AS lat, json_extract(e.attributes, '$.coordinates.lon') AS lon
       FROM ${PERIOD_MENTIONS} period JOIN entities e ON e.id = period.entity_id
       WHERE e.type = 'place' ORDER BY period.mentions DESC, e.label`,
    ),
  };
}

type Statements = ReturnType<typeof prepareNetworkStatements>;

export function network(statements: Statements, filter: NetworkFilter): Network {
  const bounds = monthBounds(filter);
  const types = JSON.stringify(filter.types?.length ? filter.types : ENTITY_TYPES);
  const limit = filter.nodes ?? NETWORK_DEFAULTS.nodes;
  const letters = filter.kind === 'letters';
  const nodeStatement = letters ? (bounds ? statements.letterNodesDated : statements.letterNodes) : bounds ? statements.namedNodesDated : statements.namedNodes;
  const found = counted(nodeStatement.all({ ...bounds, types, limit }) as Array<CountedRow<NetworkNode>>);
  const ids = JSON.stringify(found.rows.map((node) => node.id));
  if (letters) {
    // Mentions in the period, as the co-occurrence network sizes its nodes.
    const mentions = new Map(
      ((bounds ? statements.mentionsOfDated : statements.mentionsOf).all({ ...bounds, ids }) as Array<{ entity_id: string; mentions: number }>).map((row) => [row.entity_id, row.mentions]),
    );
    for (const node of found.rows) node.mentions = mentions.get(node.id) ?? 0;
  }
  const edgeStatement = letters ? (bounds ? statements.letterEdgesDated : statements.letterEdges) : bounds ? statements.namedEdgesDated : statements.namedEdges;
  const edges = counted(edgeStatement.all({ ...bounds, ids, limit: filter.edges ?? NETWORK_DEFAULTS.edges }) as Array<CountedRow<NetworkEdge>>);
  return {
    kind: filter.kind,
    directed: letters,
    nodes: found.rows,
    edges: edges.rows,
    totalNodes: found.total,
    totalEdges: edges.total,
    months: (letters ? statements.documentMonths.all() : statements.typeMonths.all({ types })) as MonthCount[],
  };
}

export function placeMap(statements: Statements, filter: PlaceMapFilter): PlaceMap {
  const bounds = monthBounds(filter);
  const places = (bounds ? statements.placesDated.all(bounds) : statements.places.all()) as Array<{
    id: string;
    type: 'place';
    label: string;
    mentions: number;
    lat: number | null;
    lon: number | null;
  }>;
  const located = places.filter((place) => typeof place.lat === 'number' && typeof place.lon === 'number');
  return {
    places: located.slice(0, filter.limit ?? NETWORK_DEFAULTS.places).map((place) => ({ ...place, lat: place.lat!, lon: place.lon! })),
    totalPlaces: located.length,
    unlocated: places.length - located.length,
    months: statements.typeMonths.all({ types: JSON.stringify(['place']) }) as MonthCount[],
  };
}
