/**
 * The calendar as CSV (RFC 4180, UTF-8): one row per document, with plain headers and the
 * shapes Palladio reads — days as `YYYY-MM-DD`, coordinates as `lat,lon` (one place per row in
 * `place`, for its map), several values in one cell joined by `; `.
 */
import { basename } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Entity } from '../model.js';
import type { CalendarEntry } from '../store/store.js';
import { edtfBounds } from '../util/edtf-bounds.js';
import { partyNames, type ExportResult } from './index.js';

export interface CsvOptions {
  /** Starts the file with a byte order mark, which some spreadsheets need to read UTF-8. */
  bom: boolean;
}

const LIST_SEPARATOR = '; ';

const COLUMNS = [
  'id', 'type', 'title', 'date', 'date_from', 'date_to', 'date_inferred',
  'senders', 'sender_ids', 'recipients', 'recipient_ids', 'signed_at', 'signed_at_coordinates', 'place', 'place_coordinates',
  'holdings', 'citations', 'first_citation', 'sources',
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

/** `entities` holds the parties and the treaties' places (for coordinates); a place missing from it has none. */
export function toCsv(entries: readonly CalendarEntry[], entities: ReadonlyMap<string, Entity>, options: CsvOptions): ExportResult {
  const rows = entries.map((entry) => row(entry, entities));
  const text = stringify(rows, { header: true, columns: [...COLUMNS], bom: options.bom, record_delimiter: 'windows' });
  return { text, documents: entries.length };
}

/** `lat,lon`, as Palladio reads a coordinates column. */
function latLon(entity: Entity | undefined): string {
  const coordinates = entity?.attributes.coordinates;
  return coordinates ? `${coordinates.lat},${coordinates.lon}` : '';
}

/**
 * The one place a map puts a document at: where a treaty was signed, else a place the document
 * was addressed to or sent from (`a letter addressed to Moscow`). Palladio takes one per row.
 */
function placeOf(entry: CalendarEntry): { label: string; id?: string } | undefined {
  if (entry.signedAt) return { label: entry.signedAt.label, id: entry.signedAt.entity };
  return [...entry.recipients, ...entry.senders].find((party) => party.type === 'place');
}

function row(entry: CalendarEntry, entities: ReadonlyMap<string, Entity>): Row {
  const bounds = entry.date && edtfBounds(entry.date.edtf);
  const place = placeOf(entry);
  return {
    id: entry.id,
    type: entry.type,
    title: entry.title ?? '',
    date: entry.date?.edtf ?? '',
    date_from: bounds?.min ?? '',
    date_to: bounds?.max ?? '',
    date_inferred: entry.date ? String(entry.date.inferred) : '',
    senders: partyNames(entry.senders, entry.senderRoles).join(LIST_SEPARATOR),
    sender_ids: entry.senders.map((party) => party.id).join(LIST_SEPARATOR),
    recipients: partyNames(entry.recipients, entry.recipientRoles).join(LIST_SEPARATOR),
    recipient_ids: entry.recipients.map((party) => party.id).join(LIST_SEPARATOR),
    signed_at: entry.signedAt?.label ?? '',
    signed_at_coordinates: entry.signedAt?.entity ? latLon(entities.get(entry.signedAt.entity)) : '',
    place: place?.label ?? '',
    place_coordinates: place?.id ? latLon(entities.get(place.id)) : '',
    holdings: entry.holdings.map((holding) => holding.text).join(LIST_SEPARATOR),
    citations: String(entry.citations.length),
    first_citation: entry.citations[0]?.text ?? '',
    sources: [...new Set(entry.citations.map((citation) => basename(citation.path)))].join(LIST_SEPARATOR),
  };
}
