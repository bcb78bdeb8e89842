/** What every command shares: where the database is, opening it, and printing results. */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import path from 'node:path';
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

/** Refuses an SQLite file that does not exist: reading commands never create an empty database by accident. */
export function requireExistingStore(options: GlobalOptions): void {
  if (!isPostgresUrl(options.db) && options.db !== ':memory:' && !existsSync(options.db)) {
    throw new UsageError(`no Dossier database at ${options.db}: ingest some files first (dossier ingest FILE...), or name one with --db`);
  }
}

/** Opens an existing store. */
export function openForReading(options: GlobalOptions): Promise<Store> {
  requireExistingStore(options);
  return openStore(options.db);
}

/** Where uploaded files are kept: next to an SQLite file, or for a PostgreSQL database in the working folder, by the database's name. */
export function uploadsDirOf(db: string): string {
  if (!isPostgresUrl(db)) return `${path.resolve(db)}.uploads`;
  const database = decodeURIComponent(new URL(db).pathname.slice(1)) || 'dossier';
  return path.resolve(`${database.replace(/[^\p{L}\p{N}_.-]/gu, '_')}.uploads`);
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
