/** Runs the real `dossier` CLI (the built one, as a user would) in a child process. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
