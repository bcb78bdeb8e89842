import { Command } from 'commander';
import { migrateStore, storeName } from '../../store/open.js';
import { globalOptions, printJson, requireExistingStore } from '../context.js';

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('bring a store to the current schema and say from which version (every command also does so on opening)')
    .addHelpText(
      'after',
      `
An SQLite file must exist; an empty PostgreSQL database is given the whole schema.

Examples:
  dossier migrate --db research.db
  dossier migrate --db postgres://dossier@127.0.0.1:5432/research --json`,
    )
    .action(async (_options: unknown, command: Command) => {
      const options = globalOptions(command);
      requireExistingStore(options);
      const report = await migrateStore(options.db);
      if (options.json) {
        printJson({ db: storeName(options.db), ...report });
        return;
      }
      process.stdout.write(
        report.from === report.to
          ? `${storeName(options.db)} is at the current schema version, ${report.to}.\n`
          : `${storeName(options.db)} migrated from schema version ${report.from} to ${report.to}.\n`,
      );
    });
}
