/**
 * The API of the workbench's Claims and Overview views, with `inject`, on the seed texts and two
 * reports that disagree about how many rifles were sent.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Static } from 'typebox';
import type { Api } from '../../src/serve/app.js';
import type { ClaimsResponse, OverviewResponse } from '../../src/serve/schemas.js';
import type { Store } from '../../src/store/store.js';
import { apiOnSeeds, getJson, type ApiFixture } from './api-fixture.js';
import { eachStore } from '../store-kinds.js';

/** Two reports of one delivery that give different numbers of rifles, and the same number of machine guns. */
const DISPUTE = {
  'dispatch.txt': 'Throughout the war the Soviet government armed the Turkish nationalists. During 1922 it delivered to Ankara 60,000 rifles and 180 machine guns by sea.\n',
  'svodka.txt': 'Всю войну советское правительство вооружало турецких националистов. В 1922 г. оно передало Анкаре 50 тыс. винтовок и 180 пулеметов морем.\n',
};

type Claims = Static<typeof ClaimsResponse>;
type Overview = Static<typeof OverviewResponse>;
type Busy = Overview['busiest']['person'][number];

let fixture: ApiFixture;
let store: Store;
let app: Api;

/** The JSON of a GET to the fixture's app, which must answer 200. */
const get = <T>(url: string): Promise<T> => getJson<T>(app, url);

