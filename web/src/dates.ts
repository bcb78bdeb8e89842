/** Dates of documents and events as the Calendar and Timeline views write and mark them. */
import type { DocumentType } from './types';

export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentType, string>> = {
  letter: 'Letter',
  telegram: 'Telegram',
  cipher_telegram: 'Cipher telegram',
  note: 'Note',
  memorandum: 'Memorandum',
  report: 'Report',
  instruction: 'Instruction',
  treaty: 'Treaty',
  decree: 'Decree',
  speech: 'Speech',
  other: 'Other document',
};

export const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_NAMES) as DocumentType[];

const SEASONS: Readonly<Record<string, string>> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };

/**
 * How sure a date is, as the views mark it: `inferred` when context gave part of it (the year,
 * usually), `span` when the text gives a stretch of time rather than a day, month or year
 * (a range, a season, a decade, an approximate or doubtful date), else `stated`.
 */
export type DateCertainty = 'stated' | 'inferred' | 'span';

export function certaintyOf(date: { edtf: string; inferred: boolean }): DateCertainty {
  if (date.inferred) return 'inferred';
  return /[/X?~%]|^\d{4}-2[1-4]$/.test(date.edtf) ? 'span' : 'stated';
}

export const CERTAINTY_NAMES: Readonly<Record<DateCertainty, string>> = {
  stated: 'date as stated',
  inferred: 'year or part inferred from context',
  span: 'uncertain: a range, season or approximate date',
};

/** An EDTF value in words: `1921-22` → `summer 1921`, `192X` → `1920s`, `a/b` → `a – b`. */
export function describeDate(edtf: string): string {
  const season = /^(\d{4})-(2[1-4])$/.exec(edtf);
  if (season) return `${SEASONS[season[2]!]} ${season[1]}`;
  if (/^\d{3}X$/.test(edtf)) return `${edtf.slice(0, 3)}0s`;
  if (/^\d{2}XX$/.test(edtf)) return `${edtf.slice(0, 2)}00s`;
  return edtf.replace('/', ' – ').replace(/~$/, ' (approximately)').replace(/\?$/, ' (doubtful)');
}

/** A year, year-month or day, as the API's period filters take them. */
export function isPartialDate(value: string): boolean {
  return /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value);
}
