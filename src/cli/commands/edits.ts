/** dossier edits, undo: the log of the researcher's corrections, and taking one back. */
import { Command } from 'commander';
import pc from 'picocolors';
import { editLog } from '../../ingest/knowledge.js';
import { formatTable, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { commitEdit, reasonOption } from '../curation.js';

export function editsCommand(): Command {
  return new Command('edits')
    .description('the log of corrections, oldest first: what each does, when, why, and whether it holds')
    .option('--orphaned', 'only edits whose text or entity is no longer in the corpus')
    .addHelpText('after', `
Status: "applied"; "undone" (by a later undo); "orphaned: …" when the words or the entity an
edit is about are gone (a new version of a file deleted them). An orphaned edit stays in
the log and applies again if its text comes back.

Examples:
  dossier edits
  dossier edits --orphaned --json`)
    .action(async (local: { orphaned?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const log = await withStore(openForReading(options), editLog);
      const listed = log.filter((edit) => !local.orphaned || edit.status === 'orphaned');
      if (options.json) {
        printJson(listed);
        return;
      }
      if (listed.length === 0) {
        process.stdout.write(local.orphaned ? 'No orphaned edits: every correction holds.\n' : 'No edits yet: see dossier merge --help, dossier reject --help…\n');
        return;
      }
      const rows = listed.map((edit) => [
        edit.id,
        edit.at.slice(0, 16).replace('T', ' '),
        truncate(edit.description, 70),
        edit.status === 'orphaned' ? truncate(`orphaned: ${edit.orphanedBecause}`, 100) : edit.status,
        edit.reason ?? '',
      ]);
      process.stdout.write(`${formatTable(['id', 'at (UTC)', 'edit', 'status', 'reason'], rows)}\n`);
      const count = log.filter((edit) => edit.status === 'orphaned').length;
      if (count && !local.orphaned) process.stdout.write(pc.yellow(`${count} orphaned edit${count === 1 ? '' : 's'}: kept in the log, not applied\n`));
    });
}

export function undoCommand(): Command {
  return new Command('undo')
    .description('take back an edit: an undo is itself an edit in the log, so it too holds after every ingest')
    .argument('<edit>', 'the edit\'s id (or a unique prefix of it), as dossier edits lists it')
    .addOption(reasonOption())
    .addHelpText('after', `
Undoing an undo puts the edit back.

Examples:
  dossier edits
  dossier undo 3f9a1c2e --reason 'they were two people after all'`)
    .action(async (ref: string, local: { reason?: string }, command: Command) =>
      commitEdit(command, () => ({ kind: 'undo', edit: ref, reason: local.reason })),
    );
}
