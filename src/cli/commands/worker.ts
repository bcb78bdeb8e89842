import { Command } from 'commander';
import pc from 'picocolors';
import { openQueue, queueLocation } from '../../ingest/queue.js';
import { startWorker, type WorkerEvent } from '../../ingest/queue-worker.js';
import { wholeNumberFrom } from '../options.js';
import { globalOptions, openForWriting, printJson, UsageError, withStore } from '../context.js';

export function workerCommand(): Command {
  return new Command('worker')
    .description('ingest the files queued by `dossier ingest --queue`, on this machine, into --db')
    .option('--queue <url>', 'the PostgreSQL database holding the queue (env DOSSIER_QUEUE; default: --db when that is a PostgreSQL URL)')
    .option('--concurrency <n>', 'files in hand at once, each in its own thread', wholeNumberFrom(1), 1)
    .option('--exit-when-empty', 'stop once the queue is empty and the store resolved, instead of waiting for more files')
    .option('--poll <seconds>', 'how long to wait before looking at an empty queue again', wholeNumberFrom(1), 2)
    .addHelpText(
      'after',
      `
Start as many workers as you like, on any machines that reach the queue and the store. Each
takes a file, reads, annotates and stores it, and takes the next. A worker that dies leaves its
file to be taken again once the job's timeout (ingest --job-timeout) has passed; a file stored
twice is stored once. When the queue drains, one worker resolves the whole store into entities.
SIGTERM or Ctrl-C stops a worker after the files in hand; a second one stops it at once.

Examples:
  dossier worker --db research.db --queue postgres://queue-host/dossier
  dossier worker --db research.db --queue postgres://queue-host/dossier --concurrency 4 --exit-when-empty`,
    )
    .action(async (local: { queue?: string; concurrency: number; exitWhenEmpty?: boolean; poll: number }, command: Command) => {
      const options = globalOptions(command);
      const url = queueLocation(local.queue, options.db);
      if (!url) throw new UsageError('no queue: name its PostgreSQL database with --queue postgres://… (or DOSSIER_QUEUE)');

      const summary = await withStore(openForWriting(options), async (store) => {
        const boss = await openQueue(url, (error) => process.stderr.write(`${pc.yellow('queue')} ${error.message}\n`));
        const worker = startWorker(store, boss, {
          concurrency: local.concurrency,
          exitWhenEmpty: local.exitWhenEmpty === true,
          pollSeconds: local.poll,
          // What happens to each file goes to stderr, as a log, whether or not the summary is JSON.
          onEvent: (event) => process.stderr.write(`${describeEvent(event)}\n`),
        });
        let signalled = false;
        const onSignal = (signal: NodeJS.Signals) => {
          if (signalled) process.exit(130);
          signalled = true;
          process.stderr.write(pc.dim(`${signal}: finishing the files in hand (again to stop at once)…\n`));
          worker.stop();
        };
        process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
        try {
          return await worker.done;
        } finally {
          process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
          await boss.stop({ graceful: false });
        }
      });
      process.exitCode = summary.failed > 0 ? 1 : 0;
      if (options.json) {
        printJson({ ...summary, db: options.db });
        return;
      }
      process.stdout.write(
        `Worker done: ${summary.jobs} file${summary.jobs === 1 ? '' : 's'}: ${summary.added} added, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged, ${summary.failed > 0 ? pc.red(`${summary.failed} failed`) : '0 failed'}` +
          `${summary.released ? `, ${summary.released} given back to the queue` : ''}; ` +
          `${summary.resolutions} resolution${summary.resolutions === 1 ? '' : 's'} of the store.\nDatabase: ${options.db}\n`,
      );
    });
}

function describeEvent(event: WorkerEvent): string {
  switch (event.kind) {
    case 'taken':
      return pc.dim(`taken     ${event.path}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`);
    case 'stored':
      return `${event.outcome.padEnd(9)} ${event.path}`;
    case 'failed':
      return `${pc.red('failed')}    ${event.error}`;
    case 'released':
      return `${pc.yellow('retry')}     ${event.path}: ${event.error}`;
    case 'error':
      return `${pc.red('error')}     ${event.error}`;
    case 'resolving':
      return pc.dim('resolving names into entities and replaying the edits…');
    case 'resolved':
      return `resolved  ${event.entities} entities`;
  }
}
