/**
 * GeoJSON and GEXF of the seeds: the places checked by @placemarkio/check-geojson and against the
 * store's coordinates (GeoJSON is lon,lat), the network read back by graphology-gexf (counts,
 * labels, attributes, weights) and its spells by an XML parser.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { check, getIssues } from '@placemarkio/check-geojson';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { exportPlaces } from '../../src/export/geojson.js';
import { exportNetwork } from '../../src/export/gexf.js';
import type { Network, Store } from '../../src/store/store.js';
import { storeOnSeeds, type StoreFixture } from './api-fixture.js';

const EXPORTED_AT = new Date('2024-05-06T07:08:09Z');
let fixture: StoreFixture;
before(async () => {
  fixture = await storeOnSeeds('dossier-network-export-');
});
after(() => fixture.close());

interface PlaceFeature {
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; name: string; mentions: number; first_date?: string; last_date?: string; links?: string[] };
  when?: { timespans: Array<{ start: { earliest: string }; end: { latest: string } }> };
}

describe('GeoJSON of the places', () => {
  it('is valid GeoJSON with every located place, longitude first', async () => {
    const result = await exportPlaces(fixture.store, {});
    assert.deepEqual(getIssues(result.text), []);
    const features = (check(result.text) as unknown as { features: PlaceFeature[] }).features;
    const map = await fixture.store.placeMap({ limit: 10_000 });
    assert.equal(features.length, map.totalPlaces);
    assert.equal(result.places, map.totalPlaces);
    assert.equal(result.unlocated, map.unlocated);
    const entities = new Map((await fixture.store.getEntities(features.map((feature) => feature.id))).map((entity) => [entity.id, entity]));
    for (const feature of features) {
      const coordinates = entities.get(feature.id)!.attributes.coordinates!;
      assert.deepEqual(feature.geometry.coordinates, [coordinates.lon, coordinates.lat], feature.properties.name);
      assert.equal(feature.properties.name, entities.get(feature.id)!.label);
    }
    // Known places, so that a swap of latitude and longitude cannot pass: Moscow lies far east of Greenwich, well north of the equator.
    const moscow = features.find((feature) => feature.properties.name === 'Moscow')!;
    assert.ok(moscow.geometry.coordinates[0] > 37 && moscow.geometry.coordinates[0] < 38.5 && moscow.geometry.coordinates[1] > 55 && moscow.geometry.coordinates[1] < 56.5);
    assert.ok(moscow.properties.links?.some((link) => link.startsWith('http://www.geonames.org/')));
  });

  it('gives each place its mentions and the period of the dates around it', async () => {
    const features = (JSON.parse((await exportPlaces(fixture.store, {})).text) as { features: PlaceFeature[] }).features;
    for (const feature of features.slice(0, 10)) {
      const details = (await fixture.store.getEntity(feature.id, { limit: 0 }))!;
      assert.equal(feature.properties.mentions, details.mentions);
      assert.equal(feature.properties.first_date, details.firstDate);
      assert.equal(feature.properties.last_date, details.lastDate);
      if (feature.when) assert.ok(feature.when.timespans[0]!.start.earliest <= feature.when.timespans[0]!.end.latest);
    }
    assert.ok(features.every((feature, k) => k === 0 || features[k - 1]!.properties.mentions >= feature.properties.mentions), 'most mentioned first');
  });

  it('keeps to a period: fewer places, each mentioned within it', async () => {
    const all = await exportPlaces(fixture.store, {});
    const august = await exportPlaces(fixture.store, { from: '1921-08', to: '1921-08' });
    assert.ok(august.places > 0 && august.places < all.places, `${august.places} of ${all.places}`);
    assert.deepEqual(getIssues(august.text), []);
  });
});

function readXml(text: string): Element {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement!;
}

describe('GEXF of the network', () => {
  for (const kind of ['co-occurrence', 'letters'] as const) {
    it(`${kind}: graphology reads every node and edge with its label, type, mentions and weight`, async () => {
      const network = await fixture.store.network({ kind, nodes: 100_000, edges: 1_000_000 });
      const result = await exportNetwork(fixture.store, { kind, spells: false, exportedAt: EXPORTED_AT });
      const graph = parseGexf(Graph, result.text);
      assert.equal(graph.type, kind === 'letters' ? 'directed' : 'undirected');
      assert.equal(graph.order, network.totalNodes);
      assert.equal(graph.size, network.totalEdges);
      assert.equal(result.edges, graph.size);
      for (const node of network.nodes) {
        const attributes = graph.getNodeAttributes(node.id);
        assert.equal(attributes.label, node.label);
        assert.equal(attributes.type, node.type);
        assert.equal(attributes.mentions, node.mentions);
        if (kind === 'letters') assert.equal(attributes.documents, node.documents);
      }
      for (const edge of network.edges) assert.equal(graph.getEdgeAttribute(graph.edge(edge.source, edge.target)!, 'weight'), edge.weight);
    });
  }

  it('cuts to the most active nodes and heaviest edges when asked', async () => {
    const graph = parseGexf(Graph, (await exportNetwork(fixture.store, { kind: 'co-occurrence', nodes: 20, edges: 30, spells: false, exportedAt: EXPORTED_AT })).text);
    assert.equal(graph.order, 20);
    assert.equal(graph.size, 30);
  });

  it('gives nodes and edges the months they are active in as spells, edges only when both ends are', async () => {
    const result = await exportNetwork(fixture.store, { kind: 'letters', spells: true, exportedAt: EXPORTED_AT });
    const root = readXml(result.text);
    const graphElement = root.getElementsByTagName('graph')[0]!;
    assert.equal(graphElement.getAttribute('mode'), 'dynamic');
    const spellsOf = (element: Element) => Array.from(element.getElementsByTagName('spell')).map((spell) => [spell.getAttribute('start')!, spell.getAttribute('end')!] as const);
    const nodes = new Map(Array.from(root.getElementsByTagName('node')).map((node) => [node.getAttribute('id')!, spellsOf(node)]));
    const calendar = await fixture.store.calendar({});
    let dynamic = 0;
    for (const edge of Array.from(root.getElementsByTagName('edge'))) {
      const spells = spellsOf(edge);
      if (spells.length > 0) dynamic++;
      for (const [start, end] of spells) {
        assert.ok(start <= end && /^\d{4}-\d{2}-01$/.test(start) && /^\d{4}-\d{2}-(28|29|30|31)$/.test(end), `${start}–${end}`);
        for (const endpoint of [edge.getAttribute('source')!, edge.getAttribute('target')!]) {
          assert.ok(nodes.get(endpoint)!.some(([from, to]) => from <= start && end <= to), `${endpoint} is active when its edge is`);
        }
        // A letter of that sender to that recipient is dated within the spell.
        assert.ok(calendar.some((entry) => entry.date && entry.senders.some((party) => party.id === edge.getAttribute('source')) && entry.recipients.some((party) => party.id === edge.getAttribute('target')) && entry.date.edtf.slice(0, 7) >= start.slice(0, 7) && entry.date.edtf.slice(0, 7) <= end.slice(0, 7)));
      }
    }
    assert.ok(dynamic > 5, `${dynamic} edges with spells`);
  });

  it('writes hostile labels and ids so that they read back unchanged', async () => {
    const hostile: Network = {
      kind: 'letters',
      directed: true,
      nodes: [
        { id: 'p-"1"&<2>', type: 'person', label: `<script>alert("x")</script> & 'Co'\u0007`, mentions: 3, documents: 1 },
        { id: 'o-2', type: 'org', label: 'Комитет «Центр»', mentions: 0, documents: 1 },
      ],
      edges: [{ source: 'p-"1"&<2>', target: 'o-2', weight: 1 }],
      totalNodes: 2,
      totalEdges: 1,
      months: [],
    };
    // Only the network is read: a store that has nothing else.
    const store = { network: async () => hostile } as unknown as Store;
    const graph = parseGexf(Graph, (await exportNetwork(store, { kind: 'letters', spells: false, exportedAt: EXPORTED_AT })).text);
    // XML cannot hold a control character: it becomes U+FFFD.
    assert.equal(graph.getNodeAttribute('p-"1"&<2>', 'label'), `<script>alert("x")</script> & 'Co'\uFFFD`);
    assert.equal(graph.getNodeAttribute('o-2', 'label'), 'Комитет «Центр»');
    assert.ok(graph.hasDirectedEdge('p-"1"&<2>', 'o-2'));
  });
});
