/**
 * Opens the store a `--db` value names: an SQLite file path (created if absent),
 * ':memory:' for tests, or a PostgreSQL URL (not available yet).
 */
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export async function openStore(spec: string): Promise<Store> {
  if (POSTGRES_URL.test(spec)) {
    throw new Error(
      'PostgreSQL support is not available yet (a later version adds it); give an SQLite file path as --db instead',
    );
  }
  return SqliteStore.open(spec);
}
