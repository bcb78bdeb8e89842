/** At most this many months are drawn one bar each; a longer span is drawn one bar a year. */
const MAX_MONTH_BARS = 120;
const CHART_WIDTH = 720;
const CHART_HEIGHT = 120;
/** A sparkline's bar in its own units (the drawing is stretched to its box). */
const SPARK_BAR = 10;
const SPARK_HEIGHT = 40;

interface Bucket {
  label: string;
  count: number;
}

interface MonthChartProps {
  months: readonly { month: string; count: number }[];
  /** What is counted, for the caption: `Mentions in dated passages`. */
  counted?: string;
  /** Said when there is no month to draw. */
  empty?: string;
  /** A small chart as wide as its box, without axis labels: the shape of the counts at a glance. */
  sparkline?: boolean;
}

/** Counts per month as bars, drawn in SVG, with the empty months between the first and last. */
export function MonthChart({ months, counted = 'Mentions in dated passages', empty = 'No dated passage mentions this entity.', sparkline = false }: MonthChartProps) {
  if (months.length === 0) return <p class="muted">{empty}</p>;
  const buckets = bucketsOf(months);
  const highest = Math.max(...buckets.map(({ count }) => count));
  const byYear = buckets[0]!.label.length === 4;
  const first = buckets[0]!.label;
  const last = buckets[buckets.length - 1]!.label;
  const caption = `${counted}, per ${byYear ? 'year' : 'month'}, ${first} to ${last} (highest bar: ${highest}).`;
  const bars = (barWidth: number, height: number, gap: number) =>
    buckets.map(({ label, count }, k) => {
      const barHeight = Math.round((count / highest) * height);
      return (
        <rect key={label} x={k * barWidth + gap / 2} y={height - barHeight} width={Math.max(1, barWidth - gap)} height={barHeight} class="bar">
          <title>{`${label}: ${count}`}</title>
        </rect>
      );
    });
  if (sparkline) {
    // Stretched to its box: the bars keep their proportions to each other, not their width in pixels.
    return (
      <figure class="sparkline">
        <svg viewBox={`0 0 ${buckets.length * SPARK_BAR} ${SPARK_HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={caption}>
          <line x1={0} y1={SPARK_HEIGHT - 0.5} x2={buckets.length * SPARK_BAR} y2={SPARK_HEIGHT - 0.5} class="baseline" />
          {bars(SPARK_BAR, SPARK_HEIGHT, 2)}
        </svg>
        <div class="sparkline-ends" aria-hidden="true">
          <span>{first}</span>
          <span>{last}</span>
        </div>
        <figcaption>{caption}</figcaption>
      </figure>
    );
  }
  const barWidth = Math.max(3, Math.min(24, Math.floor(CHART_WIDTH / buckets.length)));
  const width = buckets.length * barWidth;
  const labelEvery = Math.ceil(buckets.length / 10);
  return (
    <figure class="month-chart">
      <svg viewBox={`-2 0 ${width + 60} ${CHART_HEIGHT + 18}`} width={width + 60} height={CHART_HEIGHT + 18} role="img" aria-label={`${counted} per ${byYear ? 'year' : 'month'}`}>
        {bars(barWidth, CHART_HEIGHT, 1)}
        {buckets.map(({ label }, k) =>
          k % labelEvery === 0 ? (
            <text key={label} x={k * barWidth} y={CHART_HEIGHT + 14} class="axis-label">
              {label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>{caption}</figcaption>
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
