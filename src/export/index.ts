/**
 * The export stage: what the store holds in formats other tools read. The calendar of documents
 * as CMIF or CSV (`calendar-export.ts`), each source as TEI (`tei.ts`), the names as Web
 * Annotations (`web-annotations.ts`), the places as GeoJSON (`geojson.ts`), the network as GEXF
 * (`gexf.ts`). Every format reads through the Store interface only.
 */
import type { CalendarParty } from '../store/store.js';

export const EXPORT_FORMATS = ['tei', 'cmif', 'csv', 'gexf', 'geojson', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** As many as there are: the store's lists take a limit, and an export wants all. */
export const EVERY = Number.MAX_SAFE_INTEGER;

export interface ExportResult {
  text: string;
  /** How many documents the text holds (a format may leave some kinds out). */
  documents: number;
}

/** The names of a document's senders or recipients: entities by label, then the roles that name nobody, in brackets. */
export function partyNames(named: readonly CalendarParty[], roles: readonly string[]): string[] {
  return [...named.map((party) => party.label), ...roles.map((role) => `[${role}]`)];
}
