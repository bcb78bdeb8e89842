/**
 * Opens the store a `--db` value names: an SQLite file path (created if absent), ':memory:' for
 * tests, or a PostgreSQL URL (`postgres://` or `postgresql://`). Either is brought to the current
 * schema on opening.
 */
import type { MigrationReport } from './migrations.js';
import { describeUrl, PgStore } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function isPostgresUrl(spec: string): boolean {
  return POSTGRES_URL.test(spec);
}

/** The store as messages name it: a PostgreSQL URL without its password. */
export function storeName(spec: string): string {
  return isPostgresUrl(spec) ? describeUrl(spec) : spec;
}

function openEngine(spec: string): Promise<SqliteStore | PgStore> {
  return isPostgresUrl(spec) ? PgStore.open(spec) : Promise.resolve(SqliteStore.open(spec));
}

export async function openStore(spec: string): Promise<Store> {
  return openEngine(spec);
}

/** Brings the store to the current schema and says from which version. */
export async function migrateStore(spec: string): Promise<MigrationReport> {
  const store = await openEngine(spec);
  await store.close();
  return store.migration;
}
