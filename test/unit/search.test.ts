import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fold } from '../../src/search/analyzer.js';
import { parseQuery } from '../../src/search/query.js';
import { makeSnippet } from '../../src/search/snippet.js';
import { openStore } from '../../src/store/open.js';
import { QueryError, type SearchResult, type Store } from '../../src/store/store.js';
import { seedSources, sourceOf } from './store-fixtures.js';
import { eachStore, type FreshStore } from '../store-kinds.js';

const terms = (text: string) => analyze(text).map((token) => token.term);

describe('analyzer', () => {
  test('splits hyphenated words, keeps the base of apostrophe forms, and reports offsets', () => {
    const text = "Энвер-паши, Kemal's Terakki'den O'Brien peopleʹs";
    const tokens = analyze(text);
    assert.deepEqual(
      tokens.map((token) => text.slice(token.start, token.end)),
      ['Энвер', 'паши', "Kemal's", "Terakki'den", "O'Brien", 'peopleʹs'],
    );
    assert.deepEqual(tokens.map((token) => token.form), ['энвер', 'паши', 'kemal', 'terakki', 'obrien', 'people']);
  });

  test('folds case, ё and Latin diacritics but not Cyrillic й', () => {
    assert.equal(fold('Paşa'), 'pasa');
    assert.equal(fold('İSTANBUL'), 'istanbul');
    assert.equal(fold('Łódź'), 'lodz');
    assert.equal(fold('Atatürk Çağlayan Gazi'), 'ataturk caglayan gazi');
    assert.equal(fold('Ещё'), 'еще');
    assert.equal(fold('Новый'), 'новый');
  });

  test('stems by script, so inflected forms share a term', () => {
    const same = (a: string, b: string) => assert.deepEqual(terms(a), terms(b), `${a} ~ ${b}`);
    same('Батум', 'Батуме');
    same('Чичерин', 'Чичерину');
    same('Чичерин', 'Чичерина');
    same('договор', 'договора');
    same('договор', 'договоре');
    same('treaty', 'treaties');
    same('letters', 'letter');
    same('Pasa', 'Paşa');
  });

  test('asked for some stems only, it reduces only the words that could have them, and keeps every word in place', () => {
    const text = seedSources()
      .map((seed) => seed.text)
      .join('\n');
    const everyWord = analyze(text);
    const initials = [...new Set(everyWord.map((token) => token.term.charAt(0)))];
    assert.ok(initials.length > 40, 'Cyrillic, Latin and digits');
    for (const initial of initials) {
      const some = analyze(text, new Set([initial]));
      assert.equal(some.length, everyWord.length, `every word keeps its place (${initial})`);
      everyWord.forEach((token, k) => {
        const reduced = some[k]!;
        assert.deepEqual([reduced.start, reduced.end], [token.start, token.end]);
        if (token.term.startsWith(initial)) assert.equal(reduced.term, token.term, `${text.slice(token.start, token.end)} keeps its stem for ${initial}`);
        else assert.ok(reduced.term === '' || reduced.term === token.term);
      });
    }
    const composed = analyze('Иван и\u0306од Йод', new Set(['й']));
    assert.deepEqual(composed.map((token) => token.term), ['', 'йод', 'йод'], 'a letter and a combining mark are folded together first');
  });
});

