import { Command } from 'commander';
import pc from 'picocolors';
import type { SearchHit } from '../../store/store.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over passages, matching inflected forms (Батум finds Батуме)')
    .argument('<query...>', 'words (all must match), "a phrase", OR, NOT or -word, prefix*, (groups)')
    .option('--lang <code>', 'only passages in this language (ru, en, tr, pl…)')
    .option('--source <ref>', 'only this source (id, id prefix or path)')
    .option('--limit <n>', 'how many results', wholeNumberFrom(1), 10)
    .option('--offset <n>', 'skip this many results', wholeNumberFrom(0), 0)
    .addHelpText(
      'after',
      `
Examples:
  dossier search 'Энвер Батум'
  dossier search '"Карсской конференции" OR Kars' --limit 5
  dossier search 'Enver' --lang en --json`,
    )
    .action(async (words: string[], local: { lang?: string; source?: string; limit: number; offset: number }, command: Command) => {
      const options = globalOptions(command);
      const query = { text: words.join(' '), lang: local.lang, source: local.source, limit: local.limit, offset: local.offset };
      const result = await withStore(openForReading(options), (store) => store.search(query));
      if (options.json) {
        printJson(result);
        return;
      }
      for (const warning of result.warnings) process.stderr.write(`${pc.yellow('note')} ${warning}\n`);
      if (result.hits.length === 0) {
        process.stdout.write(`No passage matches ${result.interpreted}.\n`);
        return;
      }
      const lines = result.hits.map((hit, index) => formatHit(hit, local.offset + index + 1));
      process.stdout.write(`${lines.join('\n\n')}\n\n`);
      const shown = `${local.offset + 1}–${local.offset + result.hits.length}`;
      process.stdout.write(pc.dim(`${shown} of ${result.total} passages matching ${result.interpreted}\n`));
    });
}

function formatHit(hit: SearchHit, rank: number): string {
  const header = `${pc.bold(`${rank}.`)} ${hit.title} ${pc.dim(`— ${hit.path} ¶${hit.passage + 1} [${hit.lang}] chars ${hit.start}–${hit.end} · score ${hit.score.toFixed(2)}`)}`;
  return `${header}\n   ${highlight(hit)}`;
}

/** Matches in bold colour on a terminal, between ** marks when piped, so they survive in plain text. */
function highlight(hit: SearchHit): string {
  const mark = pc.isColorSupported ? (word: string) => pc.bold(pc.yellow(word)) : (word: string) => `**${word}**`;
  let out = '';
  let last = 0;
  for (const { start, end } of hit.highlights) {
    out += hit.snippet.slice(last, start) + mark(hit.snippet.slice(start, end));
    last = end;
  }
  return out + hit.snippet.slice(last);
}
