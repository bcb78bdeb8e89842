/**
 * What the browser tests share: the real `dossier serve` on a store filled by the real CLI, and
 * Debian's headless Chromium (`apt-get install chromium`, or the one CHROMIUM_PATH names) with a
 * record of every page error, console error and request to a host other than the server.
 */
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServe, stopServe } from '../e2e/helpers.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = path.join(ROOT, 'bin/dossier.js');
export const SEEDS = path.join(ROOT, 'examples/seeds/texts');
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Server {
  url: string;
  process: ChildProcess;
}

/** `dossier serve` on a free port of 127.0.0.1, once it says where it listens. */
export async function startServer(db: string): Promise<Server> {
  const { server, url } = await startServe(db);
  return { url, process: server };
}

/** An answer of the server's API, which must be a 200. */
export async function apiGet<T>(server: Server, route: string): Promise<T> {
  const response = await fetch(new URL(route, server.url));
  assert.equal(response.status, 200, `${route}: ${response.status}`);
  return (await response.json()) as T;
}

export async function stopServer(server: Server | undefined): Promise<void> {
  if (server && server.process.exitCode === null) await stopServe(server.process);
}

export function ingestByCli(db: string, files: readonly string[]): void {
  const run = spawnSync(process.execPath, [CLI, '--db', db, 'ingest', ...files], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal(run.status, 0, `dossier ingest failed: ${run.stderr}`);
}

/** Chromium, once the workbench is built; the failure says what to install or build. */
export function launchChromium(): Promise<Browser> {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is not installed at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary`,
  );
  assert.ok(existsSync(path.join(ROOT, 'dist/web/index.html')), 'the workbench is not built: run npm run build');
  return chromium.launch({
    executablePath: CHROMIUM,
    // Software WebGL (SwiftShader through ANGLE) for the network view's sigma: a headless browser has no GPU.
    args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a page did wrong, as it happens: each list should stay empty. */
export interface PageTroubles {
  pageErrors: string[];
  consoleErrors: string[];
  requestsElsewhere: string[];
}

/** Records what `page` does wrong into `troubles` (several pages may share one record). */
export function watchPage(page: Page, troubles: PageTroubles = { pageErrors: [], consoleErrors: [], requestsElsewhere: [] }): PageTroubles {
  page.on('pageerror', (error) => troubles.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') troubles.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== '127.0.0.1') troubles.requestsElsewhere.push(request.url());
  });
  return troubles;
}

export interface Workbench {
  server: Server;
  page: Page;
  troubles: PageTroubles;
  close(): Promise<void>;
}

/**
 * The seeds and `more` texts (file name → text) ingested by the CLI into a store in a new
 * temporary folder, served, and one page open in Chromium at `viewport`, watched for errors.
 */
export async function openWorkbench(folderPrefix: string, viewport: { width: number; height: number }, more: Record<string, string> = {}): Promise<Workbench> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const folder = mkdtempSync(path.join(tmpdir(), folderPrefix));
  for (const [name, text] of Object.entries(more)) writeFileSync(path.join(folder, name), text);
  const db = path.join(folder, 'kb.db');
  ingestByCli(db, [...readdirSync(SEEDS).map((seed) => path.join(SEEDS, seed)), ...Object.keys(more).map((name) => path.join(folder, name))]);
  const server = await startServer(db);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(15_000);
    const opened = browser;
    return {
      server,
      page,
      troubles: watchPage(page),
      close: async () => {
        await opened.close();
        await stopServer(server);
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await stopServer(server);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
