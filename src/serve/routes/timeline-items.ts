import type { CalendarEntry, PeriodCount, PeriodUnit, Store, TimelineEntry, TimelineFilter } from '../../store/store.js';
import { QueryError } from '../../store/store.js';
import { edtfBounds } from '../../util/edtf-bounds.js';
import type { Api, RouteOptions } from '../app.js';
import { TimelineItemsQuerystring, TimelineItemsResponse, withErrors } from '../schemas.js';

/** Items of each kind drawn unless asked otherwise: a timeline of more is unreadable, and the answer stays small. */
const DEFAULT_ITEMS = 500;
/** Windows longer than this many months are counted per year, those longer than this per month, shorter ones per day. */
const MONTHS_COUNTED_PER_YEAR = 240;
const MONTHS_COUNTED_PER_MONTH = 18;

export function timelineItemRoutes(api: Api, { store }: RouteOptions): void {
  api.get(
    '/api/timeline/items',
    {
      schema: {
        summary: 'The timeline to draw: dated documents and dated sentences, or counts per period when too many sentences match',
        description:
          'Dates wholly inside from–to. At most limit (default 500) documents; the dated sentences one by one when no more than limit match, else how many begin in each year, month or day (by the length of the window).',
        tags: ['timeline'],
        querystring: TimelineItemsQuerystring,
        response: withErrors({ 200: TimelineItemsResponse }),
      },
    },
    async (request) => {
      const { from, to, entity, limit = DEFAULT_ITEMS } = request.query;
      if (entity !== undefined && (await store.getEntities([entity])).length === 0) throw new QueryError(`no entity has the id "${entity}"`);
      const filter: TimelineFilter = { from, to, entity };
      const [documents, events] = await Promise.all([datedDocuments(store, filter, limit), datedSentences(store, filter, limit)]);
      return { ...documents, ...events };
    },
  );
}

async function datedDocuments(store: Store, { from, to, entity }: TimelineFilter, limit: number) {
  const entries = await store.calendar({ from, to, entities: entity === undefined ? undefined : [entity], limit: limit + 1 });
  const drawn = entries.slice(0, limit).flatMap((entry) => documentItem(entry) ?? []);
  return { documents: drawn, documentsComplete: entries.length <= limit };
}

function documentItem(entry: CalendarEntry) {
  const bounds = entry.date && edtfBounds(entry.date.edtf);
  const [cited] = entry.citations;
  if (!entry.date || !bounds || !cited) return undefined;
  return {
    id: entry.id,
    type: entry.type,
    ...(entry.title === undefined ? {} : { title: entry.title }),
    edtf: entry.date.edtf,
    inferred: entry.date.inferred,
    ...bounds,
    senders: entry.senders,
    recipients: entry.recipients,
    citation: { sourceId: cited.source, title: cited.title, start: cited.start, text: cited.text },
  };
}

/** The sentences one by one when they are few enough to draw, else their counts per period. */
async function datedSentences(store: Store, filter: TimelineFilter, limit: number) {
  const { unit, counts } = await countingUnit(store, filter);
  const eventCounts = counts ?? (await store.timelineCounts(filter, unit));
  const eventTotal = eventCounts.reduce((sum, { count }) => sum + count, 0);
  if (eventTotal > limit) return { events: [], eventTotal, unit, eventCounts };
  const events = (await store.timeline({ ...filter, limit })).map(eventItem);
  return { events, eventTotal, unit, eventCounts: [] };
}

function eventItem(entry: TimelineEntry) {
  const { sourceId, title, start, text, sentence, edtf, inferred, min, max, actors } = entry;
  return { sourceId, title, start, text, sentence, edtf, inferred, min, max, actors };
}

/**
 * Per year, month or day, so that a window gives a few dozen to a few hundred counts; a window
 * without bounds is as long as the dates found, whose counts per year come along when they are the answer.
 */
async function countingUnit(store: Store, filter: TimelineFilter): Promise<{ unit: PeriodUnit; counts?: PeriodCount[] }> {
  let { from, to } = filter;
  let perYear: PeriodCount[] | undefined;
  if (from === undefined || to === undefined) {
    perYear = await store.timelineCounts(filter, 'year');
    from ??= perYear[0]?.period;
    to ??= perYear[perYear.length - 1]?.period;
  }
  if (from === undefined || to === undefined) return { unit: 'year', counts: perYear };
  const months = monthNumber(to, 12) - monthNumber(from, 1) + 1;
  if (months > MONTHS_COUNTED_PER_YEAR) return { unit: 'year', counts: perYear };
  return { unit: months > MONTHS_COUNTED_PER_MONTH ? 'month' : 'day' };
}

/** Months since year 0 of a year, year-month or day; a bare year counts as its month `yearMonth`. */
function monthNumber(partial: string, yearMonth: number): number {
  const [year, month = yearMonth] = partial.split('-').map(Number) as [number, number?];
  return year * 12 + month;
}
