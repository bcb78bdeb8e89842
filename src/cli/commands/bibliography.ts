import { basename } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import type { BibliographyEntry } from '../../store/store.js';
import { formatTable, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

interface BibliographyOptions {
  author?: string;
  limit?: number;
}

export function bibliographyCommand(): Command {
  return new Command('bibliography')
    .description('the works the sources cite and list: authors, year, title, where published, and every citation with its pages')
    .option('--author <name>', 'only works by this author: the surname or more words of the name, in any script, diacritics or none (Gökay, Gokay)')
    .option('--limit <n>', 'at most this many works', wholeNumberFrom(1))
    .addHelpText(
      'after',
      `
One line per real work, however many sources cite it: an author–date citation (Gokay 2006: 24)
is joined to the entry of its text's bibliography, and the same work cited in several sources
(same first author and year, or same title) is one line. A work that is only cited, never
listed, shows the surnames and year its citations give, and no title. In order of the first
author's surname (else the title), then the year; --json gives the entry as written and each
citation with its pages and offsets.

Examples:
  dossier bibliography
  dossier bibliography --author Gokay
  dossier bibliography --json --limit 10`,
    )
    .action(async (local: BibliographyOptions, command: Command) => {
      const options = globalOptions(command);
      const works = await withStore(openForReading(options), (store) => store.bibliography(local));
      if (options.json) {
        printJson(works);
        return;
      }
      if (works.length === 0) {
        const narrowed = local.author !== undefined ? ` by "${local.author}"` : '';
        process.stdout.write(`No works${narrowed}: ingest sources that cite works — author–date citations (Hirst 2013: 10), notes with title, place and year, or a bibliography.\n`);
        return;
      }
      process.stdout.write(`${formatTable(['author', 'year', 'title', 'cited in'], works.map(row))}\n`);
      const limited = local.limit !== undefined && works.length === local.limit;
      process.stdout.write(pc.dim(`${works.length} work${works.length === 1 ? '' : 's'}${limited ? ` (the first ${local.limit}: --limit for more)` : ''}\n`));
    });
}

function row(work: BibliographyEntry): string[] {
  const year = work.year === undefined ? 'n.d.' : `${work.year}${work.yearSuffix ?? ''}`;
  const cited = work.citations.filter((citation) => citation.form !== 'entry');
  const sources = [...new Set(cited.map((citation) => basename(citation.path)))];
  return [
    truncate(work.authors.join(', ') || '—', 30),
    year,
    truncate(work.title ?? '(title unknown)', 50),
    truncate(cited.length ? `${cited.length}× in ${sources.join(', ')}` : 'listed, not cited', 50),
  ];
}
