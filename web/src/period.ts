/**
 * The period the network and the map show: all time, or `span` months ending with `month`. The
 * URL keeps it as `month=1921-08&span=3`, the API takes it as `from` and `to`.
 */

export interface Period {
  /** The last month shown (`YYYY-MM`); none: all time. */
  month?: string;
  /** How many months up to `month`. */
  span: number;
}

export const SPANS: readonly number[] = [1, 3, 6, 12];

/** `1921-08` moved by `count` months: `1921-06` for -2. */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The API's `from` and `to` of the period; neither for all time. */
export function periodBounds({ month, span }: Period): { from?: string; to?: string } {
  return month === undefined ? {} : { from: addMonths(month, 1 - span), to: month };
}

/** The period in words: `1921-08`, `1921-06 to 1921-08`, or all time. */
export function describePeriod(period: Period): string {
  const { from, to } = periodBounds(period);
  if (to === undefined) return 'all time';
  return from === to ? to : `${from} to ${to}`;
}

/** The period a view's URL names; anything malformed is all time, one month at a time. */
export function periodFromQuery(query: URLSearchParams): Period {
  const month = query.get('month') ?? '';
  const span = Number(query.get('span'));
  return { ...(/^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? { month } : {}), span: SPANS.includes(span) ? span : 1 };
}

/** The period as the URL keeps it. */
export function periodQuery(period: Period): Record<string, string | number | undefined> {
  return { month: period.month, span: period.month === undefined || period.span === 1 ? undefined : period.span };
}