describe('query parsing', () => {
  const interpreted = (text: string) => parseQuery(text).interpreted;

  test('words are ANDed; OR, NOT, -word, phrases, prefixes and parentheses are understood', () => {
    assert.equal(interpreted('Энвер Батум'), 'энвер AND батум');
    assert.equal(interpreted('Энвер OR Кемаль'), 'энвер OR кемаль');
    assert.equal(interpreted('Энвер -Батум'), 'энвер AND NOT батум');
    assert.equal(interpreted('Энвер NOT Батум'), 'энвер AND NOT батум');
    assert.equal(interpreted('"Энвер паши" догов*'), '"энвер паши" AND догов*');
    assert.equal(interpreted('(Энвер OR Кемаль) AND Москва'), '(энвер OR кемаль) AND москва');
    assert.equal(interpreted('Энвер-паши'), '"энвер паши"');
  });

  test('every term reaches FTS5 quoted, whatever was typed', () => {
    const { match } = parseQuery('text:Энвер NEAR(a b) ^start "x" OR y* AND -z');
    assert.doesNotMatch(match.replace(/"[^"]*"/g, ''), /[^\s()*:{}A-Za-z]|\b(?!AND\b|OR\b|NOT\b|stems\b|forms\b)[A-Za-z]+\b/);
  });

  test('malformed queries are repaired with a warning', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['"Энвер паши', '"энвер паши"', /closing quote/],
      ['(Энвер OR Кемаль', 'энвер OR кемаль', /missing \)/],
      ['Энвер) Батум', 'энвер AND батум', /unmatched \)/],
      ['OR Энвер', 'энвер', /lone OR/],
      ['Энвер OR', 'энвер', /lone OR/],
      ['Энвер AND', 'энвер', /lone AND/],
      ['Энвер NOT', 'энвер', /NOT needs a word/],
      ['Энвер *** Батум', 'энвер AND батум', /\*\*\*/],
      ['Эн* Батум', 'эн AND батум', /at least 3 letters/],
      ['Энвер\u0000\u0007 Батум', 'энвер AND батум', /control characters/],
      ['Энвер OR -Батум', 'энвер', /only of excluded words/],
    ];
    for (const [text, expected, warning] of cases) {
      const parsed = parseQuery(text);
      assert.equal(parsed.interpreted, expected, text);
      assert.ok(parsed.warnings.some((message) => warning.test(message)), `${text}: ${parsed.warnings.join('; ')}`);
    }
    const long = parseQuery('Энвер '.repeat(400));
    assert.ok(long.warnings.some((message) => /first 1000 characters/.test(message)));
    assert.ok(long.warnings.some((message) => /first 32 words/.test(message)));
  });

  test('a query with nothing searchable is a QueryError that says what to do', () => {
    for (const text of ['', '   ', '***', 'NOT', 'OR', '()', '!!! ?? ...', '-Энвер', 'NOT Энвер', '""', '\u0001\u0002']) {
      assert.throws(() => parseQuery(text), (error: Error) => error instanceof QueryError && error.message.length > 10, JSON.stringify(text));
    }
  });
});

describe('snippets', () => {
  test('a long passage is cut at word boundaries around its densest matches, highlights pointing at the matched words', () => {
    const filler = 'Поражение армии на линии обороны подтолкнуло руководство к переговорам. '.repeat(6);
    const passage = `Энвер упомянут здесь. ${filler}Энвер-паша прибыл в Батум, и Энвер писал из Батуме. ${filler}`;
    const snippet = makeSnippet(passage, parseQuery('Энвер Батум').highlight);
    assert.ok(snippet.text.length <= 202, `${snippet.text.length}`);
    assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'));
    const marked = snippet.highlights.map((span) => snippet.text.slice(span.start, span.end));
    assert.deepEqual(marked, ['Энвер', 'Батум', 'Энвер', 'Батуме']);
    const inner = snippet.text.slice(1, -1);
    assert.ok(passage.includes(inner) && /\s/.test(passage[passage.indexOf(inner) - 1]!), 'starts at a word');
  });

  test('phrases are marked only where their words follow each other; prefixes by the folded word', () => {
    const passage = 'Паши Энвер; фактор Энвер-паши и договорами.';
    const snippet = makeSnippet(passage, parseQuery('"Энвер паши" договора*').highlight);
    assert.deepEqual(snippet.highlights.map((span) => passage.slice(span.start, span.end)), ['Энвер', 'паши', 'договорами']);
  });
});

