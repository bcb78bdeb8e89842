/**
 * What the browser tests share: the real `dossier serve` on a store filled by the real CLI, and
 * Debian's headless Chromium (`apt-get install chromium`, or the one CHROMIUM_PATH names) with a
 * record of every page error, console error and request to a host other than the server.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = path.join(ROOT, 'bin/dossier.js');
export const SEEDS = path.join(ROOT, 'examples/seeds/texts');
export const SCREENSHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Server {
  url: string;
  process: ChildProcess;
}

export function startServer(db: string): Promise<Server> {
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk: string) => {
      output += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) resolve({ url: found[0], process: server });
    });
    server.once('exit', (code) => reject(new Error(`dossier serve exited ${code}: ${output}`)));
  });
}

/** An answer of the server's API, which must be a 200. */
export async function apiGet<T>(server: Server, route: string): Promise<T> {
  const response = await fetch(new URL(route, server.url));
  assert.equal(response.status, 200, `${route}: ${response.status}`);
  return (await response.json()) as T;
}

export async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a page did wrong, as it happens: each list should stay empty. */
export interface PageTroubles {
  pageErrors: string[];
  consoleErrors: string[];
  requestsElsewhere: string[];
}

export function watchPage(page: Page): PageTroubles {
  const troubles: PageTroubles = { pageErrors: [], consoleErrors: [], requestsElsewhere: [] };
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
