/** Runs the shared migrations (../migrations.ts) on a PostgreSQL database, keeping its version in the table dossier_schema. */
import type { PoolClient } from 'pg';
import { MIGRATIONS, SCHEMA_VERSION, type MigrationReport } from '../migrations.js';

/** One number for every Dossier process: migrations of the same database run one at a time. */
const MIGRATION_LOCK = 0x44535352;

/**
 * Brings the schema of the current schema (search_path) up to date, each step in a transaction.
 * Refuses a database that holds other tables but no Dossier schema, and one written by a newer
 * version of Dossier.
 */
export async function migrate(client: PoolClient, location: string): Promise<MigrationReport> {
  await client.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
  try {
    const current = await schemaVersion(client, location);
    if (current > SCHEMA_VERSION) {
      throw new Error(`${location} has schema version ${current}, newer than this Dossier understands (${SCHEMA_VERSION}); upgrade Dossier to open it`);
    }
    let version = current;
    for (const migration of MIGRATIONS) {
      // The steps before PostgreSQL stores existed are all in the first one that has a PostgreSQL form.
      if (migration.version <= version || migration.postgres === undefined) continue;
      await client.query('BEGIN');
      try {
        if (version === 0) await client.query(`CREATE TABLE dossier_schema (version integer NOT NULL); INSERT INTO dossier_schema VALUES (0)`);
        await client.query(migration.postgres);
        await client.query(`UPDATE dossier_schema SET version = $1`, [migration.version]);
        await client.query('COMMIT');
        version = migration.version;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return { from: current, to: SCHEMA_VERSION };
  } finally {
    await client.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]);
  }
}

/** The version of a Dossier database, 0 for an empty one. */
async function schemaVersion(client: PoolClient, location: string): Promise<number> {
  const { rows } = await client.query<{ marked: boolean; tables: number }>(
    `SELECT to_regclass('dossier_schema') IS NOT NULL AS marked,
            (SELECT count(*)::int FROM pg_tables WHERE schemaname = current_schema()) AS tables`,
  );
  const { marked, tables } = rows[0]!;
  if (!marked) {
    if (tables > 0) throw new Error(`${location} is a PostgreSQL database but not a Dossier one: it holds other tables`);
    return 0;
  }
  return (await client.query<{ version: number }>(`SELECT version FROM dossier_schema`)).rows[0]?.version ?? 0;
}
