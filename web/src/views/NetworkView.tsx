import { useEffect, useState } from 'preact/hooks';
import { getJson } from '../api';
import { DrawnList } from '../components/DrawnList';
import { NetworkGraph } from '../components/NetworkGraph';
import { Notice } from '../components/Notice';
import { PeriodSlider } from '../components/PeriodSlider';
import { ShapeKey } from '../components/ShapeKey';
import { countOf } from '../format';
import { useLoad } from '../load';
import { ENTITY_KINDS, KIND_NAMES } from '../mentions';
import { describePeriod, periodBounds, periodFromQuery, periodQuery, type Period } from '../period';
import { href, replaceHash } from '../router';
import type { EntityKind, NetworkData, NetworkKind } from '../types';

const NODE_COUNTS = [25, 50, 100, 200];
const KINDS: Readonly<Record<NetworkKind, { label: string; nodes: string; edges: string; months: string }>> = {
  letters: { label: 'Who wrote to whom', nodes: 'correspondents', edges: 'sender → recipient links', months: 'documents' },
  'co-occurrence': { label: 'Who is named with whom', nodes: 'entities', edges: 'links', months: 'mentions' },
};

interface Filters {
  kind: NetworkKind;
  types: EntityKind[];
  nodes: number;
}

function filtersFromQuery(query: URLSearchParams): Filters {
  const types = (query.get('type') ?? '').split(',').filter((type): type is EntityKind => (ENTITY_KINDS as readonly string[]).includes(type));
  const nodes = Number(query.get('nodes'));
  return {
    kind: query.get('kind') === 'co-occurrence' ? 'co-occurrence' : 'letters',
    types: types.length ? types : [...ENTITY_KINDS],
    nodes: NODE_COUNTS.includes(nodes) ? nodes : 50,
  };
}

/** The API's query: types repeated, and left out when all are asked for. */
function networkUrl(filters: Filters, period: Period): string {
  const params = new URLSearchParams({ kind: filters.kind, nodes: String(filters.nodes) });
  if (filters.types.length < ENTITY_KINDS.length) for (const type of filters.types) params.append('type', type);
  for (const [name, value] of Object.entries(periodBounds(period))) if (value) params.set(name, value);
  return `/api/network?${params}`;
}

/** Who wrote to whom, or who is named with whom, in a period: a graph, and the same nodes as a list. */
export function NetworkView({ query }: { query: URLSearchParams }) {
  const [filters, setFilters] = useState(() => filtersFromQuery(query));
  const [period, setPeriod] = useState(() => periodFromQuery(query));
  const [highlighted, setHighlighted] = useState<string>();
  const network = useLoad((signal) => getJson<NetworkData>(networkUrl(filters, period), {}, signal), [JSON.stringify(filters), JSON.stringify(period)]);

  useEffect(
    () =>
      replaceHash(
        href('network', undefined, {
          kind: filters.kind,
          type: filters.types.length < ENTITY_KINDS.length ? filters.types.join(',') : undefined,
          nodes: filters.nodes === 50 ? undefined : filters.nodes,
          ...periodQuery(period),
        }),
      ),
    [filters, period],
  );

  const toggleType = (type: EntityKind) =>
    setFilters((current) => {
      const types = current.types.includes(type) ? current.types.filter((each) => each !== type) : [...current.types, type];
      // At least one type: none would draw nothing and ask the server for everything.
      return types.length ? { ...current, types: ENTITY_KINDS.filter((each) => types.includes(each)) } : current;
    });
  const data = network.data;
  const words = KINDS[filters.kind];

  return (
    <section class="graph-view network-view">
      <h1>Network</h1>
      <form class="graph-controls" onSubmit={(event) => event.preventDefault()}>
        <label class="field">
          <span>Network</span>
          <select name="kind" value={filters.kind} onChange={(event) => setFilters({ ...filters, kind: (event.currentTarget as HTMLSelectElement).value as NetworkKind })}>
            {Object.entries(KINDS).map(([kind, { label }]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="type-filter">
          <legend>Show</legend>
          {ENTITY_KINDS.map((type) => (
            <label key={type} class="checkbox-inline">
              <input type="checkbox" name="type" value={type} checked={filters.types.includes(type)} onChange={() => toggleType(type)} />
              <ShapeKey kind={type} /> {KIND_NAMES[type]}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>At most</span>
          <select name="nodes" value={String(filters.nodes)} onChange={(event) => setFilters({ ...filters, nodes: Number((event.currentTarget as HTMLSelectElement).value) })}>
            {NODE_COUNTS.map((count) => (
              <option key={count} value={String(count)}>
                {count} nodes
              </option>
            ))}
          </select>
        </label>
        <PeriodSlider months={data?.months ?? []} period={period} unit={words.months} onChange={setPeriod} />
      </form>

      {network.state === 'failed' && <Notice tone="error">The network cannot be drawn: {network.error.message}</Notice>}
      {!data && network.state === 'loading' && <Notice tone="loading">Loading the network…</Notice>}
      {data && (
        <>
          <p class="graph-summary" data-testid="network-summary">
            {data.nodes.length} of {data.totalNodes} {words.nodes} and {data.edges.length} of {data.totalEdges} {words.edges}, {describePeriod(period)}.{' '}
            <span class="muted">
              Size: mentions; width: {filters.kind === 'letters' ? 'documents, arrows to the recipient' : 'passages naming both'}.
            </span>
          </p>
          {data.nodes.length === 0 && period.month === undefined && (
            <Notice tone="empty">
              Nothing to draw yet: {filters.kind === 'letters' ? 'no cited document names a sender or recipient' : 'no entity is named'} among the kinds shown.{' '}
              <a href="#/ingest">Add documents</a> or show other kinds.
            </Notice>
          )}
          {data.nodes.length === 0 && period.month !== undefined && (
            <Notice tone="empty">
              Nothing to draw for {describePeriod(period)}: {filters.kind === 'letters' ? 'no cited document dated in it has a sender or recipient' : 'no passage dated in it names anyone'} of the kinds shown. Move the slider or choose all time.
            </Notice>
          )}
          <div class="graph-layout">
            <NetworkGraph data={data} highlighted={highlighted} description={`${words.label}, ${describePeriod(period)}: ${data.nodes.length} nodes, ${data.edges.length} links. The same nodes are listed beside it.`} />
            <DrawnList
              heading={`${data.nodes.length} ${words.nodes}`}
              testId="network-nodes"
              onPoint={setHighlighted}
              items={data.nodes.map((node) => ({
                id: node.id,
                kind: node.type,
                label: node.label,
                details: [KIND_NAMES[node.type].toLowerCase(), countOf(node.mentions, 'mention'), ...(node.documents === undefined ? [] : [countOf(node.documents, 'document')])].join(' · '),
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
