/**
 * A PostgreSQL server for tests: the one DOSSIER_TEST_POSTGRES names (a fresh database is
 * made in it and dropped afterwards), else a throwaway cluster started from the PostgreSQL
 * binaries on this machine, listening on 127.0.0.1 only. When neither is to be had, the reason,
 * for the test to skip with.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POSTGRES } from '../store-kinds.js';

export interface TestPostgres {
  /** A database of its own, empty. */
  url: string;
  stop(): Promise<void>;
}

export async function testPostgres(): Promise<TestPostgres | { skip: string }> {
  const server = process.env.DOSSIER_TEST_POSTGRES;
  if (server) {
    const fresh = await POSTGRES.fresh();
    return { url: fresh.location, stop: fresh.remove };
  }
  const bin = postgresBinaries();
  if (!bin) return { skip: 'needs PostgreSQL: set DOSSIER_TEST_POSTGRES to a server URL, or install its server binaries (initdb, pg_ctl)' };
  const asUser = process.getuid?.() === 0 ? unprivilegedUser() : [];
  if (!asUser) return { skip: 'initdb refuses to run as root and there is no postgres user to run it as; set DOSSIER_TEST_POSTGRES' };
  return throwawayCluster(bin, asUser);
}

function postgresBinaries(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((version) => existsSync(join(root, version, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

/** The command prefix that runs a program as the `postgres` user, if there is one. */
function unprivilegedUser(): string[] | undefined {
  const found = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  return found.status === 0 ? ['runuser', '-u', 'postgres', '--'] : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function throwawayCluster(bin: string, asUser: string[]): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'));
  const data = join(dir, 'data');
  if (asUser.length) {
    spawnSync('chown', ['postgres', dir]);
    chmodSync(dir, 0o700);
  }
  const run = (program: string, args: string[]) => {
    const [command, ...prefix] = [...asUser, join(bin, program)];
    const result = spawnSync(command!, [...prefix, ...args], { encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  run('pg_ctl', ['start', '-w', '-D', data, '-l', join(dir, 'server.log'), '-o', settings]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
