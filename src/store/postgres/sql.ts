/** Small helpers for writing to and reading from PostgreSQL with `pg`. */
import type { QueryResultRow } from 'pg';

/** A pool or a client holding a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * `@name` placeholders (as the SQLite statements write them) turned into `$n`, each name once,
 * with their values in order. A name used twice is one parameter.
 */
export function named(sql: string, parameters: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<!@)@([A-Za-z]\w*)/g, (_, name: string) => {
    if (!(name in parameters)) throw new Error(`no value for the query parameter @${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: order.map((name) => parameters[name] ?? null) };
}

export async function rows<R extends QueryResultRow>(db: Queryable, sql: string, parameters: Record<string, unknown> = {}): Promise<R[]> {
  const { text, values } = named(sql, parameters);
  return (await db.query<R>(text, values)).rows;
}

export async function firstRow<R extends QueryResultRow>(db: Queryable, sql: string, parameters: Record<string, unknown> = {}): Promise<R | undefined> {
  return (await rows<R>(db, sql, parameters))[0];
}

/** The first column of each row. */
export async function column<T>(db: Queryable, sql: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  return (await rows(db, sql, parameters)).map((row) => Object.values(row)[0] as T);
}

/**
 * Inserts many rows in one statement, each column sent as one array (`unnest`), which is many
 * times faster than a statement per row. `columns` maps each column to its PostgreSQL type.
 */
export async function insertRows(
  db: Queryable,
  table: string,
  columns: Record<string, string>,
  values: ReadonlyArray<readonly unknown[]>,
  onConflict: '' | 'ON CONFLICT DO NOTHING' = '',
): Promise<void> {
  if (values.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((_, k) => values.map((row) => row[k] ?? null));
  const unnested = names.map((name, k) => `$${k + 1}::${columns[name]}[]`).join(', ');
  await db.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${unnested}) ${onConflict}`, arrays);
}
