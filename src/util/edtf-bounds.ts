/** The first and last day an EDTF value covers, for ordering and filtering dates. */
import edtf from 'edtf';

export interface DayBounds {
  /** ISO `YYYY-MM-DD`. */
  min: string;
  max: string;
}

/** Undefined for values that cover no definite span (an unknown year, `XXXX-08-18`) or are not EDTF. */
export function edtfBounds(value: string): DayBounds | undefined {
  if (value.startsWith('XXXX')) return undefined;
  try {
    const parsed = edtf(value) as { min: number; max: number };
    if (!Number.isFinite(parsed.min) || !Number.isFinite(parsed.max)) return undefined;
    return { min: isoDay(parsed.min), max: isoDay(parsed.max) };
  } catch {
    return undefined;
  }
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
