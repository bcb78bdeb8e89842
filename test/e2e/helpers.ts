/** Runs the real `dossier` CLI (the built one, as a user would) in a child process, and its server. */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FreshStore, StoreKind } from '../store-kinds.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(repoRoot, 'examples', 'seeds', 'texts');
export const cliPath = join(repoRoot, 'bin', 'dossier.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function runJson<T>(args: readonly string[], options?: { env?: Record<string, string>; cwd?: string }): T {
  const result = runCli([...args, '--json'], options);
  if (result.status !== 0) throw new Error(`dossier ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export function tempDir(prefix = 'dossier-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Starts `dossier serve` of the store `db` on a free loopback port; resolves with the process and its URL once it prints it. */
export async function startServe(db: string, extra: readonly string[] = []): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db, ...extra], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  server.stdout!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited ${code} before printing its URL: ${output}`)));
  });
  return { server, url };
}

/** Stops it as a user's Ctrl-C would (SIGTERM); resolves with its exit code. */
export async function stopServe(server: ChildProcess): Promise<number | null> {
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

/** A fresh store of `kind` for the tests of the suite this is called in: created before them, removed after; its location once created. */
export function suiteStore(kind: StoreKind): () => string {
  let fresh: FreshStore | undefined;
  before(async () => {
    fresh = await kind.fresh();
  });
  after(() => fresh?.remove());
  return () => fresh!.location;
}
