/**
 * Full-text search in PostgreSQL with the results of the SQLite store's FTS5 index: the same
 * analyzer's terms, the same query semantics, and BM25 computed as FTS5's bm25() computes it.
 *
 * A query is answered in two steps. The GIN index on each passage's set of terms finds the
 * candidates: a tsquery in which a phrase is the AND of its words and an exclusion that cannot be
 * written so (a phrase) is left out, so the candidates are a superset of the matches. Then each
 * candidate's ordered terms are counted once — how often each term, prefix and phrase of the
 * query occurs — which decides exactly whether it matches and gives its score.
 *
 * FTS5's bm25() for a contentless table without column sizes (the SQLite index) scores a row as
 * the sum, over the query's phrases in the order of the MATCH expression, of
 *   idf · (tf · (k1 + 1) / (tf + k1 · (1 − b + b · D / avgdl)))
 * with k1 = 1.2, b = 0.75, idf = ln((N − n + 0.5) / (n + 0.5)) (1e-6 when not positive), N the
 * passages, n those matching the phrase, avgdl the mean number of terms per passage, and D = −1:
 * such a table has no row sizes to give, and FTS5 reports −1 for each. The same operations in the
 * same order on IEEE doubles give the same scores, and so the same order of hits.
 */
import type { QueryNode } from '../../search/query.js';
import { phrasesInMatchOrder } from '../../search/query.js';

const K1 = 1.2;
const B = 0.75;
/** The row size FTS5 reports when it keeps none. */
const UNKNOWN_ROW_SIZE = -1;

type Leaf = ReturnType<typeof phrasesInMatchOrder>[number];

/**
 * The term set of a passage from its terms (`$n::text[]`): PostgreSQL refuses lexemes of 2 KiB or
 * more, so such a term is only in the ordered terms, where counting still finds it.
 */
export function termSetOf(terms: string): string {
  return `array_to_tsvector(ARRAY(SELECT t FROM unnest(${terms}::text[]) t WHERE octet_length(t) < 2048))`;
}

