/** The export stage: the calendar of documents in formats other tools read. One file per format. */
import type { CalendarParty } from '../store/store.js';

export const EXPORT_FORMATS = ['cmif', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  text: string;
  /** How many documents the text holds (a format may leave some kinds out). */
  documents: number;
}

/** The names of a document's senders or recipients: entities by label, then the roles that name nobody, in brackets. */
export function partyNames(named: readonly CalendarParty[], roles: readonly string[]): string[] {
  return [...named.map((party) => party.label), ...roles.map((role) => `[${role}]`)];
}
