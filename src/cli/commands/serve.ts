import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import pc from 'picocolors';
import { isLoopback } from '../../serve/auth.js';
import { buildApp, DEFAULT_MAX_UPLOAD_MB } from '../../serve/app.js';
import { storeName } from '../../store/open.js';
import { globalOptions, openForWriting, uploadsDirOf, UsageError, withStore, type GlobalOptions } from '../context.js';
import { wholeNumberFrom } from '../options.js';

const DEFAULT_PORT = 7420;
const DEFAULT_HOST = '127.0.0.1';
/** The built web workbench, at the same place from `dist/` and from `src/`. */
const UI_DIR = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

interface ServeOptions {
  port: number;
  host: string;
  token?: string;
  maxUploadMb: number;
  workers: number;
  uploads?: string;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the JSON API (documented at /api/docs) and the web workbench')
    .option('--port <n>', 'the port to listen on (0: any free one)', wholeNumberFrom(0), DEFAULT_PORT)
    .option('--host <address>', 'the address to listen on; any but loopback needs a token', DEFAULT_HOST)
    .option('--token <secret>', 'every request must carry it (env DOSSIER_TOKEN): Authorization: Bearer <secret>, or ?token=<secret>')
    .option('--max-upload-mb <n>', 'refuse uploaded files larger than this', wholeNumberFrom(1), DEFAULT_MAX_UPLOAD_MB)
    .option('--uploads <folder>', 'where uploaded files are kept (default: <db>.uploads beside an SQLite file, <database>.uploads in the working folder for PostgreSQL)')
    .option('--workers <n>', 'processes answering requests, each with its own connection to the store (default: one per CPU)', wholeNumberFrom(1), availableParallelism())
    .addHelpText(
      'after',
      `
Uploaded files are kept next to the database, in <db>.uploads/ (for a PostgreSQL URL, in
<database name>.uploads/ of the working folder), or in the folder --uploads names.
Requests are shared among the worker processes; what one of them writes (an upload, an edit)
the others read at their next request.

Examples:
  dossier serve
  dossier serve --port 8080 --db research.db
  dossier serve --db postgres://dossier@db.example:5432/research
  DOSSIER_TOKEN=… dossier serve --host 0.0.0.0`,
    )
    .action(async (local: ServeOptions, command: Command) => {
      const options = globalOptions(command);
      const token = local.token ?? process.env.DOSSIER_TOKEN;
      if (!isLoopback(local.host) && !token) {
        throw new UsageError(`listening on ${local.host} makes the store reachable from other machines: give a secret with --token or DOSSIER_TOKEN`);
      }
      const announce = (port: number) => printAddress(options, local, token, port);
      if (cluster.isWorker) {
        await listenUntilStopped(options, local, token, () => {});
        // The channel to the primary would keep this process alive.
        cluster.worker?.disconnect();
      } else if (local.workers === 1) await listenUntilStopped(options, local, token, announce);
      else await superviseWorkers(options, local.workers, announce);
    });
}

/** Serves the store in this process until SIGINT or SIGTERM; `listening` gets the port once requests are taken. */
async function listenUntilStopped(options: GlobalOptions, local: ServeOptions, token: string | undefined, listening: (port: number) => void): Promise<void> {
  await withStore(openForWriting(options), async (store) => {
    const app = await buildApp({
      store,
      uploadsDir: local.uploads === undefined ? uploadsDirOf(options.db) : path.resolve(local.uploads),
      maxUploadMb: local.maxUploadMb,
      token,
      uiDir: UI_DIR,
    });
    const stopped = new Promise<void>((resolve) => {
      // Ctrl+C reaches the workers both from the terminal and from the primary: close once.
      let closing: Promise<void> | undefined;
      const stop = () => void (closing ??= app.close().then(resolve));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await app.listen({ port: local.port, host: local.host });
    const address = app.server.address();
    listening(typeof address === 'object' && address !== null ? address.port : local.port);
    await stopped;
  });
}

/**
 * Runs `count` worker processes that share the port (node:cluster hands each connection to
 * one of them), so that requests are answered on every CPU. The schema is brought up to date
 * here, once, before any worker opens the file. A worker that dies after the start is replaced;
 * one that fails to start stops them all, with its exit code.
 */
async function superviseWorkers(options: GlobalOptions, count: number, announce: (port: number) => void): Promise<void> {
  await withStore(openForWriting(options), async () => {});
  await new Promise<void>((resolve) => {
    let started = false;
    let stopping = false;
    const running = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    const stop = () => {
      stopping = true;
      for (const worker of running()) worker.process.kill('SIGTERM');
      if (running().length === 0) resolve();
    };
    cluster.on('listening', (_worker, address) => {
      if (started) return;
      started = true;
      announce(address.port);
    });
    cluster.on('exit', (_worker, code, signal) => {
      if (stopping) {
        if (running().length === 0) resolve();
      } else if (!started) {
        // The worker has said why (a port in use, a database it cannot open).
        process.exitCode = code || 1;
        stop();
      } else {
        process.stderr.write(`a server process stopped (${signal ?? `exit code ${code}`}); starting another\n`);
        cluster.fork();
      }
    });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    for (let k = 0; k < count; k++) cluster.fork();
  });
}

function printAddress(options: GlobalOptions, local: ServeOptions, token: string | undefined, port: number): void {
  const host = local.host.includes(':') ? `[${local.host}]` : local.host;
  process.stdout.write(`Dossier is serving ${storeName(options.db)} at ${pc.bold(`http://${host}:${port}/`)}\n`);
  process.stdout.write(pc.dim(`API documentation: http://${host}:${port}/api/docs${token ? ' (every request needs the token)' : ''}; Ctrl+C stops\n`));
}
