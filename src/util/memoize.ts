import { detached } from './detached.js';

const NO_ANSWER: unique symbol = Symbol('no answer');

/**
 * `compute` with its answers remembered by key. Keys are copied before they are kept, so a
 * word sliced from a document does not keep the document alive in a long-lived cache.
 */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  // An undefined answer is kept as `NO_ANSWER`, so that one look-up tells it from a key never asked.
  const answers = new Map<string, T | typeof NO_ANSWER>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return (known === NO_ANSWER ? undefined : known) as T;
    const answer = compute(key);
    answers.set(detached(key), answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}
