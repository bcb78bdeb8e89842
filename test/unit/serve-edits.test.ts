/**
 * The researcher's edits through the HTTP API, on a store of two seed texts (one Russian, one
 * English): made, listed, refused with the right status, kept through a re-ingest, undone.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../src/ingest/batch.js';
import { buildApp, type Api } from '../../src/serve/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { eachStore, type FreshStore } from '../store-kinds.js';

const SEEDS = fileURLToPath(new URL('../../examples/seeds/texts/', import.meta.url));
const TEXTS = ['002_9ff9c4e8dcadf0df.txt', '003_99594d2c9f9c4830.txt'];

interface Summary {
  id: string;
  type: string;
  label: string;
  mentions: number;
  aliases: Array<{ text: string; count: number }>;
}
interface Logged {
  id: string;
  kind: string;
  description: string;
  status: string;
  reason?: string;
  orphanedBecause?: string;
}
interface ReaderMention {
  start: number;
  end: number;
  text: string;
  kind: string;
  entity?: { id: string; label: string; type: string };
}

let folder: string;
let fresh: FreshStore;
let files: string[];
let store: Store;
let app: Api;

async function get<T = any>(url: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: response.json() as T };
}

async function edit<T = any>(body: unknown): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method: 'POST', url: '/api/edits', payload: body as Record<string, unknown> });
  return { status: response.statusCode, body: response.json() as T };
}

async function entityNamed(name: string): Promise<Summary> {
  const found = (await get<Summary[]>(`/api/entities?q=${encodeURIComponent(name)}`)).body;
  assert.equal(found.length, 1, `one entity is named ${name}: ${found.map((each) => each.label).join(', ')}`);
  return found[0]!;
}

const forms = (entity: { aliases: Array<{ text: string }> }) => new Set(entity.aliases.map((alias) => alias.text));

async function reader(file: string): Promise<{ id: string; text: string; mentions: ReaderMention[] }> {
  const sources = (await get<Array<{ id: string; path: string }>>('/api/sources')).body;
  const source = sources.find((each) => each.path.endsWith(file))!;
  return (await get(`/api/sources/${source.id}`)).body;
}

async function log(): Promise<Logged[]> {
  return (await get<Logged[]>('/api/edits')).body;
}

eachStore((kind) => {
  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'dossier-serve-edits-'));
    files = TEXTS.map((name) => {
      const copy = path.join(folder, name);
      copyFileSync(path.join(SEEDS, name), copy);
      return copy;
    });
    fresh = await kind.fresh();
    store = await openStore(fresh.location);
    await ingestFiles(store, files);
    app = await buildApp({ store, uploadsDir: path.join(folder, 'uploads') });
  });

  after(async () => {
    await app.close();
    await store.close();
    await fresh.remove();
    rmSync(folder, { recursive: true, force: true });
  });

  describe('edits through the API', () => {
    test('a merge joins two people, is logged with its reason, holds after a re-ingest, and an undo takes it back', async () => {
      const enver = await entityNamed('Энвер-паша');
      const kemal = await entityNamed('Mustafa Kemal');
      const merged = await edit({ kind: 'merge', into: enver.id, from: kemal.id, reason: 'a test of the API' });
      assert.equal(merged.status, 201, JSON.stringify(merged.body));
      assert.equal(merged.body.edit.kind, 'merge');
      assert.equal(merged.body.edit.status, 'applied');
      assert.equal(merged.body.edit.reason, 'a test of the API');
      assert.match(merged.body.edit.description, /^merge .+ into .+/);
      const [joined] = merged.body.entities as Summary[];
      assert.equal(joined!.id, enver.id);
      for (const form of [...forms(enver), ...forms(kemal)]) assert.ok(forms(joined!).has(form), `${form} is a name of the merged entity`);
      assert.equal(joined!.mentions, enver.mentions + kemal.mentions);
      assert.equal((await get(`/api/entities/${kemal.id}`)).status, 404, 'the entity that joined is gone');

      // Ingest again from changed files (a line added to each): the merge is replayed.
      for (const file of files) appendFileSync(file, '\n\nA note added by the archivist in 1998.\n');
      await ingestFiles(store, files);
      const after = (await get<Summary & { mentionList: unknown[] }>(`/api/entities/${enver.id}`)).body;
      for (const form of forms(kemal)) assert.ok(forms(after).has(form), `${form} is still a name of the merged entity after the re-ingest`);
      const listed = (await log()).find((each) => each.id === merged.body.edit.id)!;
      assert.equal(listed.status, 'applied');

      const undone = await edit({ kind: 'undo', edit: merged.body.edit.id.slice(0, 6) });
      assert.equal(undone.status, 201);
      assert.equal((await get(`/api/entities/${kemal.id}`)).status, 200, 'the undo brings the other entity back');
      const statuses = new Map((await log()).map((each) => [each.id, each.status]));
      assert.equal(statuses.get(merged.body.edit.id), 'undone');
      assert.equal(statuses.get(undone.body.edit.id), 'applied');
      assert.equal((await edit({ kind: 'undo', edit: merged.body.edit.id })).status, 409, 'an undone edit cannot be undone again');
    });

    test('rename and retype change the entity; asking for what already is, is a conflict', async () => {
      const stalin = await entityNamed('Stalin');
      const renamed = await edit({ kind: 'rename', entity: stalin.id, label: 'Иосиф Сталин' });
      assert.equal(renamed.status, 201);
      assert.equal((renamed.body.entities as Summary[])[0]!.label, 'Иосиф Сталин');
      assert.equal((await get<Summary>(`/api/entities/${stalin.id}`)).body.label, 'Иосиф Сталин');
      const again = await edit({ kind: 'rename', entity: stalin.id, label: ' Иосиф Сталин ' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error, 'conflict');

      const retyped = await edit({ kind: 'retype', entity: stalin.id, type: 'org' });
      assert.equal(retyped.status, 201);
      assert.equal((await get<Summary>(`/api/entities/${stalin.id}`)).body.type, 'org');
      const named = (await reader(TEXTS[0]!)).mentions.filter((mention) => mention.entity?.id === stalin.id);
      assert.ok(named.length > 0 && named.every((mention) => mention.kind === 'org'), 'the reader shows the new kind');
      assert.equal((await edit({ kind: 'retype', entity: stalin.id, type: 'org' })).status, 409);
    });

    test('a mention is rejected by its offsets in the reader, and a missed name accepted by the offsets of a selection', async () => {
      const before = await reader(TEXTS[1]!);
      const person = before.mentions.find((mention) => mention.kind === 'person' && mention.entity)!;
      const count = (await get<Summary>(`/api/entities/${person.entity!.id}`)).body.mentions;
      const rejected = await edit({ kind: 'reject', source: before.id, start: person.start, end: person.end, reason: 'not a name here' });
      assert.equal(rejected.status, 201, JSON.stringify(rejected.body));
      const afterReject = await reader(TEXTS[1]!);
      assert.ok(!afterReject.mentions.some((mention) => mention.start === person.start && mention.end === person.end), 'the reader leaves the rejected name out');
      const remaining = await get<Summary>(`/api/entities/${person.entity!.id}`);
      if (count > 1) assert.equal(remaining.body.mentions, count - 1);
      else assert.equal(remaining.status, 404);

      // A capitalised word no recognizer took for a name: the researcher selects it.
      const unmarked = /\b[A-Z][a-z]{4,}\b/g;
      let selection: { start: number; end: number; text: string } | undefined;
      for (const found of afterReject.text.matchAll(unmarked)) {
        const start = found.index;
        const end = start + found[0].length;
        if (!afterReject.mentions.some((mention) => mention.start < end && start < mention.end)) {
          selection = { start, end, text: found[0] };
          break;
        }
      }
      assert.ok(selection, 'some capitalised word is no mention');
      const accepted = await edit({ kind: 'accept', source: before.id, start: selection.start, end: selection.end, type: 'place' });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      const place = (accepted.body.entities as Summary[])[0]!;
      assert.equal(place.type, 'place');
      const shown = (await reader(TEXTS[1]!)).mentions.find((mention) => mention.start === selection.start && mention.end === selection.end);
      assert.equal(shown?.kind, 'place');
      assert.equal(shown?.entity?.id, place.id);
    });

    test('a split takes the forms asked for into a new entity', async () => {
      const chicherin = await entityNamed('Chicherin');
      const latin = [...forms(chicherin)].filter((form) => /^[A-Za-z]/.test(form));
      assert.ok(latin.length > 0 && latin.length < forms(chicherin).size);
      const split = await edit({ kind: 'split', entity: chicherin.id, forms: latin, label: 'Chicherin (English)' });
      assert.equal(split.status, 201, JSON.stringify(split.body));
      const [kept, made] = split.body.entities as Summary[];
      assert.equal(kept!.id, chicherin.id);
      assert.ok(latin.every((form) => !forms(kept!).has(form)));
      assert.equal(made!.label, 'Chicherin (English)');
      assert.deepEqual([...forms(made!)].sort(), latin.sort());
    });

    test('two edits sent at once are both kept: writes wait for each other', async () => {
      const [first, second] = (await get<Summary[]>('/api/entities?type=place&limit=2')).body;
      const [a, b] = await Promise.all([
        edit({ kind: 'rename', entity: first!.id, label: `${first!.label} (checked)` }),
        edit({ kind: 'rename', entity: second!.id, label: `${second!.label} (checked)` }),
      ]);
      assert.equal(a.status, 201);
      assert.equal(b.status, 201);
      assert.equal((await get<Summary>(`/api/entities/${first!.id}`)).body.label, `${first!.label} (checked)`);
      assert.equal((await get<Summary>(`/api/entities/${second!.id}`)).body.label, `${second!.label} (checked)`);
    });
  });

  describe('edit requests the API refuses', () => {
    test('a wrong kind, a missing field or value, and a reject naming neither or both ways are 400s that say what is wrong', async () => {
      const unknown = await edit({ kind: 'delete', entity: 'x' });
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.message, /kind must be one of merge, split, rename, retype, reject, accept, undo/);
      const noKind = await edit({ entity: 'x' });
      assert.equal(noKind.status, 400);
      const missing = await edit({ kind: 'rename', entity: 'x' });
      assert.equal(missing.status, 400);
      assert.match(missing.body.message, /label/);
      const badType = await edit({ kind: 'retype', entity: 'x', type: 'river' });
      assert.equal(badType.status, 400);
      assert.match(badType.body.message, /person, place, org/);
      assert.equal((await edit({ kind: 'reject', source: 'x' })).status, 400);
      const both = await edit({ kind: 'reject', source: 'x', start: 1, end: 2, every: 'Kemal' });
      assert.equal(both.status, 400);
      assert.match(both.body.message, /not both/);
      const notJson = await app.inject({ method: 'POST', url: '/api/edits', payload: '{"kind":', headers: { 'content-type': 'application/json' } });
      assert.equal(notJson.statusCode, 400);
    });

    test('unknown entities, sources and edits are 404s; a span outside the text is a 400, a word that is no name cannot be rejected', async () => {
      const missingEntity = await edit({ kind: 'rename', entity: 'p-000000000000', label: 'Nobody' });
      assert.equal(missingEntity.status, 404);
      assert.match(missingEntity.body.message, /p-000000000000/);
      assert.equal((await edit({ kind: 'accept', source: 'no-such-file.txt', start: 0, end: 4, type: 'person' })).status, 404);
      assert.equal((await edit({ kind: 'undo', edit: 'ffffffff' })).status, 404);
      const { id, text } = await reader(TEXTS[0]!);
      const outside = await edit({ kind: 'accept', source: id, start: text.length - 2, end: text.length + 5, type: 'person' });
      assert.equal(outside.status, 400);
      assert.match(outside.body.message, /no span/);
      const { mentions } = await reader(TEXTS[0]!);
      const plainWord = [...text.matchAll(/[a-zа-яё]{6,}/gu)].find((word) => !mentions.some((mention) => mention.start < word.index + word[0].length && word.index < mention.end))!;
      const notAName = await edit({ kind: 'reject', source: id, start: plainWord.index, end: plainWord.index + plainWord[0].length });
      assert.equal(notAName.status, 404);
      assert.match(notAName.body.message, /is no name the recognizers found/);
      const logged = (await log()).length;
      assert.equal((await edit({ kind: 'rename', entity: 'p-000000000000', label: 'Nobody' })).status, 404);
      assert.equal((await log()).length, logged, 'a refused edit is not logged');
    });

    test('the OpenAPI document describes the edit routes and every kind of edit', async () => {
      const document = (await get('/api/docs/json')).body;
      assert.ok(document.paths['/api/edits'].get && document.paths['/api/edits'].post);
      const body = JSON.stringify(document.paths['/api/edits'].post.requestBody);
      for (const kind of ['merge', 'split', 'rename', 'retype', 'reject', 'accept', 'undo']) assert.ok(body.includes(`"${kind}"`), kind);
    });
  });
});
