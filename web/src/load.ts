/** Loading what a view shows: its state (loading, loaded, failed), cancelled when the view moves on. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onStoreChanged } from './api';

export type Loaded<T> = { state: 'loading'; data?: T } | { state: 'loaded'; data: T } | { state: 'failed'; error: Error; data?: T };

/**
 * Runs `load` whenever `inputs` change (and when the store changes, since ingests and edits change
 * every view); the request of an earlier run is aborted, so a slow answer never overwrites a newer one.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, inputs: readonly unknown[]): Loaded<T> & { reload: () => void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => onStoreChanged(reload), [reload]);
  useEffect(() => {
    const controller = new AbortController();
    // Keep showing the earlier data while the next arrives: no flash of emptiness between pages.
    setResult((previous) => ({ state: 'loading', ...(previous.data === undefined ? {} : { data: previous.data }) }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ state: 'loaded', data });
      },
      (error: Error) => {
        if (!controller.signal.aborted) setResult((previous) => ({ state: 'failed', error, ...(previous.data === undefined ? {} : { data: previous.data }) }));
      },
    );
    return () => controller.abort();
    // `inputs` are the dependencies by design: `load` is a new closure on every render.
  }, [...inputs, generation]);
  return { ...result, reload };
}
