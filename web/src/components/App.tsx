import { useEffect } from 'preact/hooks';
import { useRoute } from '../router';
import { ClaimsView } from '../views/ClaimsView';
import { CalendarView } from '../views/CalendarView';
import { EditsView } from '../views/EditsView';
import { EntityView } from '../views/EntityView';
import { MapView, NetworkView } from '../views/graph-views';
import { IngestView } from '../views/IngestView';
import { OverviewView } from '../views/OverviewView';
import { ReaderView } from '../views/ReaderView';
import { SearchView } from '../views/SearchView';
import { SourcesView } from '../views/SourcesView';
import { TimelineView } from '../views/TimelineView';
import { Header } from './Header';
import { Notice } from './Notice';

/** A whole number from a route parameter, or nothing. */
function offsetParameter(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** The workbench: the header and the view the URL names. */
export function App() {
  const route = useRoute();
  useEffect(() => window.scrollTo(0, 0), [route.view, route.id]);

  let view;
  if (route.view === 'search') view = <SearchView query={route.query} />;
  else if (route.view === 'sources') view = <SourcesView />;
  else if (route.view === 'ingest') view = <IngestView />;
  else if (route.view === 'edits') view = <EditsView />;
  else if (route.view === 'overview') view = <OverviewView />;
  else if (route.view === 'claims') view = <ClaimsView query={route.query} />;
  else if (route.view === 'network') view = <NetworkView query={route.query} />;
  else if (route.view === 'map') view = <MapView query={route.query} />;
  else if (route.view === 'calendar') view = <CalendarView key={route.query.toString()} query={route.query} />;
  else if (route.view === 'timeline') view = <TimelineView key={route.query.toString()} query={route.query} />;
  else if (route.view === 'source' && route.id) {
    const at = offsetParameter(route.query.get('at'));
    const end = offsetParameter(route.query.get('end'));
    view = <ReaderView key={route.id} sourceId={route.id} {...(at === undefined ? {} : { at })} {...(end === undefined ? {} : { end })} />;
  } else if (route.view === 'entity' && route.id) view = <EntityView key={route.id} entityId={route.id} />;
  else view = <Notice tone="error">There is no such page here. Try the <a href="#/overview">overview</a> or the <a href="#/search">search</a>.</Notice>;

  return (
    <>
      <Header current={route.view === 'source' ? 'sources' : route.view} />
      <main id="main" tabIndex={-1}>
        {view}
      </main>
    </>
  );
}