eachStore((kind) => describe('search over the seed texts', () => {
  let fresh: FreshStore;
  let store: Store;
  const seeds = seedSources();
  const extra = sourceOf('/notes/english.txt', [
    'The treaties of Moscow and Kars settled the frontier; Kemal\'s letters to Lenin asked for gold.',
    'Enver Paşa left Batum for Moscow. The İttihat ve Terakki\'den leaders followed him.',
    'A short note without names.',
  ], 'en');
  const ranking = sourceOf('/notes/ranking.txt', [
    'Ганецкий. Москва и Москва, снова Москва, правительство и правительство.',
    'Ганецкий Ганецкий Ганецкий писал о правительстве и Москве.',
    'Правительство Москвы.',
  ]);

  before(async () => {
    fresh = await kind.fresh();
    store = await openStore(fresh.location);
    for (const source of [...seeds, extra, ranking]) await store.putSource(source);
  });
  after(async () => {
    await store.close();
    await fresh.remove();
  });

  const search = (text: string, options: Partial<{ lang: string; source: string; limit: number; offset: number }> = {}) =>
    store.search({ text, ...options });
  const matchedWords = (result: SearchResult) =>
    result.hits.flatMap((hit) => hit.highlights.map((span) => hit.snippet.slice(span.start, span.end)));

  test('finds inflected forms in Russian and English', async () => {
    const expectations: Array<[string, string]> = [
      ['Батум', 'Батуме'],
      ['Чичерин', 'Чичерину'],
      ['Чичерин', 'Чичерина'],
      ['договор', 'договора'],
      ['договор', 'договоре'],
      ['Энвер', 'Энвер'],
      ['treaty', 'treaties'],
      ['letters', 'letter'],
      ['Pasa', 'Paşa'],
      ['Kemal', "Kemal's"],
      ['Terakki', "Terakki'den"],
    ];
    for (const [query, form] of expectations) {
      const result = await search(query, { limit: 200 });
      assert.ok(matchedWords(result).includes(form), `${query} should find ${form}`);
    }
    const enverPasha = await search('Энвер');
    const phrase = await search('"Энвер-паши"');
    assert.ok(phrase.total > 0 && enverPasha.total > phrase.total);
  });

  test('phrases need their words in order; OR widens, NOT narrows', async () => {
    assert.ok((await search('"Энвер паши"')).total > 0);
    assert.equal((await search('"паши Энвер"')).total, 0);
    const enver = (await search('Энвер')).total;
    const kemal = (await search('Кемаль')).total;
    const either = (await search('Энвер OR Кемаль')).total;
    const both = (await search('Энвер Кемаль')).total;
    assert.equal(either, enver + kemal - both);
    const withoutBatum = await search('Энвер -Батум', { limit: 200 });
    assert.equal(withoutBatum.total, enver - (await search('Энвер Батум')).total);
    assert.ok(withoutBatum.hits.every((hit) => !/Батум/i.test(hit.snippet)));
    assert.equal((await search('Энвер NOT Батум')).total, withoutBatum.total);
  });

  test('a prefix matches folded words, including forms longer than their stem', async () => {
    const prefix = await search('догов*', { limit: 200 });
    const words = new Set(matchedWords(prefix).map((word) => word.toLowerCase()));
    for (const form of ['договора', 'договоре', 'договорился']) assert.ok(words.has(form), form);
    // A prefix longer than its stem is searched by the part stemming keeps: every word
    // starting with it is found, and the few extra words share the stem's prefix.
    const long = await search('договора*', { limit: 200 });
    const longWords = matchedWords(long).map((word) => word.toLowerCase());
    assert.ok(longWords.includes('договора'));
    assert.ok(long.total > 0 && long.total <= prefix.total);
    assert.ok(longWords.every((word) => word.startsWith('договор')));
    assert.ok((await search('Bolshev*')).total > 0);
  });

  test('filters by language and by source id, id prefix or path', async () => {
    const all = (await search('Moscow OR Москва')).total;
    const english = await search('Moscow OR Москва', { lang: 'en', limit: 200 });
    const russian = await search('Moscow OR Москва', { lang: 'ru' });
    assert.ok(english.total > 0 && russian.total > 0);
    assert.equal(english.total + russian.total, all);
    assert.ok(english.hits.every((hit) => hit.lang === 'en'));
    for (const ref of [extra.id, extra.id.slice(0, 8), extra.path]) {
      const result = await search('Moscow', { source: ref });
      assert.equal(result.total, 2, ref);
      assert.ok(result.hits.every((hit) => hit.sourceId === extra.id && hit.path === extra.path));
    }
    await assert.rejects(search('Moscow', { source: '/no/such.txt' }), QueryError);
  });

  test('hits carry their passage span, and limit/offset page through them', async () => {
    const first = await search('Чичерину', { limit: 5 });
    assert.ok(first.total > 5);
    assert.equal(first.hits.length, 5);
    const second = await search('Чичерину', { limit: 5, offset: 5 });
    assert.equal(second.total, first.total);
    const ids = (result: SearchResult) => result.hits.map((hit) => `${hit.sourceId}:${hit.passage}`);
    assert.equal(new Set([...ids(first), ...ids(second)]).size, 10);
    const source = seeds.find((seed) => seed.id === first.hits[0]!.sourceId)!;
    const hit = first.hits[0]!;
    assert.deepEqual([hit.start, hit.end], [source.passages[hit.passage]!.start, source.passages[hit.passage]!.end]);
    assert.ok(source.text.slice(hit.start, hit.end).includes('Чичерин'), 'the passage holds a form of the name');
    const scores = first.hits.map((h) => h.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    const capped = await search('Энвер OR Чичерин OR Москва', { limit: 10_000 });
    assert.ok(capped.hits.length <= 200 && capped.warnings.length > 0);
    assert.equal((await search('Энвер')).hits.length, 20);
  });

  test('the total counts every match on any page, past the last one, filtered or not', async () => {
    const ids = (result: SearchResult) => result.hits.map((hit) => `${hit.sourceId}:${hit.passage}`);
    for (const filter of [{}, { lang: 'ru' }]) {
      const whole = await search('Москва', { ...filter, limit: 200 });
      assert.ok(whole.total > 14, `enough matches for pages (${JSON.stringify(filter)})`);
      assert.equal(whole.hits.length, whole.total, 'a page that is not full holds every match');
      const paged: string[] = [];
      for (let offset = 0; offset < whole.total; offset += 7) {
        const page = await search('Москва', { ...filter, limit: 7, offset });
        assert.equal(page.total, whole.total, `total at offset ${offset} (${JSON.stringify(filter)})`);
        paged.push(...ids(page));
      }
      assert.deepEqual(paged, ids(whole), 'pages follow the same order');
      const past = await search('Москва', { ...filter, limit: 7, offset: whole.total + 3 });
      assert.deepEqual([past.hits.length, past.total], [0, whole.total], 'past the last page');
    }
  });

  test('ranks a passage with more matches of the rarer term first', async () => {
    const result = await search('Ганецкий правительство', { source: ranking.path });
    assert.equal(result.total, 3 - 1);
    assert.equal(result.hits[0]!.passage, 1);
    const moscow = await search('Москва правительство', { source: ranking.path });
    assert.equal(moscow.hits[0]!.passage, 0);
  });

  test('snippets highlight exactly the matched words, and interpreted shows the query', async () => {
    const result = await search('Энвер Батум');
    assert.equal(result.interpreted, 'энвер AND батум');
    assert.ok(result.hits.length > 0);
    for (const hit of result.hits) {
      const words = hit.highlights.map((span) => fold(hit.snippet.slice(span.start, span.end)));
      assert.ok(words.length >= 2, hit.snippet);
      assert.ok(words.every((word) => word.startsWith('энвер') || word.startsWith('батум')), words.join());
    }
  });

  test('no query a user can type crashes: only QueryError comes back', async () => {
    let seed = 20240101;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const pieces = [
      'Энвер', 'Батум', 'treaty', 'Kemal', 'договор', 'OR', 'AND', 'NOT', 'NEAR', 'NEAR(', '(', ')', '"', '*', '**',
      '-', '--', '+', '^', ':', 'text:', 'stems:', '{stems forms}:', '\'', '’', ',', '.', '\\', '/', '|', '&', '!', '?',
      '\u0000', '\u0007', '\u200b', '\u0301', '😀', '𝔘', '\ud800', 'ё', 'İ', 'ß', '\n', '\t', '  ', 'a*b', '*x', '1921',
      'NEAR(a b, 3)', 'rank', 'MATCH', '"";--', "'; DROP TABLE sources; --", 'rowid', 'ﬁ', '١٢٣', '漢字',
    ];
    let rejected = 0;
    for (let round = 0; round < 3000; round++) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let k = 0; k < length; k++) {
        text += random() < 0.8 ? pieces[Math.floor(random() * pieces.length)]! : String.fromCharCode(Math.floor(random() * 0xffff));
        if (random() < 0.6) text += ' ';
      }
      if (round % 500 === 0) text = text.repeat(200);
      try {
        const result = await store.search({ text, limit: 3 });
        assert.ok(Number.isInteger(result.total) && Array.isArray(result.warnings));
      } catch (error) {
        assert.ok(error instanceof QueryError, `${JSON.stringify(text)}: ${String(error)}`);
        rejected++;
      }
    }
    assert.ok(rejected < 3000);
    assert.equal((await store.listSources()).length, seeds.length + 2);
  });
}));
