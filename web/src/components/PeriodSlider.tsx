import { describePeriod, SPANS, type Period } from '../period';
import type { MonthCount } from '../types';

interface PeriodSliderProps {
  /** The months the slider steps through: those with any activity, in order. */
  months: readonly MonthCount[];
  period: Period;
  /** What a month's count counts, in the plural: `documents`, `mentions`. */
  unit: string;
  onChange: (period: Period) => void;
}

/** The index of the last month on or before `month`, so that a month without activity still has a place. */
function stepOf(months: readonly MonthCount[], month: string): number {
  let step = 0;
  months.forEach((each, k) => {
    if (each.month <= month) step = k;
  });
  return step;
}

/**
 * A slider over the months with any activity, a choice of how many months to show at once, and
 * a way back to all time. Moving the slider from all time shows one period of the chosen span.
 * Its controls join the row of the form around them; the slider takes a row of its own.
 */
export function PeriodSlider({ months, period, unit, onChange }: PeriodSliderProps) {
  const step = period.month === undefined ? months.length - 1 : stepOf(months, period.month);
  const current = months[step];
  const [first, last] = [months[0], months[months.length - 1]];
  const words = period.month !== undefined ? describePeriod(period) : first && last ? `all time (${first.month} to ${last.month})` : 'all time (nothing dated yet)';
  return (
    <div class="period-controls" role="group" aria-label="Period" data-testid="period-slider">
      <label class="field">
        <span>Months at once</span>
        <select name="span" value={String(period.span)} onChange={(event) => onChange({ ...period, span: Number((event.currentTarget as HTMLSelectElement).value) })}>
          {SPANS.map((span) => (
            <option key={span} value={String(span)}>
              {span === 1 ? '1 month' : `${span} months`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="all-time" aria-pressed={period.month === undefined} onClick={() => onChange({ span: period.span })}>
        All time
      </button>
      <label class="field period-range">
        <span>
          Period: <output data-testid="period-label">{words}</output>
          {period.month !== undefined && current?.month === period.month && (
            <span class="muted">
              {' '}
              · {current.count} {unit} in {current.month}
            </span>
          )}
        </span>
        <input
          type="range"
          name="month"
          min={0}
          max={Math.max(0, months.length - 1)}
          step={1}
          value={Math.max(0, step)}
          disabled={months.length === 0}
          aria-valuetext={period.month === undefined ? 'all time' : describePeriod(period)}
          onInput={(event) => {
            const month = months[Number((event.currentTarget as HTMLInputElement).value)];
            if (month) onChange({ ...period, month: month.month });
          }}
        />
      </label>
    </div>
  );
}
