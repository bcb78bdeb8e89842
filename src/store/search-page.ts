/** What both engines share of a search and of naming a source: the page asked for, and the shapes of source ids. */
import type { SearchQuery } from './store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;
/** Shortest id prefix accepted as a reference to a source. */
export const MIN_ID_PREFIX = 6;
export const FULL_ID = /^[0-9a-f]{64}$/;
export const ID_PREFIX = new RegExp(`^[0-9a-f]{${MIN_ID_PREFIX},63}$`);

/** The page of hits a query asks for, within bounds; a warning when it asked for more than a page holds. */
export function searchPage(query: Pick<SearchQuery, 'limit' | 'offset'>, warnings: string[]): { limit: number; offset: number } {
  const requested = query.limit ?? DEFAULT_LIMIT;
  const limit = Number.isFinite(requested) ? Math.min(MAX_LIMIT, Math.max(1, Math.floor(requested))) : DEFAULT_LIMIT;
  if (requested > MAX_LIMIT) warnings.push(`at most ${MAX_LIMIT} hits are returned at a time`);
  const offset = Number.isFinite(query.offset) ? Math.max(0, Math.floor(query.offset!)) : 0;
  return { limit, offset };
}
