/** What the edit commands share: naming an entity or a passage of a source, and logging an edit with its effect. */
import { Command, Option } from 'commander';
import pc from 'picocolors';
import type { Edit, Entity, EntityType, Resolution, Span } from '../model.js';
import type { EntitySummary, StoredSource, Store } from '../store/store.js';
import { recordEdit } from '../ingest/knowledge.js';
import { globalOptions, openForReading, printJson, UsageError, withStore } from './context.js';
import { wholeNumberFrom } from './options.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org'];

/** The entity with this id, or the one entity with this name; none or several is the user's to settle. */
export async function entityNamed(store: Store, name: string): Promise<EntitySummary> {
  const byId = await store.getEntity(name);
  if (byId) return byId;
  const found = await store.findEntities(name);
  if (found.length === 0) throw new UsageError(`no entity is named "${name}": see dossier entities`);
  if (found.length > 1) {
    const candidates = found.slice(0, 10).map((entity) => `  ${entity.id}  ${entity.type}  ${entity.label} (${entity.mentions} mentions)`);
    throw new UsageError(`"${name}" names ${found.length} entities; give one of their ids:\n${candidates.join('\n')}${found.length > 10 ? '\n  …' : ''}`);
  }
  return found[0]!;
}

export async function sourceNamed(store: Store, ref: string): Promise<StoredSource> {
  const source = await store.getSource(ref);
  if (!source) throw new UsageError(`no stored source matches "${ref}": see dossier sources`);
  return source;
}

/** Where `text` is in the source: at `at` (the offset it starts at), or its only occurrence. */
export function spanOf(source: StoredSource, text: string, at?: number): Span {
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

/** `--at` and `--reason`, which several edit commands take. */
export const atOption = () => new Option('--at <offset>', 'the offset where the text starts, when it occurs more than once').argParser(wholeNumberFrom(0));
export const reasonOption = () => new Option('--reason <text>', 'why: kept with the edit in the log');

/**
 * Runs an edit command: `make` builds the edit from what the store holds; the edit is logged
 * and its effect stored at once. Prints the edit and the entities `affected` names after it.
 */
export async function commitEdit(
  command: Command,
  make: (store: Store) => Promise<Edit>,
  affected: (edit: Edit, resolution: Resolution) => string[] = () => [],
): Promise<void> {
  const options = globalOptions(command);
  const { edit, entities } = await withStore(openForReading(options), async (store) => {
    const made = await make(store);
    const { resolution } = await recordEdit(store, made);
    const ids = affected(made, resolution);
    return { edit: made, entities: resolution.entities.filter((entity) => ids.includes(entity.id)) };
  });
  if (options.json) {
    printJson({ edit, entities });
    return;
  }
  process.stdout.write(`${describeEdit(edit)} ${pc.dim(`(edit ${edit.id}; dossier undo ${edit.id} takes it back)`)}\n`);
  for (const entity of entities) process.stdout.write(`  ${entityLine(entity)}\n`);
}

function entityLine(entity: Entity): string {
  const names = [...new Set(entity.aliases.map((alias) => alias.text))];
  return `${pc.bold(entity.label)} ${pc.dim(`${entity.type} · ${entity.id}`)}${names.length ? ` — ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}` : ''}`;
}

/** One line saying what an edit does. */
export function describeEdit(edit: Edit): string {
  const file = (path: string) => path.split('/').pop() ?? path;
  switch (edit.kind) {
    case 'merge':
      return `merge ${edit.payload.from.label} into ${edit.payload.into.label}${edit.payload.label ? `, labelled ${edit.payload.label}` : ''}`;
    case 'split':
      return `split ${[...edit.payload.forms, ...edit.payload.mentions.map((anchor) => `${anchor.exact}@${anchor.start}`)].map((form) => `"${form}"`).join(', ')} off ${edit.payload.entity.label}${edit.payload.label ? ` as ${edit.payload.label}` : ''}`;
    case 'rename':
      return `rename ${edit.payload.entity.label} to ${edit.payload.label}`;
    case 'retype':
      return `retype ${edit.payload.entity.label} as ${edit.payload.type}`;
    case 'reject':
      return 'every' in edit.payload
        ? `reject every "${edit.payload.every}" ${edit.payload.path ? `in ${file(edit.payload.path)}` : 'in the corpus'}`
        : `reject "${edit.payload.mention.exact}" at ${edit.payload.mention.start} in ${file(edit.payload.mention.path)}`;
    case 'accept':
      return `accept "${edit.payload.mention.exact}" at ${edit.payload.mention.start} in ${file(edit.payload.mention.path)} as a ${edit.payload.type}${edit.payload.entity ? ` of ${edit.payload.entity.label}` : ''}`;
    case 'undo':
      return `undo ${edit.payload.edit}`;
  }
}
