import { basename } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import { partyNames } from '../../export/index.js';
import type { CalendarEntry, CalendarParty } from '../../store/store.js';
import { formatTable, truncate } from '../table.js';
import { calendarFilter, type CalendarQuery } from '../../store/calendar-query.js';
import { addCalendarFilterOptions } from '../calendar-filter.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

export function calendarCommand(): Command {
  return addCalendarFilterOptions(
    new Command('calendar').description(
      'the calendar of documents the sources cite: letters, telegrams, notes, treaties, with who sent them to whom, when, and where they are held',
    ),
  )
    .option('--limit <n>', 'at most this many documents', wholeNumberFrom(1))
    .addHelpText(
      'after',
      `
One line per real document, however many times and in however many languages it is cited;
undated documents come last (a date filter leaves them out). A party the sources name only by
a role (\`the people's commissar for foreign affairs\`) is shown as that role in brackets.

Examples:
  dossier calendar --from 1921-08 --to 1921-09
  dossier calendar --person Chicherin --type telegram
  dossier calendar --json`,
    )
    .action(async (local: CalendarQuery, command: Command) => {
      const options = globalOptions(command);
      const entries = await withStore(openForReading(options), async (store) =>
        store.calendar(await calendarFilter(store, local)),
      );
      if (options.json) {
        printJson(entries);
        return;
      }
      if (entries.length === 0) {
        process.stdout.write('No documents match: ingest sources that cite letters, telegrams or treaties, or widen the filters.\n');
        return;
      }
      process.stdout.write(`${formatTable(['date', 'type', 'from', 'to', 'held', 'cited in'], entries.map(row))}\n`);
      const limited = local.limit !== undefined && entries.length === local.limit;
      process.stdout.write(pc.dim(`${entries.length} document${entries.length === 1 ? '' : 's'}${limited ? ` (the first ${local.limit}: --limit for more)` : ''}\n`));
    });
}

function parties(named: readonly CalendarParty[], roles: readonly string[]): string {
  return partyNames(named, roles).join(', ') || '—';
}

function row(entry: CalendarEntry): string[] {
  const date = entry.date ? `${entry.date.edtf}${entry.date.inferred ? '~' : ''}` : 'undated';
  const type = entry.type === 'treaty' && entry.signedAt ? `treaty (${entry.signedAt.label})` : entry.title ? `${entry.type}: ${entry.title}` : entry.type;
  const held = entry.holdings.map((holding) => holding.archive ?? holding.collection ?? holding.text).join('; ');
  const sources = [...new Set(entry.citations.map((citation) => basename(citation.path)))];
  return [
    date,
    truncate(type, 40),
    truncate(parties(entry.senders, entry.senderRoles), 30),
    truncate(parties(entry.recipients, entry.recipientRoles), 30),
    truncate(held, 30),
    truncate(`${entry.citations.length}× ${sources.join(', ')}`, 40),
  ];
}
