/** The researcher's authority records as both engines store them: one row per record, told apart by type and name. */
import type { AuthorityRecord } from '../model.js';
import { authorityKey } from '../resolve/authorities.js';

export const AUTHORITY_SQL = {
  list: `SELECT record FROM authorities ORDER BY seq`,
  // A record imported again keeps its place in the order and takes the new fields.
  upsert: `INSERT INTO authorities (key, type, name, record, imported_at) VALUES (@key, @type, @name, @record, @importedAt)
    ON CONFLICT(key) DO UPDATE SET name = excluded.name, record = excluded.record, imported_at = excluded.imported_at`,
};

export function authorityRow(record: AuthorityRecord, importedAt: string): Record<string, string> {
  return { key: authorityKey(record), type: record.type, name: record.name, record: JSON.stringify(record), importedAt };
}

export function recordOf(row: { record: string }): AuthorityRecord {
  return JSON.parse(row.record) as AuthorityRecord;
}
