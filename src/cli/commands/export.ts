import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CMIF_DEFAULTS, exportCalendar, type CalendarExport } from '../../export/calendar-export.js';
import { exportNetwork } from '../../export/gexf.js';
import { exportPlaces } from '../../export/geojson.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import { readExportedSource, readExportedSources, type ExportedSource } from '../../export/sources.js';
import { toTei } from '../../export/tei.js';
import { toWebAnnotations } from '../../export/web-annotations.js';
import type { CalendarQuery } from '../../store/calendar-query.js';
import { QueryError, type MonthPeriod, type NetworkKind, type Store } from '../../store/store.js';
import { addCalendarFilterOptions } from '../calendar-filter.js';
import { globalOptions, openForReading, printJson, UsageError, withStore } from '../context.js';
import { wholeNumberFrom } from '../options.js';

interface ExportOptions extends CalendarQuery {
  format: ExportFormat;
  out?: string;
  source?: string;
  network: NetworkKind;
  nodes?: number;
  edges?: number;
  spells?: boolean;
  title: string;
  editor: string;
  editorEmail: string;
  baseUri: string;
  bom?: boolean;
}

/** What an export wrote, for the summary: the files and what they hold. */
interface Written {
  files: string[];
  counts: Record<string, number>;
  /** Sources that could not be exported, each with why (TEI, one file per source). */
  failed?: Array<{ source: string; error: string }>;
}

const NETWORK_KINDS: readonly NetworkKind[] = ['co-occurrence', 'letters'];

/** The options that mean something to only some formats (the others apply to every format). */
const OPTION_FORMATS: Record<string, readonly ExportFormat[]> = {
  from: ['cmif', 'csv', 'gexf', 'geojson'],
  to: ['cmif', 'csv', 'gexf', 'geojson'],
  person: ['cmif', 'csv'],
  type: ['cmif', 'csv'],
  source: ['tei', 'jsonld'],
  network: ['gexf'],
  nodes: ['gexf'],
  edges: ['gexf'],
  spells: ['gexf'],
  title: ['cmif'],
  editor: ['cmif'],
  editorEmail: ['cmif'],
  baseUri: ['cmif', 'jsonld'],
  bom: ['csv'],
};

/** An option given for a format that does not read it is a mistake worth saying, not something to ignore. */
function refuseForeignOptions(command: Command, format: ExportFormat): void {
  for (const option of command.options) {
    const name = option.attributeName();
    const formats = OPTION_FORMATS[name];
    if (formats && !formats.includes(format) && command.getOptionValueSource(name) === 'cli') {
      throw new UsageError(`${option.long} is for ${formats.join(', ')}, not ${format}`);
    }
  }
}