/** Collects query parameters and hands out their placeholders. */
export class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A lexeme as tsquery input reads it: quoted, with quotes and backslashes escaped. */
function lexeme(term: string): string {
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** A tsquery whose matches include every match of `node`, and whether they are exactly its matches. */
function candidates(node: QueryNode): { query: string; exact: boolean } | undefined {
  switch (node.kind) {
    case 'term':
      return { query: lexeme(node.word.term), exact: true };
    case 'prefix':
      return { query: `${lexeme(node.stem)}:*`, exact: true };
    case 'phrase': {
      const words = node.words.map((word, k) => `${lexeme(word.term)}${node.prefix && k === node.words.length - 1 ? ':*' : ''}`);
      return { query: `(${words.join(' & ')})`, exact: false };
    }
    case 'not': {
      const inner = candidates(node.child);
      // Excluding a superset would lose matches: such an exclusion is left to the exact test.
      return inner?.exact ? { query: `!${inner.query}`, exact: true } : undefined;
    }
    case 'and':
    case 'or': {
      const parts = node.children.map(candidates);
      const kept = parts.filter((part) => part !== undefined);
      if ((node.kind === 'or' && kept.length < parts.length) || kept.length === 0) return undefined;
      return { query: `(${kept.map((part) => part.query).join(node.kind === 'and' ? ' & ' : ' | ')})`, exact: kept.length === parts.length && kept.every((part) => part.exact) };
    }
  }
}

/** The condition on an element `u.t` at position `u.i` of `terms` that counts one occurrence of the leaf there. */
function occurrence(leaf: Exclude<Leaf, { kind: 'term' }>, parameters: Parameters): string {
  switch (leaf.kind) {
    case 'prefix':
      return `starts_with(u.t, ${parameters.add(leaf.stem)})`;
    case 'phrase':
      return leaf.words
        .map((word, k) => {
          const element = k === 0 ? 'u.t' : `p.terms[u.i + ${k}]`;
          return leaf.prefix && k === leaf.words.length - 1 ? `starts_with(${element}, ${parameters.add(word.term)})` : `${element} = ${parameters.add(word.term)}`;
        })
        .join(' AND ');
  }
}

/**
 * A lateral subquery `f` giving `f.tf0`, `f.tf1`… — how often each leaf occurs in passage `p`. A
 * word's occurrences are counted by array_positions() (twice as fast); prefixes and phrases by
 * one pass over the passage's terms, all of them in the same pass.
 */
function frequencies(leaves: readonly Leaf[], parameters: Parameters): string {
  const columns = leaves.map((leaf, k) =>
    leaf.kind === 'term'
      ? `cardinality(array_positions(p.terms, ${parameters.add(leaf.word.term)}::text))::float8 AS tf${k}`
      : `count(*) FILTER (WHERE ${occurrence(leaf, parameters)})::float8 AS tf${k}`,
  );
  const scanned = leaves.some((leaf) => leaf.kind !== 'term');
  return `LATERAL (SELECT ${columns.join(', ')}${scanned ? ' FROM unnest(p.terms) WITH ORDINALITY AS u(t, i)' : ''}) f`;
}

/** Whether passage `p` (with its frequencies `f`) matches `node`. */
function matches(node: QueryNode, leaves: readonly Leaf[]): string {
  switch (node.kind) {
    case 'term':
    case 'prefix':
    case 'phrase':
      return `f.tf${leaves.indexOf(node)} > 0`;
    case 'not':
      return `NOT (${matches(node.child, leaves)})`;
    case 'and':
    case 'or':
      return `(${node.children.map((child) => matches(child, leaves)).join(node.kind === 'and' ? ' AND ' : ' OR ')})`;
  }
}

/** The passages matching `root` (and `filter`, a condition on `p`), as `id` and `score`, for the caller to rank and page. */
export interface MatchQuery {
  /** A SELECT of `id, score`. */
  sql: string;
  parameters: Parameters;
}

/**
 * The query that counts, for each leaf, the passages it matches (`n0`, `n1`…), with the index's
 * totals and each leaf's inverse document frequency (`idf0`, `idf1`…), computed by the server's
 * ln() as SQLite computes it with the C library's log(); one round trip.
 */
export function statisticsQuery(root: QueryNode): { sql: string; values: unknown[] } {
  const leaves = phrasesInMatchOrder(root);
  const parameters = new Parameters();
  const counts = leaves.map((leaf, k) => {
    const tsquery = parameters.add(candidates(leaf)!.query);
    const exact = leaf.kind === 'phrase' ? ` AND ${matches(leaf, [leaf])}` : '';
    const from = leaf.kind === 'phrase' ? `passages p, ${frequencies([leaf], parameters)}` : 'passages p';
    return `, (SELECT count(*) FROM ${from} WHERE p.term_set @@ ${tsquery}::tsquery${exact}) AS n${k}`;
  });
  const idf = leaves.map((_, k) => {
    const value = `ln((counted.passages - counted.n${k} + 0.5::float8) / (counted.n${k} + 0.5::float8))`;
    return `, CASE WHEN ${value} <= 0 THEN 1e-6::float8 ELSE ${value} END AS idf${k}`;
  });
  return {
    sql: `SELECT counted.*${idf.join('')} FROM (SELECT passages, terms${counts.join('')} FROM search_totals) counted`,
    values: parameters.values,
  };
}

/**
 * The matches of `root` with their BM25 scores: `filter` is a condition on passage `p` (its
 * parameters already in `parameters`), `idf` the leaves' weights, `totals` the index's.
 */
export function matchQuery(root: QueryNode, parameters: Parameters, filter: string | undefined, idf: readonly number[], totals: { passages: number; terms: number }): string {
  const leaves = phrasesInMatchOrder(root);
  const tsquery = parameters.add(candidates(root)!.query);
  const avgdl = totals.terms / totals.passages;
  // As fts5Bm25Function computes it, operation for operation.
  const lengthFactor = parameters.add(K1 * (1 - B + (B * UNKNOWN_ROW_SIZE) / avgdl));
  const k1Plus1 = parameters.add(K1 + 1.0);
  let score = '0::float8';
  leaves.forEach((_, k) => {
    score = `(${score} + ${parameters.add(idf[k])}::float8 * ((f.tf${k} * ${k1Plus1}::float8) / (f.tf${k} + ${lengthFactor}::float8)))`;
  });
  return `SELECT p.id, ${score} AS score FROM passages p, ${frequencies(leaves, parameters)}
    WHERE p.term_set @@ ${tsquery}::tsquery AND ${matches(root, leaves)}${filter ? ` AND ${filter}` : ''}`;
}
