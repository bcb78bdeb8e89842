/**
 * Claim groups in words, the same wherever they are shown (the `claims` command, the API the
 * workbench reads): values with their thousands marked, what a group is about, the subjects most
 * of its statements name.
 */
import type { ClaimGroup, ClaimReading, ClaimStatement } from '../model.js';

const NUMBERS = new Intl.NumberFormat('en');

/** A figure with its thousands marked (`39,000`), a date as its EDTF. */
export function formatClaimValue(value: number | string): string {
  return typeof value === 'number' ? NUMBERS.format(value) : value;
}

/** A value as a source gives it: `~` when approximate (`~40,000`). */
export function formatClaimReading({ value, approximate }: Pick<ClaimReading, 'value' | 'approximate'>): string {
  return `${approximate ? '~' : ''}${formatClaimValue(value)}`;
}

/** What a group is about: `rifle (total)`, `gold ruble (last part)`, `date of treaty (Kars)`. */
export function claimHeadline(group: Pick<ClaimGroup, 'kind' | 'item' | 'role' | 'part'>): string {
  const role = group.role === 'part' ? `${group.part ?? 'one'} part` : group.role;
  return `${group.kind === 'date' ? `date of ${group.item}` : group.item}${role ? ` (${role})` : ''}`;
}

/** The entities most statements name (ids), at most three, in order of their labels. */
export function commonSubjectIds(statements: readonly Pick<ClaimStatement, 'subjects'>[], labelOf: (id: string) => string): string[] {
  const counts = new Map<string, number>();
  for (const statement of statements) for (const id of statement.subjects) counts.set(id, (counts.get(id) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return [...counts]
    .filter(([, count]) => count === most)
    .map(([id]) => id)
    .sort((a, b) => (labelOf(a) < labelOf(b) ? -1 : labelOf(a) > labelOf(b) ? 1 : 0))
    .slice(0, 3);
}

/** Statements by value, then by source path, so that the statements of one reading stand together. */
export function statementsByValue<T extends Pick<ClaimStatement, 'value'> & { path: string }>(statements: readonly T[]): T[] {
  return [...statements].sort((a, b) => String(a.value).localeCompare(String(b.value), 'en', { numeric: true }) || a.path.localeCompare(b.path));
}
