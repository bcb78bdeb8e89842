import { basename } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import type { TimelineEntry } from '../../store/store.js';
import { formatTable, sentenceAround, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { partialDate, wholeNumberFrom } from '../options.js';

export function timelineCommand(): Command {
  return new Command('timeline')
    .description('dated passages in order of date: every date the sources mention, with its sentence')
    .option('--from <date>', 'only dates that begin on or after this year, month or day (1921, 1921-08, 1921-08-18)', partialDate)
    .option('--to <date>', 'only dates that end on or before this year, month or day', partialDate)
    .option('--source <ref>', 'only this source (id, id prefix, path or file name)')
    .option('--limit <n>', 'at most this many entries', wholeNumberFrom(1), 500)
    .addHelpText(
      'after',
      `
Dates are EDTF: 1921-08-18, 1921-08 (a month), 1921-22 (summer 1921), 1921-09-16/1921-09-17,
192X (the 1920s). A year taken from context is marked "~". Ordered by the first day a date covers.

Examples:
  dossier timeline --from 1921-08 --to 1921-09
  dossier timeline --source 002 --json`,
    )
    .action(async (local: { from?: string; to?: string; source?: string; limit: number }, command: Command) => {
      const options = globalOptions(command);
      const entries = await withStore(openForReading(options), (store) => store.timeline(local));
      if (options.json) {
        printJson(entries);
        return;
      }
      if (entries.length === 0) {
        process.stdout.write('No dated passages match: ingest sources, or widen --from/--to.\n');
        return;
      }
      process.stdout.write(`${formatTable(['date', '', 'as written', 'sentence', 'source'], entries.map(row))}\n`);
      process.stdout.write(pc.dim(`${entries.length} date${entries.length === 1 ? '' : 's'}${entries.length === local.limit ? ` (the first ${local.limit}: --limit for more)` : ''}\n`));
    });
}

function row(entry: TimelineEntry): string[] {
  return [entry.edtf, entry.inferred ? '~' : '', truncate(entry.text, 30), sentenceAround(entry, 90), basename(entry.path)];
}
