import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import type { ClaimGroup, Entity, Mention, Resolution } from '../../src/model.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { sourceOf } from './store-fixtures.js';
import { eachStore, freshFor, type StoreKind } from '../store-kinds.js';

const telegram = sourceOf('/archive/telegram.txt', [
  'Телеграмма Г.Чичерину из Батума. Отправлена 18 августа 1921 г.',
  'Энвер-паша прибыл в Батум летом 1921 года.',
]);
const letter = sourceOf('/archive/letter.txt', ['Chicherin wrote to Enver Pasha on March 16, 1921.'], 'en');

/** A mention of `needle` (its n-th occurrence) in the source's text. */
function mention<K extends Mention['kind']>(text: string, needle: string, kind: K, value: Extract<Mention, { kind: K }>['value']): Mention {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} is in the text`);
  return { kind, start, end: start + needle.length, text: needle, value, confidence: 0.9 } as Mention;
}

const telegramMentions = [
  mention(telegram.text, 'Г.Чичерину', 'person', { lemma: 'Г.Чичерин' }),
  mention(telegram.text, 'Батума', 'place', { lemma: 'Батум' }),
  mention(telegram.text, '18 августа 1921 г.', 'date', { edtf: '1921-08-18', inferred: false }),
  mention(telegram.text, 'Энвер-паша', 'person', { lemma: 'Энвер-паша' }),
  mention(telegram.text, 'летом 1921 года', 'date', { edtf: '1921-22', inferred: false }),
].sort((a, b) => a.start - b.start);
const letterMentions = [
  mention(letter.text, 'Chicherin', 'person', { lemma: 'Chicherin' }),
  mention(letter.text, 'Enver Pasha', 'person', { lemma: 'Enver Pasha' }),
  mention(letter.text, 'March 16, 1921', 'date', { edtf: '1921-03-16', inferred: false }),
];

function entity(id: string, type: Entity['type'], label: string, aliases: string[]): Entity {
  return { id, type, label, aliases: aliases.map((text) => ({ text, lang: /[а-я]/i.test(text) ? 'ru' : 'en', count: 1 })), attributes: {} };
}

/** What a resolver would say of the two sources: Chicherin and Enver across languages, Batumi. */
function resolution(): Resolution {
  const links = new Map<string, string>();
  const link = (sourceId: string, mentions: Mention[], text: string, id: string) => links.set(`${sourceId}:${mentions.findIndex((m) => m.text === text)}`, id);
  link(telegram.id, telegramMentions, 'Г.Чичерину', 'p-chicherin');
  link(letter.id, letterMentions, 'Chicherin', 'p-chicherin');
  link(telegram.id, telegramMentions, 'Энвер-паша', 'p-enver');
  link(letter.id, letterMentions, 'Enver Pasha', 'p-enver');
  link(telegram.id, telegramMentions, 'Батума', 'l-batumi');
  return {
    entities: [
      entity('p-chicherin', 'person', 'Чичерин', ['Г.Чичерину', 'Chicherin']),
      entity('p-enver', 'person', 'Энвер-паша', ['Энвер-паша', 'Enver Pasha']),
      { ...entity('l-batumi', 'place', 'Batumi', ['Батума']), attributes: { coordinates: { lat: 41.64, lon: 41.63 } } },
    ],
    links,
    documents: [],
    works: [],
    claims: [],
  };
}

async function withKnowledge(t: TestContext, kind: StoreKind, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(await freshFor(t, kind));
  try {
    await store.putSources([
      { ...telegram, mentions: telegramMentions, annotator: 'v1' },
      { ...letter, mentions: letterMentions, annotator: 'v1' },
    ]);
    await store.putResolution(resolution());
    await use(store);
  } finally {
    await store.close();
  }
}

test('a database from before mentions existed is upgraded, and its sources are due for annotation', async (t) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-upgrade-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'old.db');
  const OLD_ID = 'a'.repeat(64);
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!.sqlite);
  old.pragma('user_version = 1');
  old.pragma(`application_id = ${APPLICATION_ID}`);
  old.prepare(`INSERT INTO sources (id, path, title, format, encoding, languages, bytes, chars, text, offset_map, ingested_at)
    VALUES (@id, '/old.txt', 'Old', 'txt', 'UTF-8', '["ru"]', 3, 3, 'Old', '{"length":3,"segments":[]}', '2026-01-01T00:00:00Z')`).run({ id: OLD_ID });
  old.close();
  const store = await openStore(file);
  try {
    assert.deepEqual(await store.sourcesAnnotatedOtherwise('v1'), [OLD_ID]);
    assert.deepEqual((await store.getAnnotatedSource(OLD_ID))!.mentions, []);
  } finally {
    await store.close();
  }
});

test("an entity's co-occurring entities and months follow each resolution, and a store from before they were kept has them worked out when opened", async (t) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'dossier-aggregates-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, 'knowledge.db');
  const surroundings = async (store: Store, id: string) => {
    const entity = (await store.getEntity(id))!;
    return { coOccurring: entity.coOccurring.map((other) => [other.id, other.passages]), months: entity.mentionsByMonth, span: [entity.firstDate, entity.lastDate] };
  };
  const store = await openStore(file);
  let chicherin;
  try {
    await store.putSources([
      { ...telegram, mentions: telegramMentions, annotator: 'v1' },
      { ...letter, mentions: letterMentions, annotator: 'v1' },
    ]);
    await store.putResolution(resolution());
    chicherin = await surroundings(store, 'p-chicherin');
    assert.deepEqual(chicherin, {
      coOccurring: [['l-batumi', 1], ['p-enver', 1]],
      months: [{ month: '1921-03', count: 1 }, { month: '1921-08', count: 1 }],
      span: ['1921-03-16', '1921-08-18'],
    });
    const withoutBatumi = resolution();
    withoutBatumi.links = new Map([...withoutBatumi.links].filter(([, id]) => id !== 'l-batumi'));
    withoutBatumi.entities = withoutBatumi.entities.filter((entity) => entity.id !== 'l-batumi');
    await store.putResolution(withoutBatumi);
    assert.deepEqual((await surroundings(store, 'p-chicherin')).coOccurring, [['p-enver', 1]], 'Batumi is no longer linked');
    await store.putResolution(resolution());
  } finally {
    await store.close();
  }
  const old = new Database(file);
  old.exec(`DROP TABLE entity_pairs; DROP TABLE entity_months; DROP TABLE entity_dates; DROP TABLE entity_pair_months; DROP TABLE type_months; DROP TABLE authorities;`);
  old.pragma('user_version = 9');
  old.close();
  const upgraded = await openStore(file);
  try {
    assert.deepEqual(await surroundings(upgraded, 'p-chicherin'), chicherin);
  } finally {
    await upgraded.close();
  }
});

eachStore((kind) => {
  test('mentions are stored with their source and read back in order', (t) =>
    withKnowledge(t, kind, async (store) => {
      const stored = await store.getAnnotatedSource(telegram.id);
      assert.deepEqual(stored!.mentions, telegramMentions);
      assert.equal(stored!.passages.length, 2);
      assert.deepEqual(await store.sourcesAnnotatedOtherwise('v1'), []);
      assert.equal((await store.sourcesAnnotatedOtherwise('v2')).length, 2);
    }));

  test('entities are found by any name, in any script, folded', (t) =>
    withKnowledge(t, kind, async (store) => {
      assert.deepEqual((await store.findEntities('chicherin')).map((e) => e.id), ['p-chicherin']);
      assert.deepEqual((await store.findEntities('г. чичерину')).map((e) => e.id), ['p-chicherin'], 'dots and spaces collapsed');
      assert.deepEqual((await store.findEntities('Энв')).map((e) => e.id), ['p-enver'], 'a prefix when no whole name matches');
      assert.deepEqual((await store.findEntities('Чичерину')).map((e) => e.id), ['p-chicherin'], 'one word of a name, as inflected in it');
      assert.deepEqual((await store.findEntities('Энвер')).map((e) => e.id), ['p-enver'], 'a word of a hyphenated name');
      assert.deepEqual(await store.findEntities('Ленин'), []);
      const people = await store.listEntities({ type: 'person' });
      assert.deepEqual(people.map((e) => [e.id, e.mentions, e.sources]), [['p-chicherin', 2, 2], ['p-enver', 2, 2]]);
    }));

  test('an entity comes with its mentions in their sentences, co-occurring entities and its dated span', (t) =>
    withKnowledge(t, kind, async (store) => {
      const enver = await store.getEntity('p-enver');
      assert.ok(enver);
      assert.deepEqual(enver.mentionList.map((m) => m.sentence).sort(), [
        'Chicherin wrote to Enver Pasha on March 16, 1921.',
        'Энвер-паша прибыл в Батум летом 1921 года.',
      ]);
      const russian = enver.mentionList.find((m) => m.lang === 'ru')!;
      assert.equal(russian.sentence.slice(russian.sentenceStart, russian.sentenceStart + russian.text.length), 'Энвер-паша');
      assert.deepEqual(enver.coOccurring.map((other) => other.id), ['p-chicherin'], 'Batum in the second passage is not linked to an entity there');
      assert.equal(enver.firstDate, '1921-03-16');
      const chicherin = await store.getEntity('p-chicherin');
      assert.deepEqual(chicherin!.coOccurring.map((other) => other.id).sort(), ['l-batumi', 'p-enver']);
      assert.equal(await store.getEntity('nobody'), undefined);
    }));

  test('search filters on mentions follow every write, by this connection or by another one to the same store', async (t) => {
    const file = await freshFor(t, kind);
    const store = await openStore(file);
    const other = await openStore(file);
    try {
      await store.putSources([
        { ...telegram, mentions: telegramMentions, annotator: 'v1' },
        { ...letter, mentions: letterMentions, annotator: 'v1' },
      ]);
      const totals = async () => [
        (await store.search({ text: '1921', kind: 'person' })).total,
        (await store.search({ text: '1921', from: '1921-08', to: '1921-08' })).total,
        (await store.search({ text: '1921', kind: 'person', from: '1921-03' })).total,
      ];
      assert.deepEqual(await totals(), [3, 1, 3]);
      await store.replaceMentions(letter.id, [], 'v2');
      assert.deepEqual(await totals(), [2, 1, 2], 'a write of this connection');
      await other.replaceMentions(telegram.id, telegramMentions.filter((m) => m.kind !== 'person'), 'v2');
      assert.deepEqual(await totals(), [0, 1, 0], 'a write of another connection');
    } finally {
      await other.close();
      await store.close();
    }
  });

  test('entities are read by id with their attributes; unknown ids are left out', (t) =>
    withKnowledge(t, kind, async (store) => {
      const found = await store.getEntities(['l-batumi', 'nobody', 'p-enver']);
      assert.deepEqual(found.map((e) => e.id), ['l-batumi', 'p-enver']);
      assert.deepEqual(found[0]!.attributes, { coordinates: { lat: 41.64, lon: 41.63 } });
      assert.deepEqual(found[1]!.aliases.map((alias) => alias.text), ['Энвер-паша', 'Enver Pasha']);
      assert.deepEqual(await store.getEntities([]), []);
    }));

  test('the timeline orders dates by the first day they cover and filters by partial dates', (t) =>
    withKnowledge(t, kind, async (store) => {
      const all = await store.timeline();
      assert.deepEqual(all.map((entry) => entry.edtf), ['1921-03-16', '1921-22', '1921-08-18']);
      assert.equal(all[2]!.sentence, 'Отправлена 18 августа 1921 г.');
      assert.deepEqual((await store.timeline({ from: '1921-08' })).map((entry) => entry.edtf), ['1921-08-18']);
      assert.deepEqual((await store.timeline({ to: '1921-03' })).map((entry) => entry.edtf), ['1921-03-16']);
      assert.deepEqual((await store.timeline({ from: '1921-05', to: '1921-09' })).map((entry) => entry.edtf), ['1921-22', '1921-08-18'], 'summer 1921 is June to August');
      assert.deepEqual((await store.timeline({ from: '1921-07', to: '1921-09' })).map((entry) => entry.edtf), ['1921-08-18'], 'summer 1921 begins before July');
      assert.deepEqual((await store.timeline({ from: '1921', to: '1921' })).map((entry) => entry.edtf), ['1921-03-16', '1921-22', '1921-08-18']);
      assert.deepEqual((await store.timeline({ source: 'letter.txt' })).map((entry) => entry.edtf), ['1921-03-16']);
      await assert.rejects(store.timeline({ source: 'nothing.txt' }), /no stored source matches/);
    }));

  test('mentions are replaced by a newer annotator, and go with their source when it is replaced', (t) =>
    withKnowledge(t, kind, async (store) => {
      const fewer = telegramMentions.filter((m) => m.kind === 'date');
      await store.replaceMentions(telegram.id, fewer, 'v2');
      assert.deepEqual((await store.getAnnotatedSource(telegram.id))!.mentions, fewer);
      assert.deepEqual(await store.sourcesAnnotatedOtherwise('v2'), [letter.id]);
      const edited = sourceOf('/archive/letter.txt', ['Chicherin wrote again.'], 'en');
      assert.equal(await store.putSource({ ...edited, mentions: [], annotator: 'v2' }), 'replaced');
      assert.equal((await store.timeline({ source: 'letter.txt' })).length, 0);
    }));

  /** A claim group as the resolver would make it: one statement per [source, item as written, value]. */
  function claimGroup(id: string, item: string, status: ClaimGroup['status'], said: Array<[string, string, number]>): ClaimGroup {
    const statements = said.map(([source, written, value], i) => ({
      source, mention: i, start: 0, end: 1, text: String(value), passage: String(value), value, approximate: false, item: written, subjects: [],
    }));
    const values = [...new Set(said.map(([, , value]) => value))];
    return {
      id, kind: 'quantity', item, subject: '', status, sources: new Set(said.map(([source]) => source)).size, statements,
      readings: values.map((value) => ({ value, approximate: false, sources: said.filter((each) => each[2] === value).map(([source]) => source) })),
    };
  }

  test('claims are stored with the resolution and listed conflicts first, by item in any language and case', async (t) => {
    const store = await openStore(await freshFor(t, kind));
    try {
      await store.putSources([{ ...telegram, mentions: [], annotator: 'v1' }, { ...letter, mentions: [], annotator: 'v1' }]);
      const claims = [
        claimGroup('c-single', 'cannon', 'single', [[letter.id, 'cannon', 54]]),
        claimGroup('c-agree', 'rifle', 'agree', [[telegram.id, 'винтовка', 39000], [letter.id, 'rifle', 39000]]),
        claimGroup('c-conflict', 'gold ruble', 'conflict', [[telegram.id, 'золотой рубль', 3500000], [letter.id, 'gold ruble', 3000000]]),
      ];
      await store.putResolution({ ...resolution(), claims });
      assert.deepEqual((await store.claims()).map((group) => group.id), ['c-conflict', 'c-agree', 'c-single']);
      assert.deepEqual((await store.claims({ conflictsOnly: true })).map((group) => group.id), ['c-conflict']);
      assert.deepEqual((await store.claims({ item: 'ВИНТОВКА' })).map((group) => group.id), ['c-agree']);
      assert.deepEqual((await store.claims({ item: 'Rifle' })).map((group) => group.id), ['c-agree']);
      assert.deepEqual(await store.claims({ item: 'rifle', conflictsOnly: true }), []);
      assert.deepEqual((await store.claims({ limit: 1 })).map((group) => group.id), ['c-conflict']);
      const agree = (await store.claims({ item: 'rifle' }))[0]!;
      assert.deepEqual(agree.statements.map((statement) => statement.path).sort(), ['/archive/letter.txt', '/archive/telegram.txt']);
      await store.putResolution({ ...resolution(), claims: [] });
      assert.deepEqual(await store.claims(), [], 'a new resolution replaces the claims');
    } finally {
      await store.close();
    }
  });

  test('a mention outside its text is refused and nothing of the source is stored', async (t) => {
    const store = await openStore(await freshFor(t, kind));
    try {
      const bad = { ...letterMentions[0]!, start: 10, end: letter.text.length + 5 };
      await assert.rejects(store.putSource({ ...letter, mentions: [bad], annotator: 'v1' }), /outside the text/);
      assert.equal(await store.hasSource(letter.id), false);
    } finally {
      await store.close();
    }
  });

  test("an entity's mentions come in order of source path and offset, in pages, whether it has more mentions than there are sources or fewer", async (t) => {
    const sources = ['/b.txt', '/a.txt', '/c.txt'].map((file) => sourceOf(file, [`Записка ${file}.`, 'Ленин и Красин. Ленин снова.', 'Красин писал Ленину.', 'Ленин.']));
    const mentionsOf = (text: string): Mention[] =>
      [...text.matchAll(/Ленин\p{L}*|Красин/gu)].map((found) => ({
        kind: 'person', start: found.index, end: found.index + found[0].length, text: found[0], value: { lemma: found[0] }, confidence: 0.9,
      }));
    const links = new Map<string, string>();
    for (const source of sources) {
      mentionsOf(source.text).forEach((mention, ordinal) => {
        // Lenin in every source, more mentions than there are sources; Krasin in one source, fewer.
        if (mention.text.startsWith('Ленин')) links.set(`${source.id}:${ordinal}`, 'p-lenin');
        else if (source.path === '/b.txt') links.set(`${source.id}:${ordinal}`, 'p-krasin');
      });
    }
    const store = await openStore(await freshFor(t, kind));
    try {
      await store.putSources(sources.map((source) => ({ ...source, mentions: mentionsOf(source.text), annotator: 'v1' })));
      await store.putResolution({
        entities: [entity('p-lenin', 'person', 'Ленин', ['Ленин', 'Ленину']), entity('p-krasin', 'person', 'Красин', ['Красин'])],
        links, documents: [], works: [], claims: [],
      });
      for (const [id, count] of [['p-lenin', 12], ['p-krasin', 2]] as const) {
        const all = (await store.getEntity(id, { limit: 'all' }))!.mentionList.map((m) => `${m.path} ${m.start}`);
        assert.equal(all.length, count, id);
        const byPathAndOffset = [...all].sort((a, b) => a.split(' ')[0]!.localeCompare(b.split(' ')[0]!) || Number(a.split(' ')[1]) - Number(b.split(' ')[1]));
        assert.deepEqual(all, byPathAndOffset, `${id} in order`);
        const paged: string[] = [];
        for (let offset = 0; offset < count; offset += 5) {
          const page = (await store.getEntity(id, { limit: 5, offset }))!;
          assert.equal(page.mentionTotal, count);
          paged.push(...page.mentionList.map((m) => `${m.path} ${m.start}`));
        }
        assert.deepEqual(paged, all, `${id} in pages`);
      }
    } finally {
      await store.close();
    }
  });
});
