/**
 * The network and the map, each loaded when first opened: sigma and leaflet are large, and the
 * other views need neither.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../components/Notice';

type ViewProps = { query: URLSearchParams };

/** A view whose code is fetched the first time it is shown. */
function lazyView(load: () => Promise<ComponentType<ViewProps>>): ComponentType<ViewProps> {
  let loaded: ComponentType<ViewProps> | undefined;
  return function LazyView(props: ViewProps) {
    const [View, setView] = useState(() => loaded);
    const [error, setError] = useState<Error>();
    useEffect(() => {
      if (View) return;
      load().then((view) => {
        loaded = view;
        setView(() => view);
      }, setError);
    }, []);
    if (error) return <Notice tone="error">This view could not be loaded: {error.message}. Reload the page.</Notice>;
    // A link or the history changing the URL starts the view afresh from it (the view's own changes replace the URL silently).
    return View ? <View key={props.query.toString()} {...props} /> : <Notice tone="loading">Loading the view…</Notice>;
  };
}

export const NetworkView = lazyView(() => import('./NetworkView').then((module) => module.NetworkView));
export const MapView = lazyView(() => import('./MapView').then((module) => module.MapView));
