/** dossier reject, accept: the researcher's corrections of mentions, by the words of a source. */
import { Command, Option } from 'commander';
import type { EntityType, NameMention } from '../../model.js';
import type { Store } from '../../store/store.js';
import { anchorEntity, anchorMention, newEdit } from '../../curate/index.js';
import { isNameMention } from '../../resolve/index.js';
import { UsageError } from '../context.js';
import { atOption, commitEdit, ENTITY_TYPES, entityNamed, reasonOption, sourceNamed, spanOf } from '../curation.js';

const SOURCE = 'the source: its path, file name, id or id prefix (see dossier sources)';
const KEPT = `
The mention is held by its words and the text around them, so the edit holds when the file
changes elsewhere; if those words are deleted, dossier edits reports it as orphaned.`;

export function rejectCommand(): Command {
  return new Command('reject')
    .description('say that a name the recognizers found is no name: it leaves its entity and the counts')
    .option('--source <source>', SOURCE)
    .requiredOption('--text <text>', 'the mention as written')
    .addOption(atOption())
    .option('--all', 'every name mention written so, in --source or (without it) in every source')
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Examples:
  dossier reject --source 001_761d5c734d833c29.txt --text 'Востока'
  dossier reject --source 001_761d5c734d833c29.txt --text 'Кемаль' --at 10234 --reason 'the street, not the man'
  dossier reject --text 'Ibid' --all`)
    .action(async (local: { source?: string; text: string; at?: number; all?: boolean; reason?: string }, command: Command) =>
      commitEdit(command, async (store) => {
        if (local.all) {
          if (local.at !== undefined) throw new UsageError('--all rejects every occurrence: give --at or --all, not both');
          const source = local.source === undefined ? undefined : await sourceNamed(store, local.source);
          const ids = source ? [source.id] : (await store.listSources()).map((each) => each.id);
          const found = await Promise.all(ids.map(async (id) => (await nameMentions(store, id)).some((mention) => mention.text === local.text)));
          if (!found.includes(true)) throw new UsageError(`no name the recognizers found is written "${local.text}" ${source ? `in ${source.path}` : 'in any source'}`);
          return newEdit('reject', { every: local.text, ...(source ? { path: source.path } : {}) }, local.reason);
        }
        if (local.source === undefined) throw new UsageError('name the source of the mention with --source (or reject it everywhere with --all)');
        const source = await sourceNamed(store, local.source);
        const span = spanOf(source, local.text, local.at);
        if (!(await nameMentions(store, source.id)).some((mention) => mention.start < span.end && span.start < mention.end)) {
          throw new UsageError(`"${local.text}" at ${span.start} is no name the recognizers found in ${source.path} (an added one is taken back by undoing its accept edit)`);
        }
        return newEdit('reject', { mention: anchorMention(source, span) }, local.reason);
      }),
    );
}

/** The machine's name mentions of a source. */
async function nameMentions(store: Store, sourceId: string): Promise<NameMention[]> {
  return ((await store.getAnnotatedSource(sourceId))?.mentions ?? []).filter(isNameMention);
}

export function acceptCommand(): Command {
  return new Command('accept')
    .description('add a name the recognizers missed: a mention of a person, place or organisation')
    .requiredOption('--source <source>', SOURCE)
    .requiredOption('--text <text>', 'the name as written')
    .addOption(atOption())
    .addOption(new Option('--kind <type>', 'what it names').choices(ENTITY_TYPES).makeOptionMandatory())
    .option('--entity <entity>', 'the entity it names, by id or a name only it has (default: the entity of that name, else a new one)')
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Examples:
  dossier accept --source 001_761d5c734d833c29.txt --text 'Гусейнову' --kind person --entity 'М.Д.Гусейнов'
  dossier accept --source letter.txt --text 'Angora' --at 512 --kind place`)
    .action(async (local: { source: string; text: string; at?: number; kind: EntityType; entity?: string; reason?: string }, command: Command) =>
      commitEdit(
        command,
        async (store) => {
          const source = await sourceNamed(store, local.source);
          const mention = anchorMention(source, spanOf(source, local.text, local.at));
          const entity = local.entity === undefined ? undefined : anchorEntity(await entityNamed(store, local.entity));
          return newEdit('accept', { mention, type: local.kind, ...(entity ? { entity } : {}) }, local.reason);
        },
        (edit, resolution) => {
          if (edit.kind !== 'accept') return [];
          const { source, start, end } = edit.payload.mention;
          const added = resolution.humanMentions?.find((human) => human.source === source && human.mention.start === start && human.mention.end === end);
          const linked = added ? resolution.links.get(`${source}:${added.ordinal}`) : edit.payload.entity?.id;
          return linked ? [linked] : [];
        },
      ),
    );
}