eachStore((kind) => {
  before(async () => {
    fixture = await apiOnSeeds('dossier-overview-', DISPUTE, kind);
    ({ store, app } = fixture);
  });

  after(() => fixture.close());


  describe('GET /api/claims', () => {
    test('conflicts come first, each value with the sources that give it and each statement with its passage', async () => {
      const { groups, total, counts } = await get<Claims>('/api/claims?limit=100');
      assert.equal(total, counts.conflict + counts.agree + counts.single);
      assert.equal(groups.length, total);
      assert.ok(counts.conflict >= 1 && counts.agree >= 1 && counts.single >= 1, JSON.stringify(counts));
      const firstOther = groups.findIndex((group) => group.status !== 'conflict');
      assert.equal(firstOther, counts.conflict, 'every conflict before every other group');

      const rifles = groups.find((group) => group.status === 'conflict' && group.item === 'rifle');
      assert.ok(rifles, 'the two reports conflict about rifles');
      assert.deepEqual(rifles.readings.map((reading) => reading.shown).sort(), ['50,000', '60,000']);
      assert.match(rifles.difference ?? '', /50,000 \(1 source\) vs 60,000|60,000 \(1 source\) vs 50,000/);
      assert.deepEqual(rifles.statements.map((statement) => path.basename(statement.path)), ['svodka.txt', 'dispatch.txt'], 'by value');
      for (const statement of rifles.statements) {
        assert.ok(statement.passage.includes(statement.text), `${statement.text} is not in its passage`);
        const source = await store.getSource(statement.source);
        assert.equal(source?.text.slice(statement.start, statement.end), statement.text, 'the offsets find the statement in its source');
      }
      assert.ok(rifles.subjectEntities.some((entity) => entity.type === 'place' && rifles.subject.includes(entity.label)), JSON.stringify(rifles.subjectEntities));
      for (const entity of rifles.subjectEntities) assert.equal((await get<{ label: string }>(`/api/entities/${entity.id}`)).label, entity.label);
    });

    test('headlines and values in words: roles, approximate values, dates of documents', async () => {
      const { groups } = await get<Claims>('/api/claims?limit=100');
      for (const group of groups) {
        assert.ok(group.headline.startsWith(group.kind === 'date' ? `date of ${group.item}` : group.item), group.headline);
        for (const statement of group.statements) {
          const figure = typeof statement.value === 'number' ? statement.value.toLocaleString('en') : statement.value;
          assert.equal(statement.shown, `${statement.approximate ? '~' : ''}${figure}`);
        }
      }
      assert.ok(groups.some((group) => group.kind === 'date' && group.headline.startsWith('date of ')));
      assert.ok(groups.some((group) => /\((total|.+ part)\)$/.test(group.headline)), 'some group has a role');
    });

    test('conflicts=true keeps only the conflicts; item takes the English kind or the word as written', async () => {
      const conflicts = await get<Claims>('/api/claims?conflicts=true');
      assert.ok(conflicts.groups.length > 0 && conflicts.groups.every((group) => group.status === 'conflict'));
      assert.equal(conflicts.total, conflicts.counts.conflict);

      const rifles = await get<Claims>('/api/claims?item=rifle');
      const russian = await get<Claims>(`/api/claims?item=${encodeURIComponent('Винтовка')}`);
      assert.ok(rifles.groups.length >= 2 && rifles.groups.every((group) => group.item === 'rifle'));
      assert.deepEqual(russian.groups.map((group) => group.id), rifles.groups.map((group) => group.id));
      assert.equal(rifles.total, rifles.counts.conflict + rifles.counts.agree + rifles.counts.single);
      assert.ok(rifles.total < conflicts.items.reduce((sum, item) => sum + item.groups, 0), 'the item filter narrows the counts');
      assert.deepEqual(rifles.items, conflicts.items, 'the items offered do not depend on the filters');
      assert.equal(conflicts.items.find((item) => item.item === 'rifle')?.conflicts, rifles.counts.conflict);

      const none = await get<Claims>('/api/claims?item=zeppelin');
      assert.deepEqual([none.total, none.groups], [0, []]);
    });

    test('each group brings some of its statements, some of each value; /api/claims/ID brings them all', async () => {
      const few = await get<Claims>('/api/claims?statements=2&limit=100');
      const rifles = few.groups.find((group) => group.status === 'conflict' && group.item === 'rifle')!;
      assert.deepEqual(rifles.statements.map((statement) => statement.shown).sort(), ['50,000', '60,000'], 'one statement of each value');
      const crowded = few.groups.find((group) => group.statementCount > 2);
      assert.ok(crowded, 'a group of more than two statements');
      assert.equal(crowded.statements.length, 2);
      const whole = await get<Claims['groups'][number]>(`/api/claims/${crowded.id}`);
      assert.equal(whole.statements.length, crowded.statementCount);
      assert.equal(whole.statementCount, crowded.statementCount);
      assert.ok(crowded.statements.every((statement) => whole.statements.some((each) => each.source === statement.source && each.start === statement.start)));
      const missing = await app.inject({ method: 'GET', url: '/api/claims/c-000000000000' });
      assert.equal(missing.statusCode, 404);
      assert.match(missing.json().message, /no claim group has the id "c-000000000000"/);
    });

    test('pages follow each other without a gap or a repeat', async () => {
      const all = await get<Claims>('/api/claims?limit=100');
      const first = await get<Claims>('/api/claims?limit=5');
      const second = await get<Claims>('/api/claims?limit=5&offset=5');
      assert.equal(first.total, all.total);
      assert.deepEqual([...first.groups, ...second.groups].map((group) => group.id), all.groups.slice(0, 10).map((group) => group.id));
      const beyond = await get<Claims>(`/api/claims?offset=${all.total}`);
      assert.deepEqual([beyond.groups.length, beyond.total], [0, all.total]);
    });
  });

  describe('GET /api/overview', () => {
    test('counts what /api/stats counts, and the claim groups of each status', async () => {
      const overview = await get<Overview>('/api/overview');
      const { claims: claimCounts, ...counts } = overview.counts;
      assert.deepEqual(counts, await get('/api/stats'));
      assert.deepEqual(claimCounts, (await get<Claims>('/api/claims')).counts);
    });

    test('the busiest entities of each kind are the most mentioned, as many as asked for', async () => {
      const overview = await get<Overview>('/api/overview?limit=3');
      for (const type of ['person', 'place', 'org'] as const) {
        const busiest = overview.busiest[type];
        assert.equal(busiest.length, 3, type);
        assert.ok(busiest.every((entity) => entity.type === type && entity.sources >= 1));
        const listed = await get<Busy[]>(`/api/entities?type=${type}&limit=3`);
        assert.deepEqual(busiest.map(({ id, mentions, sources }) => ({ id, mentions, sources })), listed.map(({ id, mentions, sources }) => ({ id, mentions, sources })));
        const all = await get<Busy[]>(`/api/entities?type=${type}&limit=1000`);
        assert.ok(all.slice(3).every((entity) => entity.mentions <= busiest[2]!.mentions), `a less mentioned ${type} than one left out`);
      }
    });

    test('mentions per month, in order, sum each entity\'s months', async () => {
      const { mentionsByMonth, busiest } = await get<Overview>('/api/overview');
      assert.ok(mentionsByMonth.length > 3);
      const months = mentionsByMonth.map(({ month }) => month);
      assert.deepEqual(months, [...months].sort());
      assert.ok(months.every((month) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month)));
      const byMonth = new Map(mentionsByMonth.map(({ month, count }) => [month, count]));
      const top = await get<{ mentionsByMonth: Array<{ month: string; count: number }> }>(`/api/entities/${busiest.person[0]!.id}`);
      assert.ok(top.mentionsByMonth.length > 0);
      for (const { month, count } of top.mentionsByMonth) assert.ok((byMonth.get(month) ?? 0) >= count, `${month}: the corpus has fewer mentions than one entity`);
    });

    test('the first claim groups are those /api/claims lists first, conflicts first, without their statements', async () => {
      const overview = await get<Overview>('/api/overview?limit=4');
      const claims = await get<Claims>('/api/claims?limit=4');
      assert.deepEqual(overview.claims.map((group) => group.id), claims.groups.map((group) => group.id));
      assert.equal(overview.claims[0]!.status, 'conflict');
      assert.ok(overview.claims.every((group) => group.statements === undefined && group.headline && group.readings.length > 0));
    });
  });

  describe('bad requests', () => {
    for (const [url, words] of [
      ['/api/claims?conflicts=perhaps', /conflicts must be boolean/],
      ['/api/claims?limit=0', /limit must be >= 1/],
      ['/api/claims?limit=101', /limit must be <= 100/],
      ['/api/claims?offset=-1', /offset must be >= 0/],
      ['/api/claims?item=', /item must NOT have fewer than 1 characters/],
      ['/api/claims?statements=1001', /statements must be <= 1000/],
      ['/api/overview?limit=51', /limit must be <= 50/],
      ['/api/overview?limit=many', /limit must be integer/],
    ] as const) {
      test(`${url} is a 400 that names the parameter`, async () => {
        const response = await app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 400);
        const body = response.json() as { error: string; message: string };
        assert.equal(body.error, 'bad-request');
        assert.match(body.message, words);
      });
    }

    test('the OpenAPI document describes both routes and their parameters', async () => {
      const document = await get<{ paths: Record<string, { get: { parameters: Array<{ name: string }> } }> }>('/api/docs/json');
      assert.deepEqual(document.paths['/api/claims']!.get.parameters.map((parameter) => parameter.name).sort(), ['conflicts', 'item', 'limit', 'offset', 'statements']);
      assert.deepEqual(document.paths['/api/overview']!.get.parameters.map((parameter) => parameter.name), ['limit']);
    });
  });
});
