/** Spans of a text, kept sorted by start, looked up without scanning them all. */

/** The spans (sorted by start) lying wholly within `[start, end)`, found by bisection: a text may have many. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  const inside: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) inside.push(sorted[i]!);
  return inside;
}
