/** The network and the map of a period, on a hand-made corpus whose every count is worked out below. */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord, Entity, Mention, Resolution } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import { eachStore, freshFor, type StoreKind } from '../store-kinds.js';
import type { Network, NetworkFilter, Store } from '../../src/store/store.js';
import { sourceOf } from './store-fixtures.js';

/*
 * Passage by passage, the entities each names and the months it counts in:
 *   0  Chicherin, Krasin, Moscow          1921-03
 *   1  Chicherin, Kemal, Narkomindel      1921-08
 *   2  Kemal, Chicherin, Ankara           1921-08 and 1921-09 (a date in each)
 *   3  Krasin, London (no coordinates)    none: summer 1921 runs over three months
 *   4  Krasin, Chicherin                  none: undated
 */
const PASSAGES: Array<{ text: string; names: Array<[string, Mention['kind'], string]>; dates: Array<[string, string]> }> = [
  {
    text: 'Chicherin met Krasin in Moscow on 16 March 1921.',
    names: [['Chicherin', 'person', 'p-chicherin'], ['Krasin', 'person', 'p-krasin'], ['Moscow', 'place', 'l-moscow']],
    dates: [['16 March 1921', '1921-03-16']],
  },
  {
    text: 'Chicherin wrote to Kemal for the Narkomindel on 18 August 1921.',
    names: [['Chicherin', 'person', 'p-chicherin'], ['Kemal', 'person', 'p-kemal'], ['Narkomindel', 'org', 'o-narkomindel']],
    dates: [['18 August 1921', '1921-08-18']],
  },
  {
    text: 'Kemal answered Chicherin from Ankara on 20 August 1921 and again on 2 September 1921.',
    names: [['Kemal', 'person', 'p-kemal'], ['Chicherin', 'person', 'p-chicherin'], ['Ankara', 'place', 'l-ankara']],
    dates: [['20 August 1921', '1921-08-20'], ['2 September 1921', '1921-09-02']],
  },
  {
    text: 'Krasin stayed in London in the summer of 1921.',
    names: [['Krasin', 'person', 'p-krasin'], ['London', 'place', 'l-london']],
    dates: [['summer of 1921', '1921-22']],
  },
  { text: 'Krasin and Chicherin disagreed.', names: [['Krasin', 'person', 'p-krasin'], ['Chicherin', 'person', 'p-chicherin']], dates: [] },
];

const source = sourceOf('/archive/notes.txt', PASSAGES.map((passage) => passage.text), 'en');

/** The mentions of every passage in order of their place in the text, and the entity of each name. */
function annotations(): { mentions: Mention[]; links: Map<string, string> } {
  const found: Array<{ mention: Mention; entity?: string }> = [];
  PASSAGES.forEach((passage, k) => {
    const at = (needle: string) => {
      const start = source.passages[k]!.start + passage.text.indexOf(needle);
      return { start, end: start + needle.length, text: needle, confidence: 0.9 };
    };
    for (const [name, kind, entity] of passage.names) found.push({ mention: { ...at(name), kind, value: { lemma: name } } as Mention, entity });
    for (const [text, edtf] of passage.dates) found.push({ mention: { ...at(text), kind: 'date', value: { edtf, inferred: false } } });
  });
  found.sort((a, b) => a.mention.start - b.mention.start);
  const links = new Map<string, string>();
  found.forEach(({ entity }, ordinal) => entity && links.set(`${source.id}:${ordinal}`, entity));
  return { mentions: found.map(({ mention }) => mention), links };
}

function entity(id: string, type: Entity['type'], label: string, attributes: Entity['attributes'] = {}): Entity {
  return { id, type, label, aliases: [{ text: label, lang: 'en', count: 1 }], attributes };
}

function document(id: string, edtf: string | undefined, senders: string[], recipients: string[]): DocumentRecord {
  return {
    id, type: 'letter', ...(edtf ? { date: { edtf, inferred: false } } : {}),
    senders, recipients, senderRoles: [], recipientRoles: [], holdings: [], citations: [],
  };
}

function resolution(): Resolution {
  return {
    entities: [
      entity('p-chicherin', 'person', 'Chicherin'),
      entity('p-krasin', 'person', 'Krasin'),
      entity('p-kemal', 'person', 'Kemal'),
      entity('o-narkomindel', 'org', 'Narkomindel'),
      entity('l-moscow', 'place', 'Moscow', { coordinates: { lat: 55.75, lon: 37.62 } }),
      entity('l-ankara', 'place', 'Ankara', { coordinates: { lat: 39.93, lon: 32.86 } }),
      entity('l-london', 'place', 'London'),
    ],
    links: annotations().links,
    documents: [
      document('d-march', '1921-03-20', ['p-chicherin'], ['p-kemal']),
      document('d-august', '1921-08-18', ['p-chicherin'], ['p-kemal']),
      document('d-answer', '1921-08-25', ['p-kemal'], ['p-chicherin', 'o-narkomindel']),
      document('d-undated', undefined, ['p-krasin'], ['p-chicherin']),
      document('d-year', '1921', ['p-krasin'], ['p-chicherin']),
    ],
    works: [],
    claims: [],
  };
}

