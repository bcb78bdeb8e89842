import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api';
import { HighlightedText } from '../components/HighlightedText';
import { Notice } from '../components/Notice';
import { Pager } from '../components/Pager';
import { useDebounced } from '../debounce';
import { useLoad } from '../load';
import { href, replaceHash } from '../router';
import type { SearchResults, SourceSummary } from '../types';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'lang', 'source', 'kind', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Full-text search over every passage, as the user types, with filters and pages; the state lives in the URL. */
export function SearchView({ query }: { query: URLSearchParams }) {
  const [filters, setFilters] = useState<Filters>(() => Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Filters);
  const [offset, setOffset] = useState(() => Number(query.get('offset') ?? 0) || 0);
  const settled = useDebounced(filters, 250);
  const sources = useLoad((signal) => getJson<SourceSummary[]>('/api/sources', {}, signal), []);
  const languages = [...new Set((sources.data ?? []).flatMap((source) => source.languages))].sort();

  const results = useLoad(
    (signal) => {
      if (!settled.q.trim()) return Promise.resolve(null);
      return getJson<SearchResults>('/api/search', { ...settled, q: settled.q.trim(), limit: PAGE_SIZE, offset }, signal);
    },
    [JSON.stringify(settled), offset],
  );

  useEffect(() => replaceHash(href('search', undefined, { ...settled, offset: offset || undefined })), [settled, offset]);

  const change = (name: keyof Filters) => (event: Event) => {
    setFilters((current) => ({ ...current, [name]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value }));
    setOffset(0);
  };
  const data = results.data;

  return (
    <section class="search-view">
      <h1>Search the sources</h1>
      <form class="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label class="field search-box">
          <span>Words, "exact phrases", OR, -excluded, prefix*</span>
          <input type="search" name="q" value={filters.q} onInput={change('q')} placeholder="Энвер Батум, Chicherin, treaty…" autofocus />
        </label>
        <div class="filters">
          <label class="field">
            <span>Language</span>
            <select name="lang" value={filters.lang} onChange={change('lang')}>
              <option value="">any</option>
              {languages.map((lang) => (
                <option key={lang} value={lang}>
                  {lang}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Source</span>
            <select name="source" value={filters.source} onChange={change('source')}>
              <option value="">all sources</option>
              {(sources.data ?? []).map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Passages naming a</span>
            <select name="kind" value={filters.kind} onChange={change('kind')}>
              <option value="">anything</option>
              <option value="person">person</option>
              <option value="place">place</option>
              <option value="org">organisation</option>
            </select>
          </label>
          <label class="field">
            <span>Dated from</span>
            <input type="text" name="from" value={filters.from} onInput={change('from')} placeholder="1921 or 1921-08" size={14} />
          </label>
          <label class="field">
            <span>to</span>
            <input type="text" name="to" value={filters.to} onInput={change('to')} placeholder="1921-09-30" size={14} />
          </label>
        </div>
      </form>
      {!settled.q.trim() && <Notice tone="info">Type words to search every passage of every source. Russian and English words match their inflected forms.</Notice>}
      {results.state === 'failed' && <Notice tone="error">The search failed: {results.error.message}</Notice>}
      {results.state === 'loading' && settled.q.trim() && <Notice tone="loading">Searching…</Notice>}
      {data && (
        <>
          <p class="result-count" data-testid="result-count">
            {data.total === 0 ? 'No passage matches.' : `${data.total} passage${data.total === 1 ? '' : 's'} match`}
            {data.total > 0 && ` — showing ${offset + 1}–${offset + data.hits.length}`}
            <span class="muted"> · searched for: {data.interpreted}</span>
          </p>
          {data.warnings.map((warning) => (
            <Notice key={warning} tone="info">
              {warning}
            </Notice>
          ))}
          <ol class="hits" start={offset + 1}>
            {data.hits.map((hit) => (
              <li key={`${hit.sourceId}:${hit.passage}`} class="hit">
                <a class="hit-link" href={href('source', hit.sourceId, { at: hit.start })}>
                  <span class="hit-title">{hit.title}</span>
                  <span class="muted">
                    {' '}
                    · paragraph {hit.passage + 1} · {hit.lang}
                  </span>
                  <span class="snippet" lang={hit.lang}>
                    <HighlightedText text={hit.snippet} highlights={hit.highlights} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
          <Pager label="Result pages" offset={offset} total={data.total} pageSize={PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
    </section>
  );
}
