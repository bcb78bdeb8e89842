/**
 * One writer of derived knowledge at a time, across processes: resolving the store and
 * replaying the edit log must see every earlier write, so two at once (two server workers,
 * or the server and a `dossier merge` in a terminal) would each lose the other's. Within a
 * process the callers queue; between processes a lock file beside the database decides.
 */
import lockfile from 'proper-lockfile';

/** How long a lock may go unrefreshed before it is taken for a crashed holder's; the holder refreshes it twice as often. */
const STALE_MS = 20_000;

export class WriteLock {
  private last: Promise<unknown> = Promise.resolve();

  /** `file` is the database file; undefined for a store in memory, which no other process can open. */
  constructor(private readonly file: string | undefined) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = async () => {
      if (this.file === undefined) return work();
      // Waits as long as another process writes: an ingest may resolve for minutes.
      const release = await lockfile.lock(this.file, { realpath: false, stale: STALE_MS, retries: { forever: true, minTimeout: 20, maxTimeout: 500 } });
      try {
        return await work();
      } finally {
        await release();
      }
    };
    const run = this.last.then(turn, turn);
    this.last = run.catch(() => undefined);
    return run;
  }
}
