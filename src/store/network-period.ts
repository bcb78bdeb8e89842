/** What both engines share of the network and the map: their defaults, the months of a period, and rows counted before a limit. */
import type { EntityType } from '../model.js';
import { lowerDay, upperDay } from './knowledge-rows.js';
import { QueryError, type MonthPeriod } from './store.js';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org'];
/** What a network or map holds unless asked for more or fewer. */
export const NETWORK_DEFAULTS = { nodes: 50, edges: 200, places: 100 } as const;

/** The months of a period as the monthly tables and the documents' days compare them, or undefined for all time. */
export interface MonthBounds {
  from: string;
  to: string;
  fromDay: string;
  toDay: string;
}

/** `1921` → `1921-01` as a first month, `1921-12` as a last; a QueryError when the period ends before it begins. */
export function monthBounds({ from, to }: MonthPeriod): MonthBounds | undefined {
  if (from === undefined && to === undefined) return undefined;
  const first = from === undefined ? '0000-01' : from.length === 4 ? `${from}-01` : from;
  const last = to === undefined ? '9999-12' : to.length === 4 ? `${to}-12` : to;
  if (first > last) throw new QueryError(`the period ends (${to}) before it begins (${from}): give a "from" on or before "to"`);
  return { from: first, to: last, fromDay: lowerDay(first), toDay: upperDay(last) };
}

/** A row that also carries the number of all rows, counted before the limit (`count(*) OVER ()`). */
export type CountedRow<T> = T & { total: number };

/** Rows without the count of all rows, and that count. */
export function counted<T>(rows: Array<CountedRow<T>>): { rows: T[]; total: number } {
  return { rows: rows.map(({ total, ...row }) => row as T), total: rows[0]?.total ?? 0 };
}
