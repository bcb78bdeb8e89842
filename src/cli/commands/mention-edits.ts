/** dossier reject, accept: the researcher's corrections of mentions, by the words of a source. */
import { Command, Option } from 'commander';
import type { EntityType } from '../../model.js';
import type { Store } from '../../store/store.js';
import type { Span } from '../../model.js';
import { sourceNamed } from '../../ingest/edit-requests.js';
import type { StoredSource } from '../../store/store.js';
import { UsageError } from '../context.js';
import { atOption, commitEdit, ENTITY_TYPES, reasonOption } from '../curation.js';

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
          return { kind: 'reject', every: local.text, source: local.source, reason: local.reason };
        }
        if (local.source === undefined) throw new UsageError('name the source of the mention with --source (or reject it everywhere with --all)');
        return { kind: 'reject', ...(await spanNamed(store, local.source, local.text, local.at)), reason: local.reason };
      }),
    );
}

/** Where `text` is in the source: at `at` (the offset it starts at), or its only occurrence. */
function spanOf(source: StoredSource, text: string, at?: number): Span {
  if (text.length === 0) throw new UsageError('--text is empty: give the words as the source writes them');
  if (at !== undefined) {
    if (source.text.slice(at, at + text.length) !== text) {
      throw new UsageError(`"${text}" is not at offset ${at} of ${source.path} (there: "${source.text.slice(at, at + text.length)}")`);
    }
    return { start: at, end: at + text.length };
  }
  const offsets: number[] = [];
  for (let start = source.text.indexOf(text); start >= 0; start = source.text.indexOf(text, start + 1)) offsets.push(start);
  if (offsets.length === 0) throw new UsageError(`"${text}" is not in ${source.path} (see dossier show ${source.id.slice(0, 8)})`);
  if (offsets.length > 1) {
    throw new UsageError(`"${text}" occurs ${offsets.length} times in ${source.path}, at offsets ${offsets.slice(0, 12).join(', ')}${offsets.length > 12 ? ', …' : ''}; choose one with --at OFFSET`);
  }
  return { start: offsets[0]!, end: offsets[0]! + text.length };
}

/** The words `text` of a source, at `at` or where they occur once. */
async function spanNamed(store: Store, sourceRef: string, text: string, at: number | undefined): Promise<{ source: string; start: number; end: number }> {
  const source = await sourceNamed(store, sourceRef);
  return { source: source.id, ...spanOf(source, text, at) };
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
      commitEdit(command, async (store) => ({
        kind: 'accept',
        ...(await spanNamed(store, local.source, local.text, local.at)),
        type: local.kind,
        entity: local.entity,
        reason: local.reason,
      })),
    );
}
