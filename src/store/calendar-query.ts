/** The calendar asked for by a person's name rather than entity ids, as `dossier calendar --person` and the API take it. */
import type { DocumentType } from '../model.js';
import { QueryError, type CalendarFilter, type Store } from './store.js';

export interface CalendarQuery {
  from?: string;
  to?: string;
  /** Any name of a person or organisation, in any script (Чичерин, Chicherin). */
  person?: string;
  type?: DocumentType;
  limit?: number;
}

/** The store's filter for the query: `person` becomes the entities of that name, a QueryError when there are none. */
export async function calendarFilter(store: Store, query: CalendarQuery): Promise<CalendarFilter> {
  const { person, from, to, type, limit } = query;
  const filter: CalendarFilter = { from, to, type, limit };
  if (person === undefined) return filter;
  const found = await store.findEntities(person);
  if (found.length === 0) throw new QueryError(`no person or organisation is named "${person}": see the list of entities`);
  return { ...filter, entities: found.map((entity) => entity.id) };
}
