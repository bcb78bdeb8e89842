/** The `dossier` command line: parses arguments, runs a command, turns errors into messages and exit codes. */
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { QueryError } from '../store/store.js';
import { ReadError } from '../read/errors.js';
import { GoldError } from '../eval/gold.js';
import { DEFAULT_DB, UsageError } from './context.js';
import { ingestCommand } from './commands/ingest.js';
import { searchCommand } from './commands/search.js';
import { sourcesCommand } from './commands/sources.js';
import { showCommand } from './commands/show.js';
import { extractCommand } from './commands/extract.js';
import { evalCommand } from './commands/eval.js';
import { timelineCommand } from './commands/timeline.js';
import { calendarCommand } from './commands/calendar.js';
import { exportCommand } from './commands/export.js';
import { bibliographyCommand } from './commands/bibliography.js';
import { claimsCommand } from './commands/claims.js';
import { entitiesCommand, entityCommand } from './commands/entities.js';
import { mergeCommand, renameCommand, retypeCommand, splitCommand } from './commands/entity-edits.js';
import { acceptCommand, rejectCommand } from './commands/mention-edits.js';
import { editsCommand, undoCommand } from './commands/edits.js';
import { InapplicableEdit } from '../curate/index.js';
import { EditRequestError } from '../ingest/edit-requests.js';
import { serveCommand } from './commands/serve.js';
import { authoritiesCommand } from './commands/authorities.js';
import { workerCommand } from './commands/worker.js';
import { migrateCommand } from './commands/migrate.js';

const VERSION = '0.1.0';

function program(): Command {
  const root = new Command('dossier')
    .description('Dossier: a source-grounded knowledge base from historical documents')
    .version(VERSION)
    .option('--db <path|url>', `the database: an SQLite file or a postgres:// URL (env DOSSIER_DB, default ${DEFAULT_DB})`)
    .option('--json', 'print machine-readable JSON instead of text')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
Start with:
  dossier ingest examples/seeds/texts     store the demo corpus in ./dossier.db
  dossier sources                         what is stored
  dossier search 'Энвер Батум'            ranked passages with the matches marked
  dossier merge A B, rename, reject…      correct the entities; dossier edits lists the corrections
  dossier <command> --help                the options of a command`,
    )
    .exitOverride();
  for (const command of [ingestCommand(), searchCommand(), sourcesCommand(), showCommand(), timelineCommand(), calendarCommand(), bibliographyCommand(), claimsCommand(), exportCommand(), entitiesCommand(), entityCommand(),
    mergeCommand(), splitCommand(), renameCommand(), retypeCommand(), rejectCommand(), acceptCommand(), editsCommand(), undoCommand(), authoritiesCommand(),
    extractCommand(), evalCommand(), serveCommand(), workerCommand(), migrateCommand()]) {
    root.addCommand(
      command.exitOverride().showHelpAfterError('(add --help for usage)').configureHelp({ showGlobalOptions: true }),
    );
  }
  return root;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 some work failed, 2 the command was wrong. */
export async function main(argv: readonly string[]): Promise<number> {
  process.exitCode = 0;
  try {
    await program().parseAsync([...argv], { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help, the version or the usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof QueryError || error instanceof GoldError || error instanceof InapplicableEdit || error instanceof EditRequestError) {
      process.stderr.write(`${pc.red('error')} ${error.message}\n`);
      return 2;
    }
    if (error instanceof ReadError) {
      process.stderr.write(`${pc.red('error')} ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${pc.red('error')} ${message}\n`);
    if (process.env.DOSSIER_DEBUG && error instanceof Error) process.stderr.write(`${String(error.stack)}\n`);
    return 1;
  }
}