export function exportCommand(): Command {
  return addCalendarFilterOptions(
    new Command('export')
      .description(
        'what the store holds as files for other tools: each source as TEI, the calendar of documents as CMIF (correspSearch) or CSV (spreadsheets, Palladio), the network as GEXF (Gephi), the places as GeoJSON, the names as Web Annotations (JSON-LD)',
      )
      .addOption(new Option('--format <format>', 'the format of the file').choices(EXPORT_FORMATS).makeOptionMandatory())
      .option('--out <file-or-dir>', 'write to this file (for tei: into this folder, one file per source), replaced whole, never left half-written, instead of standard output'),
  )
    .option('--source <id-or-path>', 'tei, jsonld: only this source (id, id prefix, path or file name)')
    .addOption(new Option('--network <kind>', 'gexf: who wrote to whom (letters) or who is named with whom (co-occurrence)').choices(NETWORK_KINDS).default('co-occurrence'))
    .option('--nodes <n>', 'gexf: only the n most active entities (default: all)', wholeNumberFrom(1))
    .option('--edges <n>', 'gexf: only the n heaviest links between them (default: all)', wholeNumberFrom(1))
    .option('--spells', 'gexf: the months each entity and link is active in, for Gephi’s timeline (one query per month: slower on a large corpus)')
    .option('--title <text>', 'cmif: the title of the file', CMIF_DEFAULTS.title)
    .option('--editor <name>', 'cmif: who edits and publishes the file', CMIF_DEFAULTS.editor.name)
    .option('--editor-email <address>', "cmif: the editor's email address", CMIF_DEFAULTS.editor.email)
    .option(
      '--base-uri <uri>',
      'cmif, jsonld: where the file is published; documents, sources, annotations and entities without an authority record get URIs under it',
      validBaseUri,
      CMIF_DEFAULTS.baseUri,
    )
    .option('--bom', 'csv: start the file with a byte order mark, for spreadsheets that need one to read UTF-8')
    .addHelpText(
      'after',
      `
tei: one TEI P5 file per source: the normalized text, a p per paragraph, with persName,
placeName, orgName (ref to the entity in standOff and its GeoNames/Wikidata URI), date
(when, from/to, notBefore/notAfter) and measure (quantity, unit, commodity) inline; the
entities in standOff (persons with every form of their name, places with geo "lat lon").
A mention that overlaps one begun before it is cut where that one ends; the pieces are
linked by prev/next. Give --out DIR (one file per source, or only --source's), or --source
to print one.

cmif: one correspDesc per letter, telegram, note…: sender and recipient (persName/orgName
with a URI; places with their GeoNames URI; a party known only by a role has no URI), the
date (uncertain or inferred dates marked cert="low"), and the source citing it. Treaties are
left out: they have signatories, not a sender and a recipient.

csv: one row per document, treaties included: ids, type, EDTF date and its first and last
day, senders and recipients (several joined by "; "), where a treaty was signed with its
coordinates ("lat,lon"), holdings, how often and where it is cited.

gexf: GEXF 1.3 for Gephi: nodes with label, type, mentions (and documents, letters); edges
with their weight (documents or shared passages); --from/--to (a year or month) keep to a
period, --spells adds when each node and edge is active.

geojson: a FeatureCollection of the places with coordinates (lon,lat), their mentions and
the first and last dates of the passages naming them; --from/--to (a year or month).

jsonld: W3C Web Annotations, one per name: target the source's normalized text with a
TextQuoteSelector and a TextPositionSelector (in code points), body the entity's URI and
label (identifying) and its type (tagging).

The calendar's filters (--person, --type; --from/--to as a day too) apply to cmif and csv.

Examples:
  dossier export --format tei --out tei/
  dossier export --format tei --source 002_9ff9c4e8dcadf0df.txt > 002.xml
  dossier export --format jsonld --base-uri https://example.org/dossier/ --out names.jsonld
  dossier export --format geojson --from 1921 --to 1922 --out places.geojson
  dossier export --format gexf --network letters --spells --out letters.gexf
  dossier export --format cmif --out letters.xml --editor 'A. Historian' --editor-email a@example.org
  dossier export --format csv --from 1921-08 --to 1921-09 --out calendar.csv`,
    )
    .action(async (local: ExportOptions, command: Command) => {
      refuseForeignOptions(command, local.format);
      const options = globalOptions(command);
      const written = await withStore(openForReading(options), (store) => runExport(store, local));
      // Without --out the file itself went to standard output: no summary may follow it.
      if (local.out !== undefined && options.json) printJson({ format: local.format, out: local.out, ...written.counts, files: written.files, ...(written.failed?.length ? { failed: written.failed } : {}) });
      else if (local.out !== undefined) process.stdout.write(`${describe(written.counts)} written to ${written.files.length === 1 ? written.files[0] : `${written.files.length} files in ${local.out}`}\n`);
      for (const failure of written.failed ?? []) process.stderr.write(`${failure.source}: ${failure.error}\n`);
      if (written.failed?.length) process.exitCode = 1;
    });
}

