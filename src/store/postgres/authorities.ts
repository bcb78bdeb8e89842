/** The researcher's authority records in PostgreSQL (see ../authority-rows.ts). */
import type { AuthorityRecord } from '../../model.js';
import { AUTHORITY_SQL, authorityRow, recordOf } from '../authority-rows.js';
import { rows, type Queryable } from './sql.js';

export async function listAuthorities(db: Queryable): Promise<AuthorityRecord[]> {
  return (await rows<{ record: string }>(db, AUTHORITY_SQL.list)).map(recordOf);
}

/** Inside the caller's transaction. */
export async function writeAuthorities(db: Queryable, records: readonly AuthorityRecord[], importedAt: string): Promise<void> {
  for (const record of records) await rows(db, AUTHORITY_SQL.upsert, authorityRow(record, importedAt));
}
