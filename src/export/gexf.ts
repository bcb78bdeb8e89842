/**
 * The network as GEXF 1.3, the file Gephi opens: entities as nodes (label, type, mentions,
 * documents), links as weighted edges, and, when asked, the months each node and edge is active
 * in as spells, so that Gephi's timeline can play the network month by month.
 */
import { create } from 'xmlbuilder2';
import type { MonthCount, MonthPeriod, Network, NetworkKind, Store } from '../store/store.js';
import { EVERY } from './index.js';

type XMLBuilder = ReturnType<typeof create>;

const GEXF_NAMESPACE = 'http://gexf.net/1.3';

export interface GexfOptions extends MonthPeriod {
  kind: NetworkKind;
  /** At most this many nodes, the most active (default: all). */
  nodes?: number;
  /** At most this many edges, the heaviest (default: all between the nodes). */
  edges?: number;
  /** Months each node and edge is active in, one query per month of the period. */
  spells: boolean;
  exportedAt: Date;
}

export interface GexfResult {
  text: string;
  nodes: number;
  edges: number;
}

interface Spell {
  start: string;
  end: string;
}

export async function exportNetwork(store: Store, options: GexfOptions): Promise<GexfResult> {
  const period = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) };
  const network = await store.network({ ...period, kind: options.kind, nodes: options.nodes ?? EVERY, edges: options.edges ?? EVERY });
  const spells = options.spells ? await monthlySpells(store, network, period) : undefined;
  return { text: toGexf(network, spells, options), nodes: network.nodes.length, edges: network.edges.length };
}

function edgeKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/**
 * The months each node and edge is active in, merged into runs of consecutive months. A node or
 * edge whose activity is undated has none, and Gephi then shows it at every time.
 */
async function monthlySpells(store: Store, network: Network, period: MonthPeriod): Promise<Map<string, Spell[]>> {
  const nodes = new Set(network.nodes.map((node) => node.id));
  const edges = new Set(network.edges.map((edge) => edgeKey(edge.source, edge.target)));
  const active = new Map<string, string[]>();
  const mark = (key: string, month: string) => active.set(key, [...(active.get(key) ?? []), month]);
  for (const { month } of monthsWithin(network.months, period)) {
    const slice = await store.network({ kind: network.kind, from: month, to: month, nodes: EVERY, edges: EVERY });
    for (const node of slice.nodes) if (nodes.has(node.id)) mark(node.id, month);
    for (const edge of slice.edges) if (edges.has(edgeKey(edge.source, edge.target))) mark(edgeKey(edge.source, edge.target), month);
  }
  return new Map([...active].map(([key, months]) => [key, spellsOf(months)]));
}

function monthsWithin(months: readonly MonthCount[], { from, to }: MonthPeriod): MonthCount[] {
  return months.filter(({ month }) => (from === undefined || month.slice(0, from.length) >= from) && (to === undefined || month.slice(0, to.length) <= to));
}

/** Sorted months (`YYYY-MM`) as runs of consecutive months, each from its first day to its last. */
function spellsOf(months: readonly string[]): Spell[] {
  const spells: Spell[] = [];
  let run: { first: string; last: string } | undefined;
  const close = () => run && spells.push({ start: `${run.first}-01`, end: lastDay(run.last) });
  for (const month of [...months].sort()) {
    if (run && nextMonth(run.last) === month) run.last = month;
    else {
      close();
      run = { first: month, last: month };
    }
  }
  close();
  return spells;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(number + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, '0')}`;
}

const NODE_ATTRIBUTES = [
  { id: 'type', type: 'string' },
  { id: 'mentions', type: 'integer' },
  { id: 'documents', type: 'integer' },
] as const;

function toGexf(network: Network, spells: Map<string, Spell[]> | undefined, options: GexfOptions): string {
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' }).ele(GEXF_NAMESPACE, 'gexf', { version: '1.3' });
  const meta = root.ele('meta', { lastmodifieddate: options.exportedAt.toISOString().slice(0, 10) });
  meta.ele('creator').txt('Dossier');
  meta.ele('description').txt(
    network.kind === 'letters'
      ? 'Who wrote to whom: senders and recipients of the documents the sources cite; edge weights count documents.'
      : 'Who is named with whom: entities named in the same passages; edge weights count passages.',
  );
  const graph = root.ele('graph', {
    defaultedgetype: network.directed ? 'directed' : 'undirected',
    ...(spells ? { mode: 'dynamic', timeformat: 'date' } : { mode: 'static' }),
  });
  const attributes = graph.ele('attributes', { class: 'node', mode: 'static' });
  for (const { id, type } of NODE_ATTRIBUTES) attributes.ele('attribute', { id, title: id, type });
  const nodes = graph.ele('nodes');
  for (const node of network.nodes) {
    const element = nodes.ele('node', { id: node.id, label: node.label });
    const values = element.ele('attvalues');
    values.ele('attvalue', { for: 'type', value: node.type });
    values.ele('attvalue', { for: 'mentions', value: String(node.mentions) });
    if (node.documents !== undefined) values.ele('attvalue', { for: 'documents', value: String(node.documents) });
    writeSpells(element, spells?.get(node.id));
  }
  const edges = graph.ele('edges');
  network.edges.forEach((edge, index) => {
    const element = edges.ele('edge', { id: String(index), source: edge.source, target: edge.target, weight: String(edge.weight) });
    writeSpells(element, spells?.get(edgeKey(edge.source, edge.target)));
  });
  return root.end({ prettyPrint: true });
}

function writeSpells(element: XMLBuilder, spells: readonly Spell[] | undefined): void {
  if (!spells || spells.length === 0) return;
  const list = element.ele('spells');
  for (const spell of spells) list.ele('spell', spell);
}
