import { Command } from 'commander';
import pc from 'picocolors';
import { globalOptions, openForReading, printJson, UsageError, withStore } from '../context.js';

export function showCommand(): Command {
  return new Command('show')
    .description('print a source\'s normalized text paragraph by paragraph, with each paragraph\'s language')
    .argument('<source>', 'source id (or a unique prefix of it), the path it was ingested from, or its file name')
    .option('--sentences', 'one sentence per line')
    .action(async (ref: string, local: { sentences?: boolean }, command: Command) => {
      const options = globalOptions(command);
      const source = await withStore(openForReading(options), (store) => store.getSource(ref));
      if (!source) throw new UsageError(`no stored source matches "${ref}": see dossier sources`);
      if (options.json) {
        const { map, passageList, ...rest } = source;
        printJson({ ...rest, passages: passageList, offsetMap: map.toJSON() });
        return;
      }
      const out: string[] = [
        pc.bold(source.title),
        pc.dim(`${source.path} · ${source.format} · ${source.encoding} · ${source.languages.join('+')} · id ${source.id}`),
        '',
      ];
      source.passageList.forEach((passage, index) => {
        const label = pc.dim(`¶${index + 1} [${passage.lang}]${passage.kind === 'body' ? '' : ` ${passage.kind}`}`);
        if (local.sentences) {
          out.push(label);
          for (const sentence of passage.sentences) out.push(`  ${source.text.slice(sentence.start, sentence.end)}`);
        } else {
          out.push(`${label} ${source.text.slice(passage.start, passage.end)}`);
        }
        out.push('');
      });
      process.stdout.write(out.join('\n'));
    });
}
