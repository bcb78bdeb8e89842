import { Command } from 'commander';
import { formatBytes, formatTable, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';

export function sourcesCommand(): Command {
  return new Command('sources')
    .description('list the stored sources: title, format, languages, size, passages, when ingested')
    .action(async (_options: unknown, command: Command) => {
      const options = globalOptions(command);
      const sources = await withStore(openForReading(options), (store) => store.listSources());
      if (options.json) {
        printJson(sources);
        return;
      }
      if (sources.length === 0) {
        process.stdout.write('No sources stored yet: dossier ingest FILE...\n');
        return;
      }
      const rows = sources.map((s) => [
        s.id.slice(0, 12),
        truncate(s.title, 60),
        s.format,
        s.languages.join('+') || 'und',
        formatBytes(s.bytes),
        String(s.passages),
        s.ingestedAt.replace('T', ' ').slice(0, 19),
        s.path,
      ]);
      process.stdout.write(`${formatTable(['id', 'title', 'format', 'languages', 'size', 'passages', 'ingested at', 'path'], rows)}\n`);
      process.stdout.write(`${sources.length} source${sources.length === 1 ? '' : 's'}\n`);
    });
}
