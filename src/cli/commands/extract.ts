import { Command } from 'commander';
import pc from 'picocolors';
import { expandInputs } from '../../ingest/inputs.js';
import { extractFiles, toReport } from '../../extract/index.js';
import { globalOptions, printJson, UsageError } from '../context.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('analyse files as one corpus without storing them: dates, quantities, people, places, organisations')
    .argument('<paths...>', 'files, folders (walked recursively) or quoted glob patterns')
    .addHelpText(
      'after',
      `
With --json, prints {sources, entities, dates, quantities, documents, claims}; offsets index into
sources[].text (the normalized text). Without it, a summary of what was found.

Examples:
  dossier extract examples/seeds/texts --json > analysis.json
  dossier extract letter.txt`,
    )
    .action(async (paths: string[], _options: unknown, command: Command) => {
      const options = globalOptions(command);
      const { files, missing } = await expandInputs(paths);
      for (const { input, reason } of missing) process.stderr.write(`${pc.red('error')} ${input}: ${reason}\n`);
      if (files.length === 0) throw new UsageError('nothing to extract: no file of a supported format was found');
      const extraction = await extractFiles(files, (path, error) => {
        if (error) process.stderr.write(`${pc.red('failed')} ${error.message}\n`);
        else if (!options.json) process.stderr.write(pc.dim(`analysed ${path}\n`));
      });
      process.exitCode = extraction.failures.length > 0 || missing.length > 0 ? 1 : 0;
      const report = toReport(extraction);
      if (options.json) {
        printJson(report);
        return;
      }
      const byType = (type: string) => report.entities.filter((entity) => entity.type === type).length;
      process.stdout.write(
        `${report.sources.length} source${report.sources.length === 1 ? '' : 's'}: ` +
          `${byType('person')} people, ${byType('place')} places, ${byType('org')} organisations, ` +
          `${report.dates.length} dates, ${report.quantities.length} quantities, ${report.documents.length} documents, ` +
          `${report.claims.length} claims (${report.claims.filter((group) => group.status === 'conflict').length} in conflict).\n` +
          `Add --json for every mention with its offsets.\n`,
      );
    });
}
