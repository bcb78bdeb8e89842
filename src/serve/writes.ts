/**
 * Writes one at a time: an ingest or an edit ends by resolving the whole store and replaying
 * every edit, which must see every earlier write — two at once would each miss the other's.
 */
export type WriteQueue = <T>(work: () => Promise<T>) => Promise<T>;

export function writeQueue(): WriteQueue {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = last.then(work, work);
    last = run.catch(() => undefined);
    return run;
  };
}
