/** The options that choose documents from the calendar, shared by `dossier calendar` and `dossier export`. */
import { type Command, Option } from 'commander';
import { DOCUMENT_TYPES } from '../model.js';
import { partialDate } from './options.js';

export function addCalendarFilterOptions(command: Command): Command {
  return command
    .option('--from <date>', 'only documents dated on or after this year, month or day (1921, 1921-08, 1921-08-18)', partialDate)
    .option('--to <date>', 'only documents dated on or before this year, month or day', partialDate)
    .option('--person <name>', 'only documents this person or organisation sent or received (any name, any script: Чичерин, Chicherin)')
    .addOption(new Option('--type <type>', 'only documents of this kind').choices(DOCUMENT_TYPES));
}
