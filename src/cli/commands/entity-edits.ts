/** dossier merge, split, rename, retype: the researcher's corrections of entities. */
import { Argument, Command } from 'commander';
import type { EntityType } from '../../model.js';
import type { MentionAnchor } from '../../model.js';
import type { Store } from '../../store/store.js';
import { anchorEntity, anchorMention, newEdit } from '../../curate/index.js';
import { entityId } from '../../resolve/entities.js';
import { UsageError } from '../context.js';
import { commitEdit, ENTITY_TYPES, entityNamed, reasonOption, sourceNamed } from '../curation.js';

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
      commitEdit(
        command,
        async (store) => {
          const into = await entityNamed(store, first);
          const from = await entityNamed(store, second);
          if (into.id === from.id) throw new UsageError(`"${first}" and "${second}" are already one entity (${into.id})`);
          return newEdit('merge', { into: anchorEntity(into), from: anchorEntity(from), ...(local.label ? { label: local.label } : {}) }, local.reason);
        },
        (edit) => (edit.kind === 'merge' ? [edit.payload.into.id] : []),
      ),
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
      commitEdit(
        command,
        async (store) => {
          if (!local.form && !local.mention) throw new UsageError('say which mentions leave: --form FORM or --mention SOURCE:OFFSET');
          const entity = await entityNamed(store, name);
          const mentions = await Promise.all((local.mention ?? []).map((ref) => mentionOf(store, entity.id, ref)));
          return newEdit('split', { entity: anchorEntity(entity), forms: local.form ?? [], mentions, ...(local.label ? { label: local.label } : {}) }, local.reason);
        },
        (edit) => (edit.kind === 'split' ? [edit.payload.entity.id, entityId(edit.payload.entity.type, `split\u0000${edit.id}`)] : []),
      ),
    );
}

/** The entity's mention a `SOURCE:OFFSET` names, anchored. */
async function mentionOf(store: Store, entityId: string, ref: string): Promise<MentionAnchor> {
  const colon = ref.lastIndexOf(':');
  const offset = Number(ref.slice(colon + 1));
  if (colon <= 0 || !Number.isInteger(offset)) throw new UsageError(`--mention ${ref}: expected SOURCE:OFFSET, e.g. letter.txt:1945`);
  const source = await sourceNamed(store, ref.slice(0, colon));
  const mention = (await store.getEntity(entityId))?.mentionList.find((each) => each.sourceId === source.id && each.start === offset);
  if (!mention) throw new UsageError(`no mention of ${entityId} starts at ${offset} in ${source.path} (dossier entity ${entityId} --json lists them)`);
  return anchorMention(source, mention);
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
      commitEdit(
        command,
        async (store) => {
          if (!label.trim()) throw new UsageError('the new label is empty');
          const entity = await entityNamed(store, name);
          if (entity.label === label.trim()) throw new UsageError(`${entity.id} is already labelled ${entity.label}`);
          return newEdit('rename', { entity: anchorEntity(entity), label: label.trim() }, local.reason);
        },
        (edit) => (edit.kind === 'rename' ? [edit.payload.entity.id] : []),
      ),
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
      commitEdit(
        command,
        async (store) => {
          const entity = await entityNamed(store, name);
          if (entity.type === type) throw new UsageError(`${entity.label} (${entity.id}) is already a ${type}`);
          return newEdit('retype', { entity: anchorEntity(entity), type }, local.reason);
        },
        (edit) => (edit.kind === 'retype' ? [edit.payload.entity.id] : []),
      ),
    );
}
