/**
 * The researcher's authority file: a CSV (RFC 4180, UTF-8, a header row) of known persons,
 * places and organisations. Columns: `type` (person, place, org) and `name` are required;
 * `aliases` (other forms, separated by `|` or `;`), `wikidata` (a Q-id or its URL),
 * `latitude` and `longitude` (places, decimal degrees), `note` are optional. Each row is
 * checked on its own: a bad row is reported with its line and column, the others are read.
 */
import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import type { AuthorityRecord, EntityType } from '../model.js';
import { authorityKey } from '../resolve/authorities.js';

const COLUMNS = ['type', 'name', 'aliases', 'wikidata', 'latitude', 'longitude', 'note'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['type', 'name'];
const TYPES: readonly EntityType[] = ['person', 'place', 'org'];

/** A problem with the file as a whole (no header, a missing or unknown column, a quote never closed): nothing is read. */
export class AuthorityFileError extends Error {
  override readonly name = 'AuthorityFileError';
}

export interface RowProblem {
  /** The line the row starts on, counting from 1 (the header is line 1). */
  line: number;
  column?: Column;
  message: string;
}

export interface AuthorityFile {
  records: AuthorityRecord[];
  /** Rows left out, each with why. */
  problems: RowProblem[];
}

export function readAuthorityFile(text: string, file: string): AuthorityFile {
  const rows = csvRows(text, file);
  const header = rows.shift();
  if (!header || header.fields.every((field) => field.trim() === '')) throw new AuthorityFileError(`${file} is empty: it needs a header row (${COLUMNS.join(',')}) and a row per record`);
  const columns = header.fields.map((field) => field.trim().toLowerCase());
  const unknown = columns.filter((column) => !(COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) throw new AuthorityFileError(`${file} line 1: unknown column${unknown.length === 1 ? '' : 's'} ${unknown.map((column) => `"${column}"`).join(', ')}; the columns are ${COLUMNS.join(', ')}`);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new AuthorityFileError(`${file} line 1: no ${missing.map((column) => `"${column}"`).join(' or ')} column; the columns are ${COLUMNS.join(', ')}`);
  const repeated = columns.find((column, k) => columns.indexOf(column) !== k);
  if (repeated) throw new AuthorityFileError(`${file} line 1: the column "${repeated}" is given twice`);

  const records: AuthorityRecord[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const formOwners = new Map<string, { line: number; name: string }>();
  for (const { line, fields } of rows) {
    if (fields.every((field) => field.trim() === '')) continue;
    const cell = (column: Column) => (columns.includes(column) ? (fields[columns.indexOf(column)] ?? '').trim() : '');
    if (fields.length > columns.length) {
      problems.push({ line, message: `${fields.length} fields where the header has ${columns.length} columns (a comma in a field must be quoted)` });
      continue;
    }
    const result = recordOf(cell);
    if ('column' in result) {
      problems.push({ line, ...result });
      continue;
    }
    const key = authorityKey(result);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({ line, column: 'name', message: `${result.type} "${result.name}" is already given on line ${earlier}` });
      continue;
    }
    // A form two records share could name either: the file must say which.
    const clash = [result.name, ...result.aliases].map((form) => ({ form, owner: formOwners.get(authorityKey({ type: result.type, name: form })) })).find(({ owner }) => owner);
    if (clash) {
      problems.push({ line, column: 'aliases', message: `"${clash.form}" is also a form of ${result.type} "${clash.owner!.name}" (line ${clash.owner!.line}): a name may belong to one record only` });
      continue;
    }
    seen.set(key, line);
    for (const form of [result.name, ...result.aliases]) formOwners.set(authorityKey({ type: result.type, name: form }), { line, name: result.name });
    records.push(result);
  }
  return { records, problems };
}

function recordOf(cell: (column: Column) => string): AuthorityRecord | { column: Column; message: string } {
  const type = cell('type').toLowerCase();
  if (!(TYPES as readonly string[]).includes(type)) {
    return { column: 'type', message: type === '' ? `no type: give one of ${TYPES.join(', ')}` : `"${cell('type')}" is not a type: give one of ${TYPES.join(', ')}` };
  }
  const name = cell('name');
  if (name === '') return { column: 'name', message: 'no name' };
  const aliases = [...new Set(cell('aliases').split(/[|;]/).map((alias) => alias.trim()).filter((alias) => alias !== '' && alias !== name))];
  const wikidata = wikidataId(cell('wikidata'));
  if (wikidata === null) return { column: 'wikidata', message: `"${cell('wikidata')}" is not a Wikidata item: give its id (Q193364) or its address` };
  const coordinates = coordinatesOf(cell('latitude'), cell('longitude'));
  if (coordinates && 'column' in coordinates) return coordinates;
  if (coordinates && type !== 'place') return { column: 'latitude', message: `coordinates are for places, and this is a ${type}` };
  const note = cell('note');
  return {
    type: type as EntityType,
    name,
    aliases,
    ...(wikidata ? { wikidata } : {}),
    ...(coordinates ? { coordinates } : {}),
    ...(note ? { note } : {}),
  };
}

/** `Q193364`, `wd:Q193364` or an address ending in it; undefined when empty, null when not an item. */
function wikidataId(value: string): string | undefined | null {
  if (value === '') return undefined;
  const found = /^(?:wd:|https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/)?(Q[1-9]\d*)$/i.exec(value);
  return found ? found[1]!.toUpperCase() : null;
}

function coordinatesOf(latitude: string, longitude: string): { lat: number; lon: number } | { column: Column; message: string } | undefined {
  if (latitude === '' && longitude === '') return undefined;
  if (latitude === '') return { column: 'latitude', message: 'a longitude without a latitude' };
  if (longitude === '') return { column: 'longitude', message: 'a latitude without a longitude' };
  const lat = decimalDegrees(latitude);
  if (lat === undefined || Math.abs(lat) > 90) return { column: 'latitude', message: `"${latitude}" is not a latitude: decimal degrees between -90 and 90 (55.7558)` };
  const lon = decimalDegrees(longitude);
  if (lon === undefined || Math.abs(lon) > 180) return { column: 'longitude', message: `"${longitude}" is not a longitude: decimal degrees between -180 and 180 (37.6173)` };
  return { lat, lon };
}

/** A decimal number, with a point or a decimal comma (`40,6`); undefined for anything else. */
function decimalDegrees(value: string): number | undefined {
  if (!/^[+-]?\d+([.,]\d+)?$/.test(value)) return undefined;
  return Number(value.replace(',', '.'));
}

/** The rows of a CSV text, each with the line it starts on (a quoted field may hold line breaks). */
function csvRows(text: string, file: string): Array<{ line: number; fields: string[] }> {
  let parsed: Array<{ record: string[]; info: InfoRecord }>;
  try {
    // With `info`, each record comes with what the parser knew of it (its types do not say so).
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new AuthorityFileError(`${file} line ${(error as CsvError & { lines: number }).lines}: a quoted field is never closed (a " is missing)`);
    }
    throw new AuthorityFileError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Each record's info gives the line it ends on; it starts on the line after the one before it.
  return parsed.map(({ record, info }, k) => ({ line: k === 0 ? 1 : parsed[k - 1]!.info.lines + 1, fields: record }));
}
