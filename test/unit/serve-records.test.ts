/** The API of the Calendar and Timeline views on a store of the seed texts: calendar export, the drawn timeline. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { exportCalendar } from '../../src/export/calendar-export.js';
import type { Api } from '../../src/serve/app.js';
import type { CalendarEntry, Store } from '../../src/store/store.js';
import { apiOnSeeds, type ApiFixture } from './api-fixture.js';
import { eachStore } from '../store-kinds.js';


interface TimelineItems {
  documents: Array<{ id: string; type: string; edtf: string; inferred: boolean; min: string; max: string; senders: Array<{ id: string }>; recipients: Array<{ id: string }>; citation: { sourceId: string; start: number } }>;
  documentsComplete: boolean;
  events: Array<{ sourceId: string; start: number; edtf: string; inferred: boolean; min: string; max: string; sentence: string; text: string; actors: Array<{ id: string; type: string; label: string }> }>;
  eventTotal: number;
  unit: 'year' | 'month' | 'day';
  eventCounts: Array<{ period: string; count: number }>;
}

let fixture: ApiFixture;
let store: Store;
let app: Api;

async function get(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, text: response.body, headers: response.headers };
}

async function items(query = ''): Promise<TimelineItems> {
  const { status, text } = await get(`/api/timeline/items${query}`);
  assert.equal(status, 200, text);
  return JSON.parse(text) as TimelineItems;
}

eachStore((kind) => {
  before(async () => {
    fixture = await apiOnSeeds('dossier-records-', {}, kind);
    ({ store, app } = fixture);
  });

  after(() => fixture.close());


  /** The sender or recipient who takes part in the most documents of the calendar. */
  async function busiestParty(): Promise<string> {
    const counts = new Map<string, number>();
    for (const entry of await store.calendar()) {
      for (const party of [...entry.senders, ...entry.recipients]) counts.set(party.id, (counts.get(party.id) ?? 0) + 1);
    }
    const [busiest] = [...counts].sort(([, a], [, b]) => b - a);
    assert.ok(busiest && busiest[1] > 1, 'some party takes part in several documents');
    return busiest[0];
  }

  describe('calendar export', () => {
    test('CSV of a filter is a download with a row per document the calendar lists', async () => {
      const { status, text, headers } = await get('/api/export/calendar?format=csv&from=1921-08&to=1921-09');
      assert.equal(status, 200);
      assert.match(String(headers['content-type']), /^text\/csv/);
      assert.match(String(headers['content-disposition']), /^attachment; filename="calendar\.csv"$/);
      const rows = parse(text, { columns: true }) as Array<{ id: string; date_from: string; date_to: string }>;
      const listed = (await get('/api/calendar?from=1921-08&to=1921-09')).text;
      assert.deepEqual(rows.map((row) => row.id), (JSON.parse(listed) as CalendarEntry[]).map((entry) => entry.id));
      assert.ok(rows.length > 0);
      for (const row of rows) assert.ok(row.date_from >= '1921-08-01' && row.date_to <= '1921-09-30', `${row.id} is dated inside the filter`);
    });

    test('the API and the command line export one and the same file', async () => {
      const entity = await busiestParty();
      const fromApi = (await get(`/api/export/calendar?format=csv&entity=${entity}`)).text;
      const direct = await exportCalendar(store, { entity }, { format: 'csv', bom: false });
      assert.equal(fromApi, direct.text);
      assert.ok(direct.documents > 1);
    });

    test('CMIF holds the correspondence of the filter, without treaties', async () => {
      const { status, text, headers } = await get('/api/export/calendar?format=cmif');
      assert.equal(status, 200);
      assert.match(String(headers['content-type']), /^application\/tei\+xml/);
      assert.match(String(headers['content-disposition']), /filename="calendar-cmif\.xml"/);
      const described = text.match(/<correspDesc /g)?.length ?? 0;
      const correspondence = (await store.calendar()).filter((entry) => entry.type !== 'treaty').length;
      assert.equal(described, correspondence);
    });

    test('bad filters are clear 400s', async () => {
      const cases: Array<[string, RegExp]> = [
        ['format=pdf', /format must be one of csv, cmif/],
        ['format=csv&from=August', /from must be a year, year-month or day/],
        ['format=csv&entity=no-such-entity', /no entity has the id "no-such-entity"/],
        ['format=cmif&type=treaty', /no letters, telegrams or notes match/],
      ];
      for (const [query, message] of cases) {
        const { status, text } = await get(`/api/export/calendar?${query}`);
        assert.equal(status, 400, query);
        assert.match(JSON.parse(text).message, message, query);
      }
    });
  });

  describe('calendar by entity', () => {
    test('entity keeps the documents that entity sent or received', async () => {
      const entity = await busiestParty();
      const { status, text } = await get(`/api/calendar?entity=${entity}`);
      assert.equal(status, 200);
      const entries = JSON.parse(text) as CalendarEntry[];
      assert.ok(entries.length > 1 && entries.length < (await store.calendar()).length);
      for (const entry of entries) assert.ok([...entry.senders, ...entry.recipients].some((party) => party.id === entity));
    });
  });

  describe('timeline items', () => {
    test('documents and dated sentences in order of date, each drawable from its first to its last day', async () => {
      const drawn = await items();
      assert.ok(drawn.documents.length > 10 && drawn.documentsComplete);
      assert.ok(drawn.events.length > 100 && drawn.events.length === drawn.eventTotal);
      assert.deepEqual(drawn.eventCounts, []);
      for (const item of [...drawn.documents, ...drawn.events]) assert.ok(item.min <= item.max, item.edtf);
      assert.deepEqual(drawn.documents.map((item) => item.min), drawn.documents.map((item) => item.min).sort());
      assert.ok(drawn.events.some((event) => event.inferred) && drawn.events.some((event) => !event.inferred));
      assert.ok(drawn.events.some((event) => event.min !== event.max), 'some dates are ranges');
    });

    test("an event's actors are the people and organisations its sentence names", async () => {
      const drawn = await items();
      const withActors = drawn.events.filter((event) => event.actors.length > 0);
      assert.ok(withActors.length > drawn.events.length / 10);
      for (const event of withActors) {
        for (const actor of event.actors) {
          assert.ok(actor.type === 'person' || actor.type === 'org');
          const names = (await store.getEntity(actor.id, { limit: 'all' }))!.mentionList.filter((mention) => mention.sourceId === event.sourceId);
          assert.ok(names.some((mention) => mention.sentence === event.sentence), `${actor.label} is named in "${event.sentence}"`);
        }
      }
    });

    test('an entity keeps its documents and the dates of the passages that mention it', async () => {
      const entity = await busiestParty();
      const all = await items();
      const drawn = await items(`?entity=${entity}`);
      assert.ok(drawn.documents.length > 0 && drawn.documents.length < all.documents.length);
      for (const document of drawn.documents) assert.ok([...document.senders, ...document.recipients].some((party) => party.id === entity));
      assert.ok(drawn.events.length > 0 && drawn.events.length < all.events.length);
    });

    test('a window keeps the dates wholly inside it', async () => {
      const drawn = await items('?from=1921-08&to=1921-09');
      assert.ok(drawn.events.length > 0 && drawn.documents.length > 0);
      for (const item of [...drawn.events, ...drawn.documents]) assert.ok(item.min >= '1921-08-01' && item.max <= '1921-09-30', item.edtf);
    });

    test('more sentences than the limit come as counts per period, summing to the total, none drawn one by one', async () => {
      const full = await items();
      const counted = await items('?limit=10');
      assert.equal(counted.events.length, 0);
      assert.equal(counted.eventTotal, full.eventTotal);
      assert.equal(counted.eventCounts.reduce((sum, { count }) => sum + count, 0), full.eventTotal);
      assert.equal(counted.documents.length, 10);
      assert.equal(counted.documentsComplete, false);
      // The seeds' dates span more than a century: counted per year; a two-month window per day.
      assert.equal(counted.unit, 'year');
      for (const { period } of counted.eventCounts) assert.match(period, /^\d{4}$/);
      const month = await items('?from=1921-08&to=1921-09&limit=1');
      assert.equal(month.unit, 'day');
      for (const { period } of month.eventCounts) assert.match(period, /^1921-0[89]-\d\d$/);
    });

    test('bad parameters are clear 400s', async () => {
      for (const [query, message] of [
        ['?entity=nobody', /no entity has the id "nobody"/],
        ['?limit=0', /limit must be >= 1/],
        ['?limit=100000', /limit must be <= 2000/],
        ['?from=21-08', /from must be a year, year-month or day/],
      ] as const) {
        const { status, text } = await get(`/api/timeline/items${query}`);
        assert.equal(status, 400, query);
        assert.match(JSON.parse(text).message, message, query);
      }
    });
  });
});
