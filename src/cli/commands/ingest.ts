import { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import pc from 'picocolors';
import { expandInputs } from '../../ingest/inputs.js';
import { ingestFiles, type FileOutcome } from '../../ingest/batch.js';
import { wholeNumberFrom } from '../options.js';
import type { OrphanedEdit } from '../../model.js';
import { formatBytes } from '../table.js';
import { describeEdit } from '../../curate/describe.js';
import { globalOptions, openForWriting, printJson, UsageError, withStore, type GlobalOptions } from '../context.js';
import { enqueueFiles, openQueue, queueLocation } from '../../ingest/queue.js';
import { isPostgresUrl, storeName } from '../../store/open.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read, normalize, segment and store documents (txt, md, html, pdf, docx, images via tesseract)')
    .argument('[paths...]', 'files, folders (walked recursively) or quoted glob patterns')
    .option('--no-annotate', 'store and index only (several times faster); the next ingest without it finds the dates, quantities and names')
    .option('--queue [url]', 'queue the files for `dossier worker` processes instead, in this PostgreSQL database (env DOSSIER_QUEUE; default: --db when that is a PostgreSQL URL)')
    .option('--job-timeout <seconds>', 'with --queue: a file not done this long after a worker took it is given to another', wholeNumberFrom(1), 900)
    .option('--jobs <n>', 'threads that read and annotate files while one stores them (default: one per core, one per 4 MB of files at most; 1: none)', wholeNumberFrom(1))
    .addHelpText(
      'after',
      `
Re-ingesting an unchanged file does nothing; a changed file replaces its older version.
A file that cannot be read is reported and skipped; the exit code is then 1.

With --queue, each file (its bytes, so the workers need not see this file system) becomes a
job in the queue, and \`dossier worker\` processes on any machines ingest them.

Examples:
  dossier ingest examples/seeds/texts
  dossier ingest 'archive/**/*.pdf' letters/ --db research.db
  dossier ingest --queue postgres://queue-host/dossier archive/`,
    )
    .action(async (paths: string[], local: IngestOptions, command: Command) => {
      const options = globalOptions(command);
      // `--queue` takes an optional URL, so it swallows the first path when given none.
      if (typeof local.queue === 'string' && !isPostgresUrl(local.queue)) {
        paths.unshift(local.queue);
        local.queue = true;
      }
      if (paths.length === 0) throw new UsageError('name the files, folders or patterns to ingest (dossier ingest --help)');
      const { files, missing } = await expandInputs(paths);
      for (const { input, reason } of missing) process.stderr.write(`${pc.red('error')} ${input}: ${reason}\n`);
      if (files.length === 0) throw new UsageError('nothing to ingest: no file of a supported format was found');
      if (local.queue !== undefined) {
        await enqueue(files, missing.length, local, options);
        return;
      }

      const summary = await withStore(openForWriting(options), (store) =>
        ingestFiles(store, files, {
          annotate: local.annotate,
          jobs: local.jobs ?? 0,
          onFile: options.json ? undefined : fileReporter(files.length),
          onStep: options.json ? undefined : (step) => process.stderr.write(pc.dim(`${step}…\n`)),
        }),
      );
      process.exitCode = summary.failed > 0 || missing.length > 0 ? 1 : 0;

      if (options.json) {
        printJson({ ...summary, missing, db: storeName(options.db) });
        return;
      }
      for (const failure of summary.files.filter((f) => f.outcome === 'failed')) {
        process.stderr.write(`${pc.red('failed')} ${failure.error}\n`);
      }
      const mb = summary.bytes / 1024 / 1024;
      // A rate means little for a few small files, where loading dictionaries dominates.
      const rate = mb >= 1 && summary.seconds > 0 ? ` (${(mb / summary.seconds).toFixed(2)} MB/s)` : '';
      process.stdout.write(
        `Ingested ${files.length} file${files.length === 1 ? '' : 's'}, ${formatBytes(summary.bytes)} in ${summary.seconds.toFixed(1)} s${rate}: ` +
          `${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ` +
          `${summary.failed > 0 ? pc.red(`${summary.failed} failed`) : '0 failed'}.\n` +
          (summary.knowledge
            ? `Entities in the database: ${summary.knowledge.entities}` +
              `${summary.knowledge.reannotated ? ` (${summary.knowledge.reannotated} stored sources annotated)` : ''}.\n` +
              orphanedReport(summary.knowledge.orphaned)
            : 'Not annotated (--no-annotate): the next ingest finds dates, quantities and names.\n') +
          `Database: ${storeName(options.db)}\n`,
      );
    });
}

interface IngestOptions {
  annotate: boolean;
  jobs?: number;
  queue?: string | true;
  jobTimeout: number;
}

async function enqueue(files: string[], missing: number, local: IngestOptions, options: GlobalOptions): Promise<void> {
  if (local.jobs !== undefined) throw new UsageError('--jobs is for ingesting here; with --queue, give each worker --concurrency');
  const url = queueLocation(local.queue === true ? undefined : local.queue, options.db);
  if (!url) throw new UsageError('--queue needs the PostgreSQL database of the queue: --queue postgres://… (or DOSSIER_QUEUE, or a PostgreSQL --db)');
  const boss = await openQueue(url);
  let summary;
  try {
    summary = await enqueueFiles(boss, files, { annotate: local.annotate, timeoutSeconds: local.jobTimeout });
  } finally {
    await boss.stop({ graceful: false });
  }
  process.exitCode = summary.failed.length > 0 || missing > 0 ? 1 : 0;
  if (options.json) {
    printJson({ ...summary, queue: storeName(url) });
    return;
  }
  for (const failure of summary.failed) process.stderr.write(`${pc.red('failed')} ${failure.error}\n`);
  const bytes = summary.queued.reduce((sum, job) => sum + job.bytes, 0);
  process.stdout.write(
    `Queued ${summary.queued.length} file${summary.queued.length === 1 ? '' : 's'}, ${formatBytes(bytes)}, in ${storeName(url)}` +
      `${summary.failed.length ? `; ${pc.red(`${summary.failed.length} could not be read`)}` : ''}.\n` +
      `Workers ingest them: dossier worker --db STORE --queue ${storeName(url)}\n`,
  );
}

/** Corrections the new texts no longer hold: named, so the researcher can look again. */
function orphanedReport(orphaned: readonly OrphanedEdit[]): string {
  if (orphaned.length === 0) return '';
  const lines = orphaned.map(({ edit, reason }) => `  ${edit.id} ${describeEdit(edit)}: ${reason}\n`);
  return pc.yellow(`${orphaned.length} edit${orphaned.length === 1 ? '' : 's'} orphaned (kept in the log, not applied; dossier edits --orphaned):\n`) + lines.join('');
}

/** A progress bar on a terminal (failures are listed after it); one line per file otherwise, so logs show what happened. */
function fileReporter(total: number): (result: FileOutcome, done: number) => void {
  const interactive = process.stderr.isTTY === true && total > 1;
  const bar = interactive
    ? new SingleBar({ format: ' {bar} {value}/{total} files | {file}', hideCursor: true, stream: process.stderr, clearOnComplete: true })
    : undefined;
  bar?.start(total, 0, { file: '' });
  return (result, done) => {
    if (!bar) {
      const detail =
        result.outcome === 'failed' ? result.error : `${result.passages} passages, ${(result.languages ?? []).join('+') || 'und'}`;
      process.stderr.write(`${result.outcome.padEnd(9)} ${result.path} (${detail})\n`);
    }
    bar?.update(done, { file: result.path.split('/').pop() ?? '' });
    if (done === total) bar?.stop();
  };
}
