/** The network and map API on a store of the seed texts, called with `inject` (no socket). */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Api } from '../../src/serve/app.js';
import type { Network, PlaceMap } from '../../src/store/store.js';
import { apiOnSeeds, getJson, type ApiFixture } from './api-fixture.js';
import { eachStore } from '../store-kinds.js';

let fixture: ApiFixture;
let app: Api;

/** The JSON of a GET to the fixture's app, which must answer 200. */
const get = <T>(url: string): Promise<T> => getJson<T>(app, url);

/** The busiest month of an answer's months. */
function busiest(months: Network['months']): string {
  return [...months].sort((a, b) => b.count - a.count)[0]!.month;
}

function assertWellFormed(network: Network): void {
  const ids = new Set(network.nodes.map((node) => node.id));
  assert.equal(ids.size, network.nodes.length, 'each node once');
  for (const edge of network.edges) assert.ok(ids.has(edge.source) && ids.has(edge.target), `${edge.source}>${edge.target} joins two nodes shown`);
  assert.ok(network.totalNodes >= network.nodes.length && network.totalEdges >= network.edges.length);
  const months = network.months.map((each) => each.month);
  assert.deepEqual(months, [...new Set(months)].sort(), 'months in order, each once');
}

eachStore((kind) => {
  before(async () => {
    fixture = await apiOnSeeds('dossier-serve-network-', {}, kind);
    ({ app } = fixture);
  });

  after(() => fixture.close());


  describe('the network', () => {
    test('by default, who wrote to whom: directed, the most active correspondents first', async () => {
      const network = await get<Network>('/api/network');
      assert.equal(network.kind, 'letters');
      assert.equal(network.directed, true);
      assert.ok(network.nodes.length > 5 && network.edges.length > 5, `${network.nodes.length} nodes, ${network.edges.length} edges`);
      assertWellFormed(network);
      const documents = network.nodes.map((node) => node.documents!);
      assert.deepEqual(documents, [...documents].sort((a, b) => b - a));
      const calendar = await get<Array<{ senders: { id: string }[]; recipients: { id: string }[] }>>('/api/calendar');
      const heaviest = network.edges[0]!;
      const written = calendar.filter((record) => record.senders.some((each) => each.id === heaviest.source) && record.recipients.some((each) => each.id === heaviest.target));
      assert.equal(written.length, heaviest.weight, 'the weight counts the calendar\'s documents from sender to recipient');
    });

    test('a month draws only what that month holds, and another month draws another network', async () => {
      const all = await get<Network>('/api/network?kind=co-occurrence&nodes=300');
      assert.equal(all.directed, false);
      const month = busiest(all.months);
      const inMonth = await get<Network>(`/api/network?kind=co-occurrence&from=${month}&to=${month}&nodes=300`);
      assertWellFormed(inMonth);
      assert.ok(inMonth.nodes.length > 0 && inMonth.nodes.length < all.nodes.length);
      const totals = new Map(all.nodes.map((node) => [node.id, node.mentions]));
      for (const node of inMonth.nodes) assert.ok(node.mentions > 0 && node.mentions <= totals.get(node.id)!, `${node.label}: ${node.mentions} of ${totals.get(node.id)}`);
      assert.equal(inMonth.nodes.reduce((sum, node) => sum + node.mentions, 0), all.months.find((each) => each.month === month)!.count, 'the month\'s count is its nodes\' mentions');
      const other = all.months.find((each) => each.month !== month && each.count > 0)!.month;
      const inOther = await get<Network>(`/api/network?kind=co-occurrence&from=${other}&to=${other}&nodes=300`);
      assert.notDeepEqual(inOther.nodes.map((node) => node.id), inMonth.nodes.map((node) => node.id));
    });

    test('types, and the numbers of nodes and edges, narrow what is drawn', async () => {
      const people = await get<Network>('/api/network?kind=co-occurrence&type=person&type=org');
      assert.ok(people.nodes.length > 0 && people.nodes.every((node) => node.type === 'person' || node.type === 'org'));
      const places = await get<Network>('/api/network?kind=co-occurrence&type=place');
      assert.ok(places.nodes.length > 0 && places.nodes.every((node) => node.type === 'place'));
      const few = await get<Network>('/api/network?kind=co-occurrence&nodes=5&edges=3');
      assert.equal(few.nodes.length, 5);
      assert.equal(few.edges.length, 3);
      assert.ok(few.totalNodes > 5 && few.totalEdges >= 3);
      assertWellFormed(few);
    });
  });

  describe('the map', () => {
    test('places with coordinates, most mentioned first, fewer in a month than in all time', async () => {
      const all = await get<PlaceMap>('/api/map');
      assert.ok(all.places.length > 10);
      for (const place of all.places) {
        assert.equal(place.type, 'place');
        assert.ok(Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180, `${place.label} at ${place.lat}, ${place.lon}`);
      }
      const mentions = all.places.map((place) => place.mentions);
      assert.deepEqual(mentions, [...mentions].sort((a, b) => b - a));
      const month = busiest(all.months);
      const inMonth = await get<PlaceMap>(`/api/map?from=${month}&to=${month}`);
      assert.ok(inMonth.places.length > 0 && inMonth.totalPlaces < all.totalPlaces);
      assert.equal((await get<PlaceMap>('/api/map?limit=3')).places.length, 3);
    });
  });

  describe('refusals', () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/network?from=1921-13', /from must be a year or year-month/],
      ['/api/network?from=1921-08-18', /from must be a year or year-month/],
      ['/api/network?from=1921-09&to=1921-08', /the period ends \(1921-08\) before it begins \(1921-09\)/],
      ['/api/network?kind=friends', /kind must be one of letters, co-occurrence/],
      ['/api/network?type=ship', /type.* must be one of person, place, org/],
      ['/api/network?nodes=0', /nodes must be >= 1/],
      ['/api/network?edges=100000', /edges must be <= 2000/],
      ['/api/map?limit=0', /limit must be >= 1/],
      ['/api/map?to=1921-00', /to must be a year or year-month/],
      ['/api/map?from=1922&to=1921', /before it begins/],
    ];
    for (const [url, message] of cases) {
      test(`${url} is a 400 that says what is wrong`, async () => {
        const response = await app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 400, response.body);
        assert.equal(response.json().error, 'bad-request');
        assert.match(response.json().message, message);
      });
    }
  });

  test('the OpenAPI document describes both routes and their parameters', async () => {
    const document = await get<{ paths: Record<string, { get: { parameters: Array<{ name: string }> } }> }>('/api/docs/json');
    assert.deepEqual(document.paths['/api/network']!.get.parameters.map((each) => each.name).sort(), ['edges', 'from', 'kind', 'nodes', 'to', 'type']);
    assert.deepEqual(document.paths['/api/map']!.get.parameters.map((each) => each.name).sort(), ['from', 'limit', 'to']);
  });
});
