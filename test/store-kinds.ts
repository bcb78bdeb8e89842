/**
 * The kinds of store the store, API and CLI tests run against: SQLite always, PostgreSQL when
 * DOSSIER_TEST_POSTGRES names a server (`postgres://user@127.0.0.1:PORT/db`; the user must be
 * allowed to create databases). Each test gets a fresh store: a file in a new temporary folder, or
 * a new database on the server, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';

export interface FreshStore {
  /** What `--db` takes: a file path or a PostgreSQL URL. */
  location: string;
  remove(): Promise<void>;
}

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** Why tests of this kind are skipped, when they are. */
  skip?: string;
  fresh(): Promise<FreshStore>;
}

const POSTGRES_VARIABLE = 'DOSSIER_TEST_POSTGRES';
const server = process.env[POSTGRES_VARIABLE];

export const SQLITE: StoreKind = {
  name: 'sqlite',
  async fresh() {
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-store-'));
    return { location: path.join(folder, 'test.db'), remove: async () => rmSync(folder, { recursive: true, force: true }) };
  },
};

/** Runs one statement on a server's own database (CREATE DATABASE cannot run in a pool's transaction). */
export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const POSTGRES: StoreKind = {
  name: 'postgres',
  ...(server ? {} : { skip: `${POSTGRES_VARIABLE} names no PostgreSQL server (postgres://user@host:port/db)` }),
  async fresh() {
    const database = `dossier_test_${process.pid}_${randomBytes(6).toString('hex')}`;
    await onServer(server!, `CREATE DATABASE ${database}`);
    const url = new URL(server!);
    url.pathname = `/${database}`;
    return { location: url.toString(), remove: () => onServer(server!, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`) };
  },
};

export const STORE_KINDS: readonly StoreKind[] = [SQLITE, POSTGRES];

/** Defines the tests of `define` once per kind of store, each kind in a suite named after it (skipped, with the reason, when unavailable). */
export function eachStore(define: (kind: StoreKind) => void): void {
  for (const kind of STORE_KINDS) describe(kind.name, { skip: kind.skip }, () => define(kind));
}

/** A fresh store of `kind` for one test, removed when it ends. */
export async function freshFor(t: { after(fn: () => Promise<void>): void }, kind: StoreKind): Promise<string> {
  const store = await kind.fresh();
  t.after(() => store.remove());
  return store.location;
}

/** Runs `sql` on the store at `location` directly, not through the store (to look at or tamper with what it holds); its rows. */
export async function queryDirectly(location: string, sql: string): Promise<Array<Record<string, unknown>>> {
  if (location.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const db = new Database(location);
  try {
    const statement = db.prepare(sql);
    return statement.reader ? (statement.all() as Array<Record<string, unknown>>) : (statement.run(), []);
  } finally {
    db.close();
  }
}

/** How many rows each table of the store at `location` holds. */
export async function tableCounts(location: string, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await queryDirectly(location, `SELECT count(*) AS n FROM ${table}`))[0]!.n);
  return counts;
}
