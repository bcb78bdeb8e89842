/** Numbers and times as the workbench writes them. */

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** `1 source`, `3 sources`: a count with its noun (plural by an `s`, unless given). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : plural}`;
}
