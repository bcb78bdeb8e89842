import { detached } from './detached.js';

/**
 * `compute` with its answers remembered by key. Keys are copied before they are kept, so a
 * word sliced from a document does not keep the document alive in a long-lived cache.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known!;
    const answer = compute(key);
    answers.set(detached(key), answer);
    return answer;
  };
}
