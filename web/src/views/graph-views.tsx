/**
 * The network and the map, each loaded when first opened: sigma and leaflet are large, and the
 * other views need neither.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../components/Notice';
import { parseRoute } from '../router';

type ViewProps = { query: URLSearchParams };

/**
 * The moves to another URL (links, the history), counted, with the query moved to; the views'
 * own changes replace the URL without one. A view keyed by the count starts afresh from the URL
 * it is moved to, even one equal to the URL it was opened with.
 */
function useNavigation(query: URLSearchParams): { count: number; query: URLSearchParams } {
  const [navigation, setNavigation] = useState({ count: 0, query });
  useEffect(() => {
    const moved = () => setNavigation(({ count }) => ({ count: count + 1, query: parseRoute(window.location.hash).query }));
    window.addEventListener('hashchange', moved);
    return () => window.removeEventListener('hashchange', moved);
  }, []);
  return navigation;
}

/** A view whose code is fetched the first time it is shown. */
function lazyView(load: () => Promise<ComponentType<ViewProps>>): ComponentType<ViewProps> {
  let loaded: ComponentType<ViewProps> | undefined;
  return function LazyView(props: ViewProps) {
    const [View, setView] = useState(() => loaded);
    const [error, setError] = useState<Error>();
    const navigation = useNavigation(props.query);
    useEffect(() => {
      if (View) return;
      load().then((view) => {
        loaded = view;
        setView(() => view);
      }, setError);
    }, []);
    if (error) return <Notice tone="error">This view could not be loaded: {error.message}. Reload the page.</Notice>;
    return View ? <View key={navigation.count} query={navigation.query} /> : <Notice tone="loading">Loading the view…</Notice>;
  };
}

export const NetworkView = lazyView(() => import('./NetworkView').then((module) => module.NetworkView));
export const MapView = lazyView(() => import('./MapView').then((module) => module.MapView));
