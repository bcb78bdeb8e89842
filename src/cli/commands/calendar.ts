import { basename } from 'node:path';
import { Command, Option } from 'commander';
import pc from 'picocolors';
import { DOCUMENT_TYPES, type DocumentType } from '../../model.js';
import type { CalendarEntry, CalendarParty } from '../../store/store.js';
import { formatTable, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, UsageError, withStore } from '../context.js';
import { partialDate, wholeNumberFrom } from '../options.js';

interface CalendarOptions {
  from?: string;
  to?: string;
  person?: string;
  type?: DocumentType;
  limit?: number;
}

export function calendarCommand(): Command {
  return new Command('calendar')
    .description('the calendar of documents the sources cite: letters, telegrams, notes, treaties, with who sent them to whom, when, and where they are held')
    .option('--from <date>', 'only documents dated on or after this year, month or day (1921, 1921-08, 1921-08-18)', partialDate)
    .option('--to <date>', 'only documents dated on or before this year, month or day', partialDate)
    .option('--person <name>', 'only documents this person or organisation sent or received (any name, any script: Чичерин, Chicherin)')
    .addOption(new Option('--type <type>', 'only documents of this kind').choices(DOCUMENT_TYPES))
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
    .action(async (local: CalendarOptions, command: Command) => {
      const options = globalOptions(command);
      const entries = await withStore(openForReading(options), async (store) => {
        let entities: string[] | undefined;
        if (local.person !== undefined) {
          const found = await store.findEntities(local.person);
          if (found.length === 0) throw new UsageError(`no person or organisation is named "${local.person}": see dossier entities`);
          entities = found.map((entity) => entity.id);
        }
        const { person: _person, ...filter } = local;
        return store.calendar({ ...filter, ...(entities ? { entities } : {}) });
      });
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
  return [...named.map((party) => party.label), ...roles.map((role) => `[${role}]`)].join(', ') || '—';
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
