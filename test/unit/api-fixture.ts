/** A store of the seed texts (and any more texts), and `dossier serve`'s API over it, called with `inject` (no socket). */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../src/ingest/batch.js';
import { buildApp, type Api } from '../../src/serve/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { SQLITE, type StoreKind } from '../store-kinds.js';

export const SEEDS = fileURLToPath(new URL('../../examples/seeds/texts/', import.meta.url));

export interface ApiFixture {
  store: Store;
  app: Api;
  close(): Promise<void>;
}

export interface StoreFixture {
  store: Store;
  /** A temporary folder beside the store (the added texts, uploads), removed by `close`. */
  folder: string;
  close(): Promise<void>;
}

/** The seeds and `more` (file name → text), written to a new temporary folder, ingested into a fresh store of `kind`. */
export async function storeOnSeeds(folderPrefix: string, more: Record<string, string> = {}, kind: StoreKind = SQLITE): Promise<StoreFixture> {
  const folder = mkdtempSync(path.join(tmpdir(), folderPrefix));
  const files = readdirSync(SEEDS).sort().map((name) => path.join(SEEDS, name));
  for (const [name, text] of Object.entries(more)) {
    writeFileSync(path.join(folder, name), text);
    files.push(path.join(folder, name));
  }
  const fresh = await kind.fresh();
  const store = await openStore(fresh.location);
  await ingestFiles(store, files);
  return {
    store,
    folder,
    close: async () => {
      await store.close();
      await fresh.remove();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The seeds and `more` ingested as `storeOnSeeds` does, and the app serving them. */
export async function apiOnSeeds(folderPrefix: string, more: Record<string, string> = {}, kind: StoreKind = SQLITE): Promise<ApiFixture> {
  const fixture = await storeOnSeeds(folderPrefix, more, kind);
  const app = await buildApp({ store: fixture.store, uploadsDir: path.join(fixture.folder, 'uploads') });
  return {
    store: fixture.store,
    app,
    close: async () => {
      await app.close();
      await fixture.close();
    },
  };
}

/** A GET that must answer 200, and its JSON. */
export async function getJson<T>(app: Api, url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return response.json() as T;
}
