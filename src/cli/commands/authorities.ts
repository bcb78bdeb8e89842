/** dossier authorities: the researcher's authority file of known persons, places and organisations, imported and listed. */
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import pc from 'picocolors';
import { AuthorityFileError, readAuthorityFile } from '../../ingest/authority-file.js';
import { importAuthorities } from '../../ingest/knowledge.js';
import { describeEdit } from '../../curate/describe.js';
import { formatTable, truncate } from '../table.js';
import { globalOptions, openForReading, openForWriting, printJson, UsageError, withStore } from '../context.js';

export function authoritiesCommand(): Command {
  const command = new Command('authorities')
    .description('known persons, places and organisations from an authority file: the mentions they name resolve to them')
    .addHelpText('after', `
Examples:
  dossier authorities import people-and-places.csv
  dossier authorities list --json`);
  command.addCommand(importCommand().exitOverride().configureHelp({ showGlobalOptions: true }));
  command.addCommand(listCommand().exitOverride().configureHelp({ showGlobalOptions: true }));
  return command;
}

function importCommand(): Command {
  return new Command('import')
    .description('read an authority file (CSV) into the store and resolve the entities again with it')
    .argument('<file>', 'a CSV file (UTF-8) with a header row')
    .addHelpText('after', `
The file has a header row and one row per record. Columns (any order; only type and name
are required):
  type       person, place or org
  name       the canonical name: the label of the entity
  aliases    other forms a source may write, in any script, separated by | or ;
             (Чичерин|Tchitcherine): mentions so written become this record's entity
  wikidata   a Wikidata item: Q193364, or its address
  latitude   places: decimal degrees, WGS84 (with longitude; replaces the gazetteer's)
  longitude
  note       free text

A mention whose name or lemma is the record's name or one of its aliases (case and
diacritics aside) resolves to the record's entity, and every group of mentions that does
becomes one entity with the record's name, Wikidata id and coordinates. A record imported
again (same type and name) is replaced. Each row is checked: a bad row is reported with
its line and column and left out, the others are imported (exit code 1 then). The
researcher's edits are replayed after, so merges, renames and rejections still hold.

Example file:
  type,name,aliases,wikidata,latitude,longitude,note
  person,Georgy Chicherin,Чичерин|Г.В. Чичерин|Tchitcherine,Q193364,,,People's Commissar
  place,Kars,Карс,Q83077,40.6013,43.0975,

Examples:
  dossier authorities import people-and-places.csv
  dossier authorities import authorities.csv --json`)
    .action(async (file: string, _local: unknown, command: Command) => {
      const options = globalOptions(command);
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new UsageError(`cannot read ${file}: ${error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : String(error)}`);
      });
      let parsed;
      try {
        parsed = readAuthorityFile(text, file);
      } catch (error) {
        if (error instanceof AuthorityFileError) throw new UsageError(error.message);
        throw error;
      }
      const { records, problems } = parsed;
      const summary = records.length > 0 ? await withStore(openForWriting(options), (store) => importAuthorities(store, records)) : undefined;
      if (problems.length > 0) process.exitCode = 1;
      if (options.json) {
        printJson({ file, imported: records.length, added: summary?.added ?? 0, replaced: summary?.replaced ?? 0, matched: summary?.matched ?? 0, refused: problems, orphaned: summary?.orphaned.map(({ edit, reason }) => ({ edit: edit.id, reason })) ?? [] });
        return;
      }
      if (summary) {
        process.stdout.write(
          `${records.length} record${records.length === 1 ? '' : 's'} imported from ${file} (${summary.added} new, ${summary.replaced} replaced); ` +
            `${summary.matched} entit${summary.matched === 1 ? 'y is' : 'ies are'} now an authority record's, of ${summary.entities}\n`,
        );
      }
      for (const problem of problems) process.stderr.write(`${file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}: ${problem.message}\n`);
      if (problems.length > 0) process.stderr.write(pc.yellow(`${problems.length} row${problems.length === 1 ? '' : 's'} left out\n`));
      for (const { edit, reason } of summary?.orphaned ?? []) process.stderr.write(pc.yellow(`edit ${edit.id} ${describeEdit(edit)} is orphaned: ${reason}\n`));
    });
}

function listCommand(): Command {
  return new Command('list')
    .description('the authority records in the store, in the order they were imported')
    .action(async (_local: unknown, command: Command) => {
      const options = globalOptions(command);
      const records = await withStore(openForReading(options), (store) => store.listAuthorities());
      if (options.json) {
        printJson(records);
        return;
      }
      if (records.length === 0) {
        process.stdout.write('No authority records: see dossier authorities import --help\n');
        return;
      }
      const rows = records.map((record) => [
        record.type,
        record.name,
        truncate(record.aliases.join(' | '), 50),
        record.wikidata ?? '',
        record.coordinates ? `${record.coordinates.lat},${record.coordinates.lon}` : '',
        truncate(record.note ?? '', 40),
      ]);
      process.stdout.write(`${formatTable(['type', 'name', 'aliases', 'wikidata', 'lat,lon', 'note'], rows)}\n`);
    });
}
