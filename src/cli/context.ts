/** What every command shares: where the database is, opening it, and printing results. */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { isPostgresUrl, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = './dossier.db';

export interface GlobalOptions {
  db: string;
  json: boolean;
}

/** An error the user can fix; its message is all they need to see. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function globalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals<{ db?: string; json?: boolean }>();
  return { db: options.db ?? process.env.DOSSIER_DB ?? DEFAULT_DB, json: options.json === true };
}

/** Opens the store for writing, creating a new database file if needed. */
export function openForWriting(options: GlobalOptions): Promise<Store> {
  return openStore(options.db);
}

/** Opens an existing store; reading commands never create an empty database by accident. */
export function openForReading(options: GlobalOptions): Promise<Store> {
  if (!isPostgresUrl(options.db) && options.db !== ':memory:' && !existsSync(options.db)) {
    throw new UsageError(`no Dossier database at ${options.db}: ingest some files first (dossier ingest FILE...), or name one with --db`);
  }
  return openStore(options.db);
}

export async function withStore<T>(open: Promise<Store>, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await open;
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
