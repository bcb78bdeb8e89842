import { getJson } from '../api';
import { useLoad } from '../load';
import type { Stats } from '../types';

const VIEWS: readonly { view: string; label: string }[] = [
  { view: 'search', label: 'Search' },
  { view: 'sources', label: 'Sources' },
  { view: 'ingest', label: 'Add documents' },
  { view: 'edits', label: 'Corrections' },
  { view: 'calendar', label: 'Calendar' },
  { view: 'timeline', label: 'Timeline' },
];

function statsLine(stats: Stats): string {
  const { person, place, org } = stats.entities;
  return `${stats.sources} sources · ${stats.passages} passages · ${person} people · ${place} places · ${org} organisations · ${stats.documents} cited documents`;
}

/** The navigation and what the store holds, reloaded after every ingest and edit. */
export function Header({ current }: { current: string }) {
  const stats = useLoad((signal) => getJson<Stats>('/api/stats', {}, signal), []);
  return (
    <header class="site-header">
      <a class="brand" href="#/search">
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
