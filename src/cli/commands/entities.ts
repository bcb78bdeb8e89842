import { Command, Option } from 'commander';
import pc from 'picocolors';
import type { EntityType } from '../../model.js';
import type { EntitySummary } from '../../store/store.js';
import { formatTable, sentenceAround, truncate } from '../table.js';
import { globalOptions, openForReading, printJson, UsageError, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

const TYPES: readonly EntityType[] = ['person', 'place', 'org'];

export function entitiesCommand(): Command {
  return new Command('entities')
    .description('people, places and organisations found in the sources, most mentioned first')
    .addOption(new Option('--type <type>', 'only this kind').choices(TYPES))
    .option('--limit <n>', 'at most this many', wholeNumberFrom(1))
    .action(async (local: { type?: EntityType; limit?: number }, command: Command) => {
      const options = globalOptions(command);
      const entities = await withStore(openForReading(options), (store) => store.listEntities(local));
      if (options.json) {
        printJson(entities);
        return;
      }
      if (entities.length === 0) {
        process.stdout.write('No entities yet: dossier ingest FILE...\n');
        return;
      }
      const rows = entities.map((entity) => [
        entity.id,
        entity.type,
        truncate(entity.label, 40),
        String(entity.mentions),
        String(entity.sources),
        truncate(otherNames(entity).join(', '), 70),
      ]);
      process.stdout.write(`${formatTable(['id', 'type', 'label', 'mentions', 'sources', 'also written'], rows)}\n`);
      process.stdout.write(pc.dim(`${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}; dossier entity NAME for one\n`));
    });
}

export function entityCommand(): Command {
  return new Command('entity')
    .description('one person, place or organisation: its names, mentions in their sentences, who and what co-occurs')
    .argument('<name>', 'any of its names, in any script (Чичерин, Chicherin, Г.Чичерину), or its id')
    .action(async (name: string, _local: unknown, command: Command) => {
      const options = globalOptions(command);
      const result = await withStore(openForReading(options), async (store) => {
        // Every mention: the command lists them all (and split --mention names them by their offsets).
        const byId = await store.getEntity(name, { limit: 'all' });
        if (byId) return { details: byId, others: [] as EntitySummary[] };
        const found = await store.findEntities(name);
        if (found.length === 0) return undefined;
        return { details: (await store.getEntity(found[0]!.id, { limit: 'all' }))!, others: found.slice(1) };
      });
      if (!result) throw new UsageError(`no entity is named "${name}": see dossier entities`);
      const { details, others } = result;
      if (options.json) {
        printJson({ ...details, alsoMatching: others.map(({ id, type, label }) => ({ id, type, label })) });
        return;
      }
      const out: string[] = [`${pc.bold(details.label)} ${pc.dim(`${details.type} · ${details.id}`)}`];
      const { coordinates, titles } = details.attributes;
      if (coordinates) out.push(`coordinates ${coordinates.lat.toFixed(4)}, ${coordinates.lon.toFixed(4)}`);
      if (titles?.length) out.push(`titles: ${titles.join(', ')}`);
      if (details.firstDate) out.push(`dated mentions from ${details.firstDate} to ${details.lastDate}`);
      out.push(
        `${details.mentions} mention${details.mentions === 1 ? '' : 's'} in ${details.sources} source${details.sources === 1 ? '' : 's'}`,
        '',
        pc.bold('Names'),
        ...details.aliases.map((alias) => `  ${alias.text} ${pc.dim(`[${alias.lang}] ×${alias.count}`)}`),
        '',
        pc.bold('Mentions'),
        formatTable(
          ['as written', 'sentence', 'source'],
          details.mentionList.map((mention) => [`${truncate(mention.text, 30)}${mention.origin === 'human' ? ' (added)' : ''}`, sentenceAround(mention, 100), truncate(mention.title, 30)]),
        ),
      );
      if (details.coOccurring.length) {
        out.push('', pc.bold('Mentioned in the same passages'));
        for (const other of details.coOccurring) out.push(`  ${other.label} ${pc.dim(`${other.type} · ${other.passages} passage${other.passages === 1 ? '' : 's'}`)}`);
      }
      if (others.length) out.push('', pc.dim(`Also matching "${name}": ${others.map((other) => `${other.label} (${other.id})`).join(', ')}`));
      process.stdout.write(`${out.join('\n')}\n`);
    });
}

function otherNames(entity: EntitySummary): string[] {
  return [...new Set(entity.aliases.map((alias) => alias.text))].filter((text) => text !== entity.label);
}
