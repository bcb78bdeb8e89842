/** The options that choose documents from the calendar, shared by `dossier calendar` and `dossier export`. */
import { type Command, Option } from 'commander';
import { DOCUMENT_TYPES, type DocumentType } from '../model.js';
import type { CalendarFilter, Store } from '../store/store.js';
import { UsageError } from './context.js';
import { partialDate } from './options.js';

export interface CalendarFilterOptions {
  from?: string;
  to?: string;
  person?: string;
  type?: DocumentType;
}

export function addCalendarFilterOptions(command: Command): Command {
  return command
    .option('--from <date>', 'only documents dated on or after this year, month or day (1921, 1921-08, 1921-08-18)', partialDate)
    .option('--to <date>', 'only documents dated on or before this year, month or day', partialDate)
    .option('--person <name>', 'only documents this person or organisation sent or received (any name, any script: Чичерин, Chicherin)')
    .addOption(new Option('--type <type>', 'only documents of this kind').choices(DOCUMENT_TYPES));
}

/** The store's filter for the options: `--person` becomes the entities of that name, a usage error when there are none. */
export async function calendarFilter(store: Store, options: CalendarFilterOptions): Promise<CalendarFilter> {
  const { person, from, to, type } = options;
  const filter: CalendarFilter = { from, to, type };
  if (person === undefined) return filter;
  const found = await store.findEntities(person);
  if (found.length === 0) throw new UsageError(`no person or organisation is named "${person}": see dossier entities`);
  return { ...filter, entities: found.map((entity) => entity.id) };
}
