/** An edit in one line of words, as the edit log shows it. */
import type { Edit } from '../model.js';

const fileName = (path: string) => path.split('/').pop() ?? path;

export function describeEdit(edit: Edit): string {
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
        ? `reject every "${edit.payload.every}" ${edit.payload.path ? `in ${fileName(edit.payload.path)}` : 'in the corpus'}`
        : `reject "${edit.payload.mention.exact}" at ${edit.payload.mention.start} in ${fileName(edit.payload.mention.path)}`;
    case 'accept':
      return `accept "${edit.payload.mention.exact}" at ${edit.payload.mention.start} in ${fileName(edit.payload.mention.path)} as a ${edit.payload.type}${edit.payload.entity ? ` of ${edit.payload.entity.label}` : ''}`;
    case 'undo':
      return `undo ${edit.payload.edit}`;
  }
}
