/** What the edit commands share: options, and logging an edit with its effect. */
import { Command, Option } from 'commander';
import pc from 'picocolors';
import type { Entity, EntityType } from '../model.js';
import type { Store } from '../store/store.js';
import { describeEdit } from '../curate/describe.js';
import { commitRequest, type EditRequest } from '../ingest/edit-requests.js';
import { globalOptions, openForReading, printJson, withStore } from './context.js';
import { wholeNumberFrom } from './options.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org'];

/** `--at` and `--reason`, which several edit commands take. */
export const atOption = () => new Option('--at <offset>', 'the offset where the text starts, when it occurs more than once').argParser(wholeNumberFrom(0));
export const reasonOption = () => new Option('--reason <text>', 'why: kept with the edit in the log');

/**
 * Runs an edit command: `ask` says what the user asked for, in the store's terms; the edit is
 * made from it, logged, and its effect stored at once. Prints the edit and the entities it changed.
 */
export async function commitEdit(command: Command, ask: (store: Store) => Promise<EditRequest> | EditRequest): Promise<void> {
  const options = globalOptions(command);
  const { edit, entities } = await withStore(openForReading(options), async (store) => {
    const { edit: made, resolution, changed } = await commitRequest(store, await ask(store));
    return { edit: made, entities: resolution.entities.filter((entity) => changed.includes(entity.id)) };
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
