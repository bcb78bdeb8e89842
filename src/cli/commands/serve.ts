import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import pc from 'picocolors';
import { isLoopback } from '../../serve/auth.js';
import { buildApp, DEFAULT_MAX_UPLOAD_MB } from '../../serve/app.js';
import { globalOptions, openForWriting, UsageError, withStore } from '../context.js';
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
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the JSON API (documented at /api/docs) and the web workbench')
    .option('--port <n>', 'the port to listen on (0: any free one)', wholeNumberFrom(0), DEFAULT_PORT)
    .option('--host <address>', 'the address to listen on; any but loopback needs a token', DEFAULT_HOST)
    .option('--token <secret>', 'every request must carry it (env DOSSIER_TOKEN): Authorization: Bearer <secret>, or ?token=<secret>')
    .option('--max-upload-mb <n>', 'refuse uploaded files larger than this', wholeNumberFrom(1), DEFAULT_MAX_UPLOAD_MB)
    .addHelpText(
      'after',
      `
Uploaded files are kept next to the database, in <db>.uploads/.

Examples:
  dossier serve
  dossier serve --port 8080 --db research.db
  DOSSIER_TOKEN=… dossier serve --host 0.0.0.0`,
    )
    .action(async (local: ServeOptions, command: Command) => {
      const options = globalOptions(command);
      const token = local.token ?? process.env.DOSSIER_TOKEN;
      if (!isLoopback(local.host) && !token) {
        throw new UsageError(`listening on ${local.host} makes the store reachable from other machines: give a secret with --token or DOSSIER_TOKEN`);
      }
      await withStore(openForWriting(options), async (store) => {
        const app = await buildApp({
          store,
          uploadsDir: `${path.resolve(options.db)}.uploads`,
          maxUploadMb: local.maxUploadMb,
          token,
          uiDir: UI_DIR,
        });
        const stopped = new Promise<void>((resolve) => {
          const stop = () => void app.close().then(resolve);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.listen({ port: local.port, host: local.host });
        const address = app.server.address();
        const port = typeof address === 'object' && address !== null ? address.port : local.port;
        const host = local.host.includes(':') ? `[${local.host}]` : local.host;
        process.stdout.write(`Dossier is serving ${options.db} at ${pc.bold(`http://${host}:${port}/`)}\n`);
        process.stdout.write(pc.dim(`API documentation: http://${host}:${port}/api/docs${token ? ' (every request needs the token)' : ''}; Ctrl+C stops\n`));
        await stopped;
      });
    });
}
