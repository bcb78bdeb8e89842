/** Runs the shared migrations (../migrations.ts) on an SQLite file, keeping its version in PRAGMA user_version. */
import type Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION, type MigrationReport } from '../migrations.js';

export { MIGRATIONS, SCHEMA_VERSION };

/** Marks the file as Dossier's in PRAGMA application_id ("DSSR"), so other SQLite files are told apart. */
export const APPLICATION_ID = 0x44535352;

/** Brings the schema up to date; refuses a database written by a newer version of Dossier. */
export function migrate(db: Database.Database, location: string): MigrationReport {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `${location} has schema version ${current}, newer than this Dossier understands (${SCHEMA_VERSION}); upgrade Dossier to open it`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.pragma(`user_version = ${migration.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  }
  return { from: current, to: SCHEMA_VERSION };
}
