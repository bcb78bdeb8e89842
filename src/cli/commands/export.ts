import { randomBytes } from 'node:crypto';
import { rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CMIF_DEFAULTS, exportCalendar, type CalendarExport } from '../../export/calendar-export.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import type { CalendarQuery } from '../../store/calendar-query.js';
import { addCalendarFilterOptions } from '../calendar-filter.js';
import { globalOptions, openForReading, printJson, withStore } from '../context.js';

interface ExportOptions extends CalendarQuery {
  format: ExportFormat;
  out?: string;
  title: string;
  editor: string;
  editorEmail: string;
  baseUri: string;
  bom?: boolean;
}

export function exportCommand(): Command {
  return addCalendarFilterOptions(
    new Command('export')
      .description('the calendar of documents as a file for other tools: CMIF (TEI correspondence metadata, for correspSearch) or CSV (spreadsheets, Palladio)')
      .addOption(new Option('--format <format>', 'the format of the file').choices(EXPORT_FORMATS).makeOptionMandatory())
      .option('--out <file>', 'write to this file (replaced whole, never left half-written) instead of standard output'),
  )
    .option('--title <text>', 'CMIF: the title of the file', CMIF_DEFAULTS.title)
    .option('--editor <name>', 'CMIF: who edits and publishes the file', CMIF_DEFAULTS.editor.name)
    .option('--editor-email <address>', "CMIF: the editor's email address", CMIF_DEFAULTS.editor.email)
    .option(
      '--base-uri <uri>',
      'CMIF: where the file is published; documents and entities without an authority record get URIs under it',
      validBaseUri,
      CMIF_DEFAULTS.baseUri,
    )
    .option('--bom', 'CSV: start the file with a byte order mark, for spreadsheets that need one to read UTF-8')
    .addHelpText(
      'after',
      `
CMIF has one correspDesc per letter, telegram, note…: sender and recipient (persName/orgName
with a URI; places with their GeoNames URI; a party known only by a role has no URI), the date
(uncertain or inferred dates marked cert="low"), and the source citing it. Treaties are left
out: they have signatories, not a sender and a recipient.

CSV has one row per document, treaties included: ids, type, EDTF date and its first and last
day, senders and recipients (several joined by "; "), where a treaty was signed with its
coordinates, holdings, how often and where it is cited.

Examples:
  dossier export --format cmif --out letters.xml --editor 'A. Historian' --editor-email a@example.org
  dossier export --format csv --from 1921-08 --to 1921-09 --out calendar.csv
  dossier export --format csv --person Chicherin > chicherin.csv`,
    )
    .action(async (local: ExportOptions, command: Command) => {
      const options = globalOptions(command);
      const result = await withStore(openForReading(options), (store) => exportCalendar(store, local, exportOptions(local)));
      if (local.out === undefined) {
        process.stdout.write(result.text);
        return;
      }
      await writeAtomically(local.out, result.text);
      if (options.json) printJson({ format: local.format, documents: result.documents, out: local.out });
      else process.stdout.write(`${result.documents} document${result.documents === 1 ? '' : 's'} written to ${local.out}\n`);
    });
}

function exportOptions(options: ExportOptions): CalendarExport {
  if (options.format === 'csv') return { format: 'csv', bom: options.bom === true };
  return {
    format: 'cmif',
    title: options.title,
    editor: { name: options.editor, email: options.editorEmail },
    baseUri: options.baseUri,
    exportedAt: new Date(),
  };
}

function validBaseUri(value: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new InvalidArgumentError('expected an http(s) address: https://example.org/letters/');
  return value.endsWith('/') ? value : `${value}/`;
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Writes a temporary file beside the target and renames it over the target, so a failure never leaves a partial file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new Error(`cannot write ${path}: ${WRITE_FAILURES[code] ?? (error instanceof Error ? error.message : String(error))}`);
  }
}
