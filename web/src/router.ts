/**
 * Hash routes (`#/search?q=…`, `#/source/ID?at=…`, `#/entity/ID`), so that every view has a URL
 * that can be bookmarked, shared and reloaded without the server knowing about them.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** The view: overview (the default), search, claims, source, entity, sources, ingest, edits. */
  view: string;
  /** What the view is about (a source or entity id), when it is about one thing. */
  id?: string;
  query: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [view = '', ...rest] = path.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : undefined;
  return { view: view || 'overview', ...(id ? { id } : {}), query: new URLSearchParams(search) };
}

/** The hash of a view, with the defined, non-empty parameters. */
export function href(view: string, id?: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `#/${view}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${search ? `?${search}` : ''}`;
}

/** Changes the URL without a history entry or a new route (a search box typed into). */
export function replaceHash(hash: string): void {
  history.replaceState(null, '', hash);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
