/** The calendar of a query as a file: one piece of code for `dossier export` and the API's download. */
import type { Entity } from '../model.js';
import { calendarFilter, type CalendarQuery } from '../store/calendar-query.js';
import { QueryError, type CalendarEntry, type Store } from '../store/store.js';
import { toCmif, type CmifOptions } from './cmif.js';
import { toCsv, type CsvOptions } from './csv.js';
import type { ExportResult } from './index.js';

/** What a CMIF file says of itself unless told otherwise. */
export const CMIF_DEFAULTS = {
  title: 'Calendar of documents cited in the sources',
  editor: { name: 'Dossier', email: 'dossier@dossier.invalid' },
  baseUri: 'https://dossier.invalid/',
} as const;

export type CalendarExport = ({ format: 'csv' } & CsvOptions) | ({ format: 'cmif' } & CmifOptions);

/** The documents the query finds in the format asked for; a QueryError when CMIF would hold none. */
export async function exportCalendar(store: Store, query: CalendarQuery, options: CalendarExport): Promise<ExportResult> {
  const entries = await store.calendar(await calendarFilter(store, query));
  const entities = await entitiesOf(store, entries);
  if (options.format === 'csv') return toCsv(entries, entities, options);
  const result = toCmif(entries, entities, options);
  // CMIF requires at least one correspDesc and one bibl: an empty file would be invalid.
  if (result.documents === 0) throw new QueryError('no letters, telegrams or notes match (treaties are not correspondence): ingest sources that cite some, or widen the filters');
  return result;
}

/** The parties and treaty places of the entries, with the attributes the formats need (gazetteer ids, coordinates). */
async function entitiesOf(store: Store, entries: readonly CalendarEntry[]): Promise<Map<string, Entity>> {
  const ids = new Set(entries.flatMap((entry) => [...entry.senders, ...entry.recipients].map((party) => party.id)));
  for (const entry of entries) if (entry.signedAt?.entity) ids.add(entry.signedAt.entity);
  return new Map((await store.getEntities([...ids])).map((entity) => [entity.id, entity]));
}
