import { basename } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import type { ClaimGroup } from '../../model.js';
import { claimHeadline, formatClaimReading, statementsByValue } from '../../resolve/claim-display.js';
import type { ClaimEntry, ClaimFilter } from '../../store/store.js';
import { formatTable, sentenceAround } from '../table.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

interface ClaimsOptions {
  conflicts?: boolean;
  item?: string;
  limit?: number;
}

const STATUS_COLOR: Record<ClaimGroup['status'], (text: string) => string> = { conflict: pc.red, agree: pc.green, single: pc.dim };
const PASSAGE_WIDTH = 90;

export function claimsCommand(): Command {
  return new Command('claims')
    .description('what the sources say about the same thing, compared: quantities (39,000 rifles) and the dates of documents, where they agree and where they conflict')
    .option('--conflicts', 'only groups whose sources give different values or dates')
    .option('--item <name>', 'only this item: its English kind (rifle, gold ruble) or as a text names it (винтовка), in any case')
    .option('--limit <n>', 'at most this many groups', wholeNumberFrom(1))
    .addHelpText(
      'after',
      `
A group gathers the statements of several sources about one thing: a quantity of one item (in
one role, a total or an installment, and one period), or the date of one document. It agrees
when the sources give the same value (an approximate one within 10 %), conflicts when they give
different ones, and is "single" when only one source speaks of it; one source's own figures
never conflict. Conflicts come first, then the groups more sources speak of. Each group shows one
line per statement: the value ("~" when approximate), the source and the passage.

Examples:
  dossier claims --conflicts
  dossier claims --item rifle
  dossier claims --json --limit 20`,
    )
    .action(async (local: ClaimsOptions, command: Command) => {
      const options = globalOptions(command);
      const filter: ClaimFilter = { conflictsOnly: local.conflicts === true, item: local.item, limit: local.limit };
      const { groups, anyAtAll } = await withStore(openForReading(options), async (store) => {
        const groups = await store.claims(filter);
        const filtered = filter.conflictsOnly || filter.item !== undefined;
        return { groups, anyAtAll: groups.length > 0 || (filtered && (await store.claims({ limit: 1 })).length > 0) };
      });
      if (options.json) {
        printJson(groups);
        return;
      }
      if (groups.length === 0) {
        process.stdout.write(`${emptyMessage(filter, anyAtAll)}\n`);
        return;
      }
      process.stdout.write(`${groups.map(describe).join('\n\n')}\n\n`);
      const count = (status: ClaimGroup['status']) => groups.filter((group) => group.status === status).length;
      const limited = local.limit !== undefined && groups.length === local.limit;
      process.stdout.write(
        pc.dim(
          `${groups.length} group${groups.length === 1 ? '' : 's'}: ${count('conflict')} in conflict, ${count('agree')} agreeing, ${count('single')} from one source` +
            `${limited ? ` (the first ${local.limit}: --limit for more)` : ''}\n`,
        ),
      );
    });
}

function emptyMessage(filter: ClaimFilter, anyAtAll: boolean): string {
  if (!anyAtAll) return 'No claims yet: ingest sources that give quantities (39 000 rifles, 3.5 million gold rubles) or cite the same documents.';
  if (filter.item !== undefined) return `No claims about "${filter.item}"${filter.conflictsOnly ? ' in conflict' : ''}: see dossier claims for the items there are.`;
  return 'No conflicts: wherever two sources speak of the same thing, they agree (dossier claims lists every group).';
}

/** A header (status, item, subject, sources, what differs), then one line per statement: value, source, passage. */
function describe(group: ClaimEntry): string {
  const header = [
    STATUS_COLOR[group.status](group.status.toUpperCase()),
    pc.bold(claimHeadline(group)),
    ...(group.subject ? [`— ${group.subject}`] : []),
    pc.dim(`· ${group.sources} source${group.sources === 1 ? '' : 's'}`),
  ].join(' ');
  // By value, so that the statements of one reading stand together.
  const rows = statementsByValue(group.statements).map((statement) => [
    formatClaimReading(statement),
    basename(statement.path),
    sentenceAround({ sentence: statement.passage, sentenceStart: Math.max(0, statement.passage.indexOf(statement.text)) }, PASSAGE_WIDTH),
  ]);
  const table = formatTable(['value', 'source', 'passage'], rows).split('\n').map((line) => `  ${line}`).join('\n');
  return [header, ...(group.difference ? [`  ${pc.red(group.difference)}`] : []), table].join('\n');
}