async function storeAt(location: string): Promise<Store> {
  const store = await openStore(location);
  await store.putSources([{ ...source, mentions: annotations().mentions, annotator: 'v1' }]);
  await store.putResolution(resolution());
  return store;
}

async function withStore(t: TestContext, kind: StoreKind, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await storeAt(await freshFor(t, kind));
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

/** Nodes as `id mentions[/documents]`, edges as `source>target weight`, to compare at a glance. */
function drawn(network: Network) {
  return {
    nodes: network.nodes.map((node) => `${node.id} ${node.mentions}${node.documents === undefined ? '' : `/${node.documents}`}`),
    edges: network.edges.map((edge) => `${edge.source}>${edge.target} ${edge.weight}`),
    totals: [network.totalNodes, network.totalEdges],
  };
}

const named = (filter: Omit<NetworkFilter, 'kind'> = {}): NetworkFilter => ({ kind: 'co-occurrence', ...filter });
const letters = (filter: Omit<NetworkFilter, 'kind'> = {}): NetworkFilter => ({ kind: 'letters', ...filter });

test('the months follow each resolution, and a store from before they were kept has them worked out when opened', async (t) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-network-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'network.db');
  const answers = async (store: Store) => ({
    august: drawn(await store.network(named({ from: '1921-08', to: '1921-09' }))),
    months: (await store.network(named())).months,
    places: await store.placeMap({ from: '1921-09' }),
  });
  const store = await storeAt(file);
  let expected;
  try {
    expected = await answers(store);
    const withoutAnkara = resolution();
    withoutAnkara.links = new Map([...withoutAnkara.links].filter(([, id]) => id !== 'l-ankara'));
    withoutAnkara.entities = withoutAnkara.entities.filter((each) => each.id !== 'l-ankara');
    await store.putResolution(withoutAnkara);
    assert.deepEqual(drawn(await store.network(named({ from: '1921-09', to: '1921-09' }))).nodes, ['p-chicherin 1', 'p-kemal 1'], 'Ankara is no longer linked');
    await store.putResolution(resolution());
  } finally {
    await store.close();
  }
  const old = new Database(file);
  old.exec(`DROP TABLE entity_pair_months; DROP TABLE type_months; DROP INDEX entity_months_by_month; DROP TABLE authorities;`);
  old.pragma('user_version = 10');
  old.close();
  const upgraded = await openStore(file);
  try {
    assert.deepEqual(await answers(upgraded), expected);
    assert.equal(expected.august.nodes.length, 4, 'the answers compared are not empty');
  } finally {
    await upgraded.close();
  }
});

