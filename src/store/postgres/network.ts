/** The network and the map of a period in PostgreSQL: the queries of the SQLite store's network.ts, from the same aggregate tables. */
import { counted, ENTITY_TYPES, monthBounds, NETWORK_DEFAULTS, type CountedRow } from '../network-period.js';
import type { MonthCount, Network, NetworkEdge, NetworkFilter, NetworkNode, PlaceMap, PlaceMapFilter } from '../store.js';
import { rows, type Queryable } from './sql.js';

/** Mentions per entity in the months of `@from`–`@to`. */
const PERIOD_MENTIONS = `(SELECT entity_id, sum(mentions)::int AS mentions FROM entity_months
  WHERE month BETWEEN @from AND @to GROUP BY entity_id)`;

/** The documents of the period, or every one. */
const documentsOf = (dated: boolean) =>
  dated ? `(SELECT id FROM documents WHERE date_min >= @fromDay AND date_max <= @toDay)` : `documents`;

const letterNodes = (dated: boolean) => `
  SELECT e.id, e.type, e.label, count(DISTINCT party.document_id)::int AS documents, (count(*) OVER ())::int AS total
  FROM ${documentsOf(dated)} d JOIN document_parties party ON party.document_id = d.id JOIN entities e ON e.id = party.entity_id
  WHERE e.type = ANY(@types)
  GROUP BY e.id ORDER BY documents DESC, e.mentions DESC, e.label LIMIT @limit`;

const letterEdges = (dated: boolean) => `
  SELECT sender.entity_id AS source, recipient.entity_id AS target, count(DISTINCT d.id)::int AS weight, (count(*) OVER ())::int AS total
  FROM ${documentsOf(dated)} d
  JOIN document_parties sender ON sender.document_id = d.id AND sender.part = 'sender'
  JOIN document_parties recipient ON recipient.document_id = d.id AND recipient.part = 'recipient'
  WHERE sender.entity_id <> recipient.entity_id AND sender.entity_id = ANY(@ids) AND recipient.entity_id = ANY(@ids)
  GROUP BY sender.entity_id, recipient.entity_id ORDER BY weight DESC, source, target LIMIT @limit`;

const namedNodes = (dated: boolean) =>
  dated
    ? `SELECT e.id, e.type, e.label, period.mentions, (count(*) OVER ())::int AS total FROM ${PERIOD_MENTIONS} period
       JOIN entities e ON e.id = period.entity_id WHERE e.type = ANY(@types) ORDER BY period.mentions DESC, e.label LIMIT @limit`
    : `SELECT id, type, label, mentions, (count(*) OVER ())::int AS total FROM entities
       WHERE type = ANY(@types) AND mentions > 0 ORDER BY mentions DESC, label LIMIT @limit`;

const namedEdges = (dated: boolean) =>
  dated
    ? `SELECT entity_id AS source, other_id AS target, sum(passages)::int AS weight, (count(*) OVER ())::int AS total FROM entity_pair_months
       WHERE month BETWEEN @from AND @to AND entity_id = ANY(@ids) AND other_id = ANY(@ids)
       GROUP BY entity_id, other_id ORDER BY weight DESC, source, target LIMIT @limit`
    : `SELECT entity_id AS source, other_id AS target, passages AS weight, (count(*) OVER ())::int AS total FROM entity_pairs
       WHERE entity_id = ANY(@ids) AND other_id = ANY(@ids) AND entity_id < other_id ORDER BY weight DESC, source, target LIMIT @limit`;

const TYPE_MONTHS = `SELECT month, sum(mentions)::int AS count FROM type_months WHERE type = ANY(@types) GROUP BY month ORDER BY month`;

/** A coordinate of an entity `e`, when its attributes hold it as a number. */
const coordinate = (name: 'lat' | 'lon') =>
  `CASE WHEN jsonb_typeof(e.attributes::jsonb #> '{coordinates,${name}}') = 'number' THEN (e.attributes::jsonb #>> '{coordinates,${name}}')::float8 END AS ${name}`;

export async function network(db: Queryable, filter: NetworkFilter): Promise<Network> {
  const bounds = monthBounds(filter);
  const dated = bounds !== undefined;
  const types = filter.types?.length ? filter.types : [...ENTITY_TYPES];
  const letters = filter.kind === 'letters';
  const nodes = counted(
    await rows<CountedRow<NetworkNode>>(db, letters ? letterNodes(dated) : namedNodes(dated), { ...bounds, types, limit: filter.nodes ?? NETWORK_DEFAULTS.nodes }),
  );
  const ids = nodes.rows.map((node) => node.id);
  if (letters) {
    // Mentions in the period, as the co-occurrence network sizes its nodes.
    const found = await rows<{ entity_id: string; mentions: number }>(
      db,
      dated
        ? `SELECT entity_id, sum(mentions)::int AS mentions FROM entity_months WHERE entity_id = ANY(@ids) AND month BETWEEN @from AND @to GROUP BY entity_id`
        : `SELECT id AS entity_id, mentions FROM entities WHERE id = ANY(@ids)`,
      { ...bounds, ids },
    );
    const mentions = new Map(found.map((row) => [row.entity_id, row.mentions]));
    for (const node of nodes.rows) node.mentions = mentions.get(node.id) ?? 0;
  }
  const edges = counted(
    await rows<CountedRow<NetworkEdge>>(db, letters ? letterEdges(dated) : namedEdges(dated), { ...bounds, ids, limit: filter.edges ?? NETWORK_DEFAULTS.edges }),
  );
  const months = letters
    ? await rows<MonthCount>(
        db,
        `SELECT substr(date_min, 1, 7) AS month, count(*)::int AS count FROM documents
         WHERE date_min IS NOT NULL AND substr(date_min, 1, 7) = substr(date_max, 1, 7) GROUP BY month ORDER BY month`,
      )
    : await rows<MonthCount>(db, TYPE_MONTHS, { types });
  return { kind: filter.kind, directed: letters, nodes: nodes.rows, edges: edges.rows, totalNodes: nodes.total, totalEdges: edges.total, months };
}

export async function placeMap(db: Queryable, filter: PlaceMapFilter): Promise<PlaceMap> {
  const bounds = monthBounds(filter);
  const places = await rows<{ id: string; type: 'place'; label: string; mentions: number; lat: number | null; lon: number | null }>(
    db,
    bounds
      ? `SELECT e.id, e.type, e.label, period.mentions, ${coordinate('lat')}, ${coordinate('lon')}
         FROM ${PERIOD_MENTIONS} period JOIN entities e ON e.id = period.entity_id
         WHERE e.type = 'place' ORDER BY period.mentions DESC, e.label`
      : `SELECT e.id, e.type, e.label, e.mentions, ${coordinate('lat')}, ${coordinate('lon')}
         FROM entities e WHERE e.type = 'place' AND e.mentions > 0 ORDER BY e.mentions DESC, e.label`,
    { ...bounds },
  );
  const located = places.filter((place) => place.lat !== null && place.lon !== null);
  return {
    places: located.slice(0, filter.limit ?? NETWORK_DEFAULTS.places).map((place) => ({ ...place, lat: place.lat!, lon: place.lon! })),
    totalPlaces: located.length,
    unlocated: places.length - located.length,
    months: await rows<MonthCount>(db, TYPE_MONTHS, { types: ['place'] }),
  };
}
