/** At most this many months are drawn one bar each; a longer span is drawn one bar a year. */
const MAX_MONTH_BARS = 120;
const CHART_WIDTH = 720;
const CHART_HEIGHT = 120;

interface Bucket {
  label: string;
  count: number;
}

/** Mentions per month as bars, drawn in SVG, with the empty months between the first and last. */
export function MonthChart({ months }: { months: readonly { month: string; count: number }[] }) {
  if (months.length === 0) return <p class="muted">No dated passage mentions this entity.</p>;
  const buckets = bucketsOf(months);
  const highest = Math.max(...buckets.map(({ count }) => count));
  const barWidth = Math.max(3, Math.min(24, Math.floor(CHART_WIDTH / buckets.length)));
  const width = buckets.length * barWidth;
  const labelEvery = Math.ceil(buckets.length / 10);
  const byYear = buckets[0]!.label.length === 4;
  return (
    <figure class="month-chart">
      <svg viewBox={`-2 0 ${width + 60} ${CHART_HEIGHT + 18}`} width={width + 60} height={CHART_HEIGHT + 18} role="img" aria-label={`Mentions per ${byYear ? 'year' : 'month'}`}>
        {buckets.map(({ label, count }, k) => {
          const barHeight = Math.round((count / highest) * CHART_HEIGHT);
          return (
            <g key={label}>
              <rect x={k * barWidth + 0.5} y={CHART_HEIGHT - barHeight} width={Math.max(1, barWidth - 1)} height={barHeight} class="bar">
                <title>{`${label}: ${count} mention${count === 1 ? '' : 's'}`}</title>
              </rect>
              {k % labelEvery === 0 && (
                <text x={k * barWidth} y={CHART_HEIGHT + 14} class="axis-label">
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Mentions in dated passages, per {byYear ? 'year' : 'month'}, {buckets[0]!.label} to {buckets[buckets.length - 1]!.label} (highest bar: {highest}).
      </figcaption>
    </figure>
  );
}

/** A bucket per month from the first to the last (empty ones included), or per year when that is too many. */
function bucketsOf(months: readonly { month: string; count: number }[]): Bucket[] {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const [firstYear, firstMonth] = sorted[0]!.month.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = sorted[sorted.length - 1]!.month.split('-').map(Number) as [number, number];
  const span = (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1;
  const byYear = span > MAX_MONTH_BARS;
  const counts = new Map<string, number>();
  for (const { month, count } of sorted) {
    const key = byYear ? month.slice(0, 4) : month;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const buckets: Bucket[] = [];
  if (byYear) {
    for (let year = firstYear; year <= lastYear; year++) buckets.push({ label: String(year), count: counts.get(String(year)) ?? 0 });
    return buckets;
  }
  for (let k = 0; k < span; k++) {
    const year = firstYear + Math.floor((firstMonth - 1 + k) / 12);
    const month = ((firstMonth - 1 + k) % 12) + 1;
    const label = `${year}-${String(month).padStart(2, '0')}`;
    buckets.push({ label, count: counts.get(label) ?? 0 });
  }
  return buckets;
}