eachStore((kind) => {
  test('the co-occurrence network of all time counts every passage, dated or not', (t) =>
    withStore(t, kind, async (store) => {
      const network = await store.network(named({ types: ['person'] }));
      assert.equal(network.directed, false);
      assert.deepEqual(drawn(network), {
        nodes: ['p-chicherin 4', 'p-krasin 3', 'p-kemal 2'],
        edges: ['p-chicherin>p-kemal 2', 'p-chicherin>p-krasin 2'],
        totals: [3, 2],
      });
    }));

  test('the co-occurrence network of a period counts the passages of its months, a passage in every month it has a date of', (t) =>
    withStore(t, kind, async (store) => {
      assert.deepEqual(drawn(await store.network(named({ from: '1921-08', to: '1921-09' }))), {
        nodes: ['p-chicherin 3', 'p-kemal 3', 'l-ankara 2', 'o-narkomindel 1'],
        edges: ['p-chicherin>p-kemal 3', 'l-ankara>p-chicherin 2', 'l-ankara>p-kemal 2', 'o-narkomindel>p-chicherin 1', 'o-narkomindel>p-kemal 1'],
        totals: [4, 5],
      });
      assert.deepEqual(drawn(await store.network(named({ from: '1921-03', to: '1921-03' }))).nodes, ['p-chicherin 1', 'p-krasin 1', 'l-moscow 1']);
      assert.deepEqual(drawn(await store.network(named({ from: '1921-09', to: '1921-09' }))), {
        nodes: ['l-ankara 1', 'p-chicherin 1', 'p-kemal 1'],
        edges: ['l-ankara>p-chicherin 1', 'l-ankara>p-kemal 1', 'p-chicherin>p-kemal 1'],
        totals: [3, 3],
      });
      assert.deepEqual(drawn(await store.network(named({ from: '1921-06', to: '1921-07' }))).nodes, [], 'summer 1921 is in none of its months');
      assert.deepEqual(drawn(await store.network(named({ from: '1921', to: '1921' }))).totals, [6, 8], 'a year is its twelve months');
      assert.deepEqual(drawn(await store.network(named({ to: '1921-03' }))).nodes, ['p-chicherin 1', 'p-krasin 1', 'l-moscow 1'], 'open at one end');
    }));

  test('the network keeps the most active nodes and the heaviest edges between them, and counts what it left out', (t) =>
    withStore(t, kind, async (store) => {
      assert.deepEqual(drawn(await store.network(named({ from: '1921-08', to: '1921-09', nodes: 2 }))), {
        nodes: ['p-chicherin 3', 'p-kemal 3'],
        edges: ['p-chicherin>p-kemal 3'],
        totals: [4, 1],
      });
      assert.deepEqual(drawn(await store.network(named({ from: '1921-08', to: '1921-09', edges: 2 }))).edges, ['p-chicherin>p-kemal 3', 'l-ankara>p-chicherin 2']);
      assert.deepEqual(drawn(await store.network(named({ from: '1921-08', to: '1921-09', types: ['place', 'org'] }))), {
        nodes: ['l-ankara 2', 'o-narkomindel 1'],
        edges: [],
        totals: [2, 0],
      });
    }));

  test('the months of the co-occurrence network are the mentions of the types asked for in each month', (t) =>
    withStore(t, kind, async (store) => {
      assert.deepEqual((await store.network(named())).months, [
        { month: '1921-03', count: 3 },
        { month: '1921-08', count: 6 },
        { month: '1921-09', count: 3 },
      ]);
      assert.deepEqual((await store.network(named({ types: ['person'], from: '1921-03', to: '1921-03' }))).months, [
        { month: '1921-03', count: 2 },
        { month: '1921-08', count: 4 },
        { month: '1921-09', count: 2 },
      ], 'every month, whatever the period');
    }));

  test('the letters network goes from senders to recipients, counting documents dated wholly in the period', (t) =>
    withStore(t, kind, async (store) => {
      const all = await store.network(letters());
      assert.equal(all.directed, true);
      assert.deepEqual(drawn(all), {
        nodes: ['p-chicherin 4/5', 'p-kemal 2/3', 'p-krasin 3/2', 'o-narkomindel 1/1'],
        edges: ['p-chicherin>p-kemal 2', 'p-krasin>p-chicherin 2', 'p-kemal>o-narkomindel 1', 'p-kemal>p-chicherin 1'],
        totals: [4, 4],
      });
      assert.deepEqual(drawn(await store.network(letters({ from: '1921-08', to: '1921-08' }))), {
        nodes: ['p-chicherin 2/2', 'p-kemal 2/2', 'o-narkomindel 1/1'],
        edges: ['p-chicherin>p-kemal 1', 'p-kemal>o-narkomindel 1', 'p-kemal>p-chicherin 1'],
        totals: [3, 3],
      });
      assert.deepEqual(
        drawn(await store.network(letters({ from: '1921', to: '1921' }))).edges,
        ['p-chicherin>p-kemal 2', 'p-kemal>o-narkomindel 1', 'p-kemal>p-chicherin 1', 'p-krasin>p-chicherin 1'],
        'the document of 1921 is in the year, the undated one is not',
      );
      assert.deepEqual(drawn(await store.network(letters({ types: ['org'] }))).nodes, ['o-narkomindel 1/1']);
      assert.deepEqual(drawn(await store.network(letters({ nodes: 2, edges: 1 }))), {
        nodes: ['p-chicherin 4/5', 'p-kemal 2/3'],
        edges: ['p-chicherin>p-kemal 2'],
        totals: [4, 2],
      });
      assert.deepEqual(all.months, [{ month: '1921-03', count: 1 }, { month: '1921-08', count: 2 }], 'documents dated within a month');
    }));

  test('the map shows the places with coordinates mentioned in the period and counts those it cannot place', (t) =>
    withStore(t, kind, async (store) => {
      const all = await store.placeMap();
      assert.deepEqual(all.places, [
        { id: 'l-ankara', type: 'place', label: 'Ankara', mentions: 1, lat: 39.93, lon: 32.86 },
        { id: 'l-moscow', type: 'place', label: 'Moscow', mentions: 1, lat: 55.75, lon: 37.62 },
      ]);
      assert.deepEqual([all.totalPlaces, all.unlocated], [2, 1]);
      assert.deepEqual(all.months, [{ month: '1921-03', count: 1 }, { month: '1921-08', count: 1 }, { month: '1921-09', count: 1 }]);
      const august = await store.placeMap({ from: '1921-08', to: '1921-09' });
      assert.deepEqual(august.places.map((place) => [place.id, place.mentions]), [['l-ankara', 2]]);
      assert.deepEqual([august.totalPlaces, august.unlocated], [1, 0]);
      assert.deepEqual((await store.placeMap({ limit: 1 })).places.map((place) => place.id), ['l-ankara']);
      assert.equal((await store.placeMap({ limit: 1 })).totalPlaces, 2);
    }));

  test('a period that ends before it begins is refused', (t) =>
    withStore(t, kind, async (store) => {
      await assert.rejects(store.network(named({ from: '1921-09', to: '1921-08' })), /ends \(1921-08\) before it begins \(1921-09\)/);
      await assert.rejects(store.placeMap({ from: '1922', to: '1921-12' }), /before it begins/);
    }));
});
