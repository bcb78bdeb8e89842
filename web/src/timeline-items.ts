/** The API's timeline answer as vis-timeline items and groups, by type or by actor, with what each item stands for. */
import type { DataGroup, DataItem } from 'vis-timeline';
import { certaintyOf, DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from './dates';
import { href } from './router';
import type { EntityRef, PeriodUnit, TimelineDocument, TimelineEvent, TimelineItems } from './types';

export type Grouping = 'type' | 'actor';

/** What a drawn item stands for, for the details shown when it is selected. */
export type DrawnRecord = { kind: 'document'; document: TimelineDocument } | { kind: 'event'; event: TimelineEvent } | { kind: 'count'; period: string; count: number; unit: PeriodUnit };

export interface Drawing {
  items: DataItem[];
  groups: DataGroup[];
  records: Map<string, DrawnRecord>;
}

/** Actors drawn one group each, the busiest first; the others share one group. */
const ACTOR_GROUPS = 12;
const EVENTS_GROUP = 'events';
const COUNTS_GROUP = 'counts';
const OTHER_ACTORS_GROUP = 'other-actors';

/** Text for vis-timeline, which reads item content as markup: the texts are data, never markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A day as vis-timeline draws it: local midnight. */
export function localDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const result = new Date(year, month - 1, date);
  // Years below 100 are taken as 1900 and after by the constructor.
  result.setFullYear(year);
  return result;
}

/** The first day of a year, month or day (`1921`, `1921-08`, `1921-08-18`). */
export function periodStart(partial: string): Date {
  const [year, month = 1, day = 1] = partial.split('-').map(Number) as [number, number?, number?];
  return localDay(`${year}-${month}-${day}`);
}

/** The day after a year, month or day ends. */
export function periodEnd(partial: string): Date {
  const [year, month, day] = partial.split('-').map(Number) as [number, number?, number?];
  const end = periodStart(partial);
  if (month === undefined) end.setFullYear(year + 1);
  else if (day === undefined) end.setMonth(month);
  else end.setDate(day + 1);
  return end;
}

/** One day is a point; a longer span is a bar from its first day to the end of its last. */
function dated(item: { min: string; max: string; edtf: string; inferred: boolean }) {
  const certainty = certaintyOf(item);
  const span = item.min !== item.max;
  return {
    start: localDay(item.min),
    ...(span ? { end: periodEnd(item.max), type: 'range' } : { type: 'point' }),
    className: `date-${certainty}${span ? ' date-range' : ''}`,
  };
}

export function documentLabel(document: TimelineDocument): string {
  const parties = [document.senders[0]?.label, document.recipients[0]?.label].filter(Boolean).join(' → ');
  return `${DOCUMENT_TYPE_NAMES[document.type] ?? document.type}${document.title ? `: ${document.title}` : ''}${parties ? `: ${parties}` : ''}`;
}

function actorOf(record: DrawnRecord): EntityRef | undefined {
  if (record.kind === 'document') return record.document.senders[0] ?? record.document.recipients[0];
  if (record.kind === 'event') return record.event.actors[0];
  return undefined;
}

function entityLink(entity: EntityRef): HTMLElement {
  const link = document.createElement('a');
  link.href = href('entity', entity.id);
  link.textContent = entity.label;
  link.className = 'group-link';
  return link;
}

export function drawing(data: TimelineItems, grouping: Grouping): Drawing {
  const records = new Map<string, DrawnRecord>();
  const items: Array<DataItem & { id: string }> = [];
  for (const document of data.documents) {
    const id = `document:${document.id}`;
    records.set(id, { kind: 'document', document });
    const when = dated(document);
    items.push({ id, content: escapeHtml(documentLabel(document)), title: escapeHtml(`${document.edtf}: ${document.citation.text}`), group: `type:${document.type}`, ...when, className: `item-document ${when.className}` });
  }
  for (const event of data.events) {
    const id = `event:${event.sourceId}:${event.start}`;
    records.set(id, { kind: 'event', event });
    const when = dated(event);
    // A mark without a label: a label each would stack hundreds of passages into rows taller than the screen; the sentence shows on hover and selection.
    items.push({ id, content: '', title: escapeHtml(`${event.edtf}: ${event.sentence}`), group: EVENTS_GROUP, ...when, className: `item-event ${when.className}` });
  }
  for (const { period, count } of data.eventCounts) {
    const id = `count:${period}`;
    records.set(id, { kind: 'count', period, count, unit: data.unit });
    items.push({ id, content: escapeHtml(`${count} dated passage${count === 1 ? '' : 's'}`), group: COUNTS_GROUP, start: periodStart(period), end: periodEnd(period), type: 'range', className: 'item-count' });
  }
  const countsGroup: DataGroup[] = data.eventCounts.length > 0 ? [{ id: COUNTS_GROUP, content: `Dated passages, counted per ${data.unit}`, className: 'group-counts' }] : [];

  if (grouping === 'type') {
    const types = new Set(data.documents.map((document) => document.type));
    const groups: DataGroup[] = DOCUMENT_TYPES.filter((type) => types.has(type)).map((type) => ({ id: `type:${type}`, content: DOCUMENT_TYPE_NAMES[type] }));
    if (data.events.length > 0) groups.push({ id: EVENTS_GROUP, content: 'Dated passages' });
    return { items, groups: [...groups, ...countsGroup].map((group, order) => ({ ...group, order })), records };
  }

  const busiest = new Map<string, { entity: EntityRef; items: number }>();
  for (const record of records.values()) {
    const actor = actorOf(record);
    if (actor) busiest.set(actor.id, { entity: actor, items: (busiest.get(actor.id)?.items ?? 0) + 1 });
  }
  const shown = [...busiest.values()].sort((a, b) => b.items - a.items).slice(0, ACTOR_GROUPS);
  const shownIds = new Set(shown.map(({ entity }) => entity.id));
  for (const item of items) {
    const record = records.get(item.id)!;
    if (record.kind === 'count') continue;
    const actor = actorOf(record);
    item.group = actor && shownIds.has(actor.id) ? `actor:${actor.id}` : OTHER_ACTORS_GROUP;
  }
  const groups: DataGroup[] = shown.map(({ entity }) => ({ id: `actor:${entity.id}`, content: entityLink(entity) }));
  if (items.some((item) => item.group === OTHER_ACTORS_GROUP)) groups.push({ id: OTHER_ACTORS_GROUP, content: 'Other or no named actor' });
  return { items, groups: [...groups, ...countsGroup].map((group, order) => ({ ...group, order })), records };
}

/** The first window shows the shortest stretch of time holding this share of the items: the dates of a corpus cluster, and a few decades away (a book's year) would squeeze the rest into a line. */
const CORE_SHARE = 0.5;

/** The shortest window holding most items, a little wider; none for no items. */
export function busiestWindow(items: readonly DataItem[]): { start: Date; end: Date } | undefined {
  const starts = items.map((item) => new Date(item.start).getTime()).sort((a, b) => a - b);
  if (starts.length === 0) return undefined;
  const held = Math.max(1, Math.ceil(starts.length * CORE_SHARE));
  let first = 0;
  for (let k = 1; k + held - 1 < starts.length; k++) {
    if (starts[k + held - 1]! - starts[k]! < starts[first + held - 1]! - starts[first]!) first = k;
  }
  const [start, end] = [starts[first]!, starts[first + held - 1]!];
  // Wider on the right, where the labels of the last items run.
  const margin = Math.max((end - start) * 0.05, 30 * 86_400_000);
  // Wider on the right, where the labels of the last items run.
  return { start: new Date(start - margin), end: new Date(end + 3 * margin) };
}
