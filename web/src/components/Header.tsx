import { getJson } from '../api';
import { useLoad } from '../load';
import { href } from '../router';
import type { Stats } from '../types';

/** In the order of the nav, which wraps onto more lines rather than hide any of them. */
const VIEWS: readonly { view: string; label: string }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'search', label: 'Search' },
  { view: 'sources', label: 'Sources' },
  { view: 'calendar', label: 'Calendar' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'network', label: 'Network' },
  { view: 'map', label: 'Map' },
  { view: 'claims', label: 'Claims' },
  { view: 'ingest', label: 'Add documents' },
  { view: 'edits', label: 'Corrections' },
];

function statsLine(stats: Stats): string {
  const { person, place, org } = stats.entities;
  return `${stats.sources} sources · ${stats.passages} passages · ${person} people · ${place} places · ${org} organisations · ${stats.documents} cited documents`;
}

/** Moves the focus to the view without changing the route (`#main` would be read as one). */
function skipToView(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The navigation and what the store holds, reloaded after every ingest and edit. */
export function Header({ current }: { current: string }) {
  const stats = useLoad((signal) => getJson<Stats>('/api/stats', {}, signal), []);
  return (
    <header class="site-header">
      <a class="skip-link" href="#main" onClick={skipToView}>
        Skip to the view
      </a>
      <a class="brand" href={href('overview')}>
        Dossier
      </a>
      <nav aria-label="Views">
        {VIEWS.map(({ view, label }) => (
          <a key={view} href={`#/${view}`} aria-current={current === view ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      <p class="store-stats" data-testid="store-stats">
        {stats.data ? statsLine(stats.data) : stats.state === 'failed' ? `Store statistics unavailable: ${stats.error.message}` : 'Loading store statistics…'}
      </p>
    </header>
  );
}
