/**
 * A network as sigma draws it: a graphology graph whose nodes are sized by mentions, shaped and
 * coloured by kind, placed by ForceAtlas2. Nodes already placed in the network drawn before keep
 * their place as the starting point, so that moving through the months changes the picture
 * without scattering it.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { COLOUR_OF, SHAPE_OF } from './kind-style';
import type { NetworkData } from './types';

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

const NODE_SIZE = { least: 4, most: 18 };
const EDGE_SIZE = { least: 0.8, most: 6 };
/** Iterations for a network laid out from scratch, and from the places of the network before. */
const ITERATIONS = { fresh: 300, settled: 80 };
/** A turn of the golden angle between new nodes: a spiral with no two on the same ray. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Between `least` and `most`, by the square root of the share of the largest, so that areas grow with the count. */
function scaled(value: number, largest: number, { least, most }: { least: number; most: number }): number {
  return least + (most - least) * Math.sqrt(value / Math.max(1, largest));
}

export function layOut(data: NetworkData, before: Positions): Graph {
  const graph = new Graph({ type: data.directed ? 'directed' : 'undirected' });
  const mostMentions = Math.max(...data.nodes.map((node) => node.mentions), 1);
  data.nodes.forEach((node, k) => {
    const place = before.get(node.id) ?? { x: Math.sqrt(k + 1) * Math.cos(k * GOLDEN_ANGLE), y: Math.sqrt(k + 1) * Math.sin(k * GOLDEN_ANGLE) };
    graph.addNode(node.id, {
      ...place,
      label: node.label,
      size: scaled(node.mentions, mostMentions, NODE_SIZE),
      color: COLOUR_OF[node.type],
      type: SHAPE_OF[node.type],
    });
  });
  const heaviest = Math.max(...data.edges.map((edge) => edge.weight), 1);
  for (const edge of data.edges) {
    graph.addEdge(edge.source, edge.target, {
      weight: edge.weight,
      size: scaled(edge.weight, heaviest, EDGE_SIZE),
      // Translucent, so that the nodes stand out of a dense core and heavy edges show through light ones.
      color: data.directed ? 'rgba(87, 96, 106, 0.7)' : 'rgba(140, 149, 159, 0.45)',
      type: data.directed ? 'arrow' : 'line',
    });
  }
  const placedBefore = data.nodes.some((node) => before.has(node.id));
  forceAtlas2.assign(graph, {
    iterations: placedBefore ? ITERATIONS.settled : ITERATIONS.fresh,
    // Nodes repel by their size (no two drawn on each other) and strongly, so that the dense core
    // opens up; strong gravity keeps the nodes no edge holds near the others.
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: true, scalingRatio: 30, strongGravityMode: true, gravity: 0.2, edgeWeightInfluence: 0.5 },
  });
  return graph;
}