async function runExport(store: Store, options: ExportOptions): Promise<Written> {
  switch (options.format) {
    case 'tei':
      return exportTei(store, options);
    case 'cmif':
    case 'csv': {
      const result = await exportCalendar(store, options, calendarOptions(options));
      return output(options, result.text, { documents: result.documents });
    }
    case 'gexf': {
      const result = await exportNetwork(store, {
        ...monthPeriod(options),
        kind: options.network,
        nodes: options.nodes,
        edges: options.edges,
        spells: options.spells === true,
        exportedAt: new Date(),
      });
      return output(options, result.text, { nodes: result.nodes, edges: result.edges });
    }
    case 'geojson': {
      const result = await exportPlaces(store, monthPeriod(options));
      return output(options, result.text, { places: result.places, unlocated: result.unlocated });
    }
    case 'jsonld': {
      const sources = options.source === undefined ? await collect(readExportedSources(store)) : [await requireSource(store, options.source)];
      const result = toWebAnnotations(sources, { baseUri: options.baseUri, exportedAt: new Date() });
      return output(options, result.text, { sources: sources.length, annotations: result.annotations });
    }
  }
}

/** One file, or standard output when no --out is given. */
async function output(options: ExportOptions, text: string, counts: Record<string, number>): Promise<Written> {
  if (options.out === undefined) {
    process.stdout.write(text);
    return { files: [], counts };
  }
  await writeAtomically(options.out, text);
  return { files: [options.out], counts };
}

/** Each source into a file of its own in the --out folder; a source that cannot be written does not stop the others. */
async function exportTei(store: Store, options: ExportOptions): Promise<Written> {
  const exportedAt = new Date();
  if (options.out === undefined) {
    if (options.source === undefined) {
      throw new UsageError('tei writes one file per source: give --out DIR for all of them, or --source ID|PATH to print one');
    }
    const result = toTei(await requireSource(store, options.source), { exportedAt });
    process.stdout.write(result.text);
    return { files: [], counts: { sources: 1, mentions: result.mentions } };
  }
  await mkdir(options.out, { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot make the folder ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const sources = options.source === undefined ? readExportedSources(store) : [await requireSource(store, options.source)];
  const written: Written = { files: [], counts: { sources: 0, mentions: 0 }, failed: [] };
  const names = new Set<string>();
  for await (const exported of sources) {
    const file = join(options.out, teiFileName(exported, names));
    try {
      const result = toTei(exported, { exportedAt });
      await writeAtomically(file, result.text);
      written.files.push(file);
      written.counts.sources! += 1;
      written.counts.mentions! += result.mentions;
    } catch (error) {
      written.failed!.push({ source: exported.source.path, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return written;
}

/** The source's file name with `.tei.xml`, made unique with the start of its id when another source has the same name. */
function teiFileName({ source }: ExportedSource, taken: Set<string>): string {
  const stem = basename(source.path, extname(source.path)).replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'source';
  const name = taken.has(stem) ? `${stem}-${source.id.slice(0, 12)}` : stem;
  taken.add(name);
  return `${name}.tei.xml`;
}

async function requireSource(store: Store, ref: string): Promise<ExportedSource> {
  const exported = await readExportedSource(store, ref);
  if (!exported) throw new QueryError(`no source "${ref}": give an id, id prefix, path or file name as dossier sources lists them`);
  return exported;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The network and the map count whole months: --from/--to must be a year or a month there. */
function monthPeriod(options: ExportOptions): MonthPeriod {
  for (const [name, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !/^\d{4}(-\d{2})?$/.test(value)) {
      throw new UsageError(`${name} ${value}: ${options.format} counts whole months, give a year or a month (1921, 1921-08)`);
    }
  }
  return { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
}

function calendarOptions(options: ExportOptions): CalendarExport {
  if (options.format === 'csv') return { format: 'csv', bom: options.bom === true };
  return {
    format: 'cmif',
    title: options.title,
    editor: { name: options.editor, email: options.editorEmail },
    baseUri: options.baseUri,
    exportedAt: new Date(),
  };
}

/** `12 documents`, `249 nodes, 5350 edges`. */
function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([what, n]) => `${n} ${n === 1 ? what.replace(/s$/, '') : what}`)
    .join(', ');
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
