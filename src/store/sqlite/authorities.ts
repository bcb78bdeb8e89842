/** The researcher's authority records in SQLite: one row per record, told apart by type and name. */
import type Database from 'better-sqlite3';
import type { AuthorityRecord } from '../../model.js';
import { authorityKey } from '../../resolve/authorities.js';

export function prepareAuthorityStatements(db: Database.Database) {
  return {
    list: db.prepare(`SELECT record FROM authorities ORDER BY seq`),
    // A record imported again keeps its place in the order and takes the new fields.
    upsert: db.prepare(
      `INSERT INTO authorities (key, type, name, record, imported_at) VALUES (@key, @type, @name, @record, @importedAt)
       ON CONFLICT(key) DO UPDATE SET name = excluded.name, record = excluded.record, imported_at = excluded.imported_at`,
    ),
  };
}

type Statements = ReturnType<typeof prepareAuthorityStatements>;

export function listAuthorities(statements: Statements): AuthorityRecord[] {
  return (statements.list.all() as Array<{ record: string }>).map((row) => JSON.parse(row.record) as AuthorityRecord);
}

/** Inside the caller's transaction. */
export function writeAuthorities(statements: Statements, records: readonly AuthorityRecord[], importedAt: string): void {
  for (const record of records) {
    statements.upsert.run({ key: authorityKey(record), type: record.type, name: record.name, record: JSON.stringify(record), importedAt });
  }
}
