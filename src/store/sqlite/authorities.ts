/** The researcher's authority records in SQLite (see ../authority-rows.ts). */
import type Database from 'better-sqlite3';
import type { AuthorityRecord } from '../../model.js';
import { AUTHORITY_SQL, authorityRow, recordOf } from '../authority-rows.js';

export function prepareAuthorityStatements(db: Database.Database) {
  return { list: db.prepare(AUTHORITY_SQL.list), upsert: db.prepare(AUTHORITY_SQL.upsert) };
}

type Statements = ReturnType<typeof prepareAuthorityStatements>;

export function listAuthorities(statements: Statements): AuthorityRecord[] {
  return (statements.list.all() as Array<{ record: string }>).map(recordOf);
}

/** Inside the caller's transaction. */
export function writeAuthorities(statements: Statements, records: readonly AuthorityRecord[], importedAt: string): void {
  for (const record of records) statements.upsert.run(authorityRow(record, importedAt));
}
