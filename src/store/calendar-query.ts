/** The calendar asked for by a person's name or an entity's id rather than entity ids, as `dossier calendar --person` and the API take it. */
import type { DocumentType } from '../model.js';
import { QueryError, type CalendarFilter, type Store } from './store.js';

export interface CalendarQuery {
  from?: string;
  to?: string;
  /** Any name of a person or organisation, in any script (Чичерин, Chicherin). */
  person?: string;
  /** One entity by its id, as the workbench's pickers give it. */
  entity?: string;
  type?: DocumentType;
  limit?: number;
}

/** The store's filter for the query: `person` becomes the entities of that name, `entity` that entity; a QueryError when there are none. */
export async function calendarFilter(store: Store, query: CalendarQuery): Promise<CalendarFilter> {
  const { person, entity, from, to, type, limit } = query;
  const filter: CalendarFilter = { from, to, type, limit };
  const entities: string[] = [];
  if (person !== undefined) {
    const found = await store.findEntities(person);
    if (found.length === 0) throw new QueryError(`no person or organisation is named "${person}": see the list of entities`);
    entities.push(...found.map((named) => named.id));
  }
  if (entity !== undefined) {
    if ((await store.getEntities([entity])).length === 0) throw new QueryError(`no entity has the id "${entity}"`);
    // Both given: documents of that entity among those of that name.
    if (person !== undefined && !entities.includes(entity)) return { ...filter, entities: [] };
    return { ...filter, entities: [entity] };
  }
  return entities.length > 0 ? { ...filter, entities } : filter;
}
