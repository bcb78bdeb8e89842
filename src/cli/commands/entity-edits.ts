/** dossier merge, split, rename, retype: the researcher's corrections of entities. */
import { Argument, Command } from 'commander';
import type { EntityType } from '../../model.js';
import type { MentionRef } from '../../ingest/edit-requests.js';
import { UsageError } from '../context.js';
import { commitEdit, ENTITY_TYPES, reasonOption } from '../curation.js';

const NAMING = 'its id, or a name only it has (Чичерин, Chicherin, Г.Чичерину)';
const KEPT = `
The edit is logged (dossier edits) and replayed after every ingest, so it holds when the
corpus or a file changes; dossier undo EDIT_ID takes it back.`;

export function mergeCommand(): Command {
  return new Command('merge')
    .description('make two entities one: the second joins the first, which keeps its id and label')
    .argument('<entity>', `the entity that stays: ${NAMING}`)
    .argument('<other>', 'the entity that joins it')
    .option('--label <label>', 'the label of the merged entity (default: the first one\'s)')
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Examples:
  dossier merge 'Мустафа Кемаль' 'Mustafa Kemal'
  dossier merge p-1a2b3c4d5e6f p-6f5e4d3c2b1a --label 'Mustafa Kemal Atatürk' --reason 'same person, two spellings'`)
    .action(async (first: string, second: string, local: { label?: string; reason?: string }, command: Command) =>
      commitEdit(command, () => ({ kind: 'merge', into: first, from: second, label: local.label, reason: local.reason })),
    );
}

export function splitCommand(): Command {
  return new Command('split')
    .description('take some mentions out of an entity, into a new one: those written in some forms, or single ones')
    .argument('<entity>', `the wrongly merged entity: ${NAMING}`)
    .option('--form <form...>', 'a form as written in the texts (see dossier entity NAME); repeat for several')
    .option('--mention <source:offset...>', 'one mention: its source and the offset it starts at (dossier entity NAME --json lists them)')
    .option('--label <label>', 'the new entity\'s label (default: its commonest name)')
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Examples:
  dossier split 'Мустафа Кемаль Ататюрк' --form Kamal --form 'Mustafa Kamal' --label 'Mustafa Kamal'
  dossier split p-1a2b3c4d5e6f --form 'Kemal Bey' --reason 'another Kemal'
  dossier split p-1a2b3c4d5e6f --mention 004_3cf1fd47c83241f0.txt:5120 --mention 004_3cf1fd47c83241f0.txt:6001`)
    .action(async (name: string, local: { form?: string[]; mention?: string[]; label?: string; reason?: string }, command: Command) =>
      commitEdit(command, () => {
        if (!local.form && !local.mention) throw new UsageError('say which mentions leave: --form FORM or --mention SOURCE:OFFSET');
        return { kind: 'split', entity: name, forms: local.form, mentions: local.mention?.map(mentionRef), label: local.label, reason: local.reason };
      }),
    );
}

/** `SOURCE:OFFSET`, as --mention gives it. */
function mentionRef(ref: string): MentionRef {
  const colon = ref.lastIndexOf(':');
  const start = Number(ref.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(start)) throw new UsageError(`--mention ${ref}: expected SOURCE:OFFSET, e.g. letter.txt:1945`);
  return { source: ref.slice(0, colon), start };
}

export function renameCommand(): Command {
  return new Command('rename')
    .description('give an entity another label')
    .argument('<entity>', NAMING)
    .argument('<label>', 'the new label')
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Example:
  dossier rename Ганецкий 'Яков Ганецкий' --reason 'full name, from the archive'`)
    .action(async (name: string, label: string, local: { reason?: string }, command: Command) =>
      commitEdit(command, () => ({ kind: 'rename', entity: name, label, reason: local.reason })),
    );
}

export function retypeCommand(): Command {
  return new Command('retype')
    .description('change what kind of entity it is: person, place or org')
    .argument('<entity>', NAMING)
    .addArgument(new Argument('<type>', 'person, place or org').choices(ENTITY_TYPES))
    .addOption(reasonOption())
    .addHelpText('after', `${KEPT}

Example:
  dossier retype 'Сакарья' place --reason 'the river, not a person'`)
    .action(async (name: string, type: EntityType, local: { reason?: string }, command: Command) =>
      commitEdit(command, () => ({ kind: 'retype', entity: name, type, reason: local.reason })),
    );
}
