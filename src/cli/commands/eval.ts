import { relative } from 'node:path';
import { Command } from 'commander';
import pc from 'picocolors';
import { recognizedKinds } from '../../annotate/index.js';
import { extractFiles } from '../../extract/index.js';
import { loadGoldDir } from '../../eval/gold.js';
import { CATEGORIES, evaluate, type Category, type EvalReport } from '../../eval/evaluate.js';
import { formatTable, truncate } from '../table.js';
import { globalOptions, printJson, UsageError } from '../context.js';
import { wholeNumberFrom } from '../options.js';

export function evalCommand(): Command {
  return new Command('eval')
    .description('score extraction against hand-made gold files (the format is in docs/DESIGN.md)')
    .argument('<gold-dir>', 'a folder of gold *.json files, one per text')
    .option('--details [n]', 'also list what was missed, found wrongly or valued wrongly (n per category, default 20)', wholeNumberFrom(1))
    .option('--only <categories>', `comma-separated categories: ${CATEGORIES.join(', ')}`)
    .addHelpText(
      'after',
      `
Persons, places and organisations score distinct forms per text; linking scores pairs of
forms put in one entity; dates and quantities score spans (dates also the share of right
EDTF values; quantities count a match only when value and item are right too).
A category the gold does not annotate, or that no recognizer produces yet, is said so.

Examples:
  dossier eval test/gold
  dossier eval test/gold --details 50 --only dates
  dossier eval test/gold --json > scores.json`,
    )
    .action(async (dir: string, local: { details?: number | true; only?: string }, command: Command) => {
      const options = globalOptions(command);
      const only = parseCategories(local.only);
      const details = local.details === undefined ? 0 : local.details === true ? 20 : local.details;
      const gold = await loadGoldDir(dir);
      const texts = [...new Set(gold.map((file) => file.textPath))];
      const extraction = await extractFiles(texts);
      for (const failure of extraction.failures) process.stderr.write(`${pc.red('failed')} ${failure.error}\n`);
      const byPath = new Map(extraction.sources.map((source) => [source.path, source]));
      const report = evaluate(gold, extraction, (file) => byPath.get(file.textPath), recognizedKinds());
      report.categories = report.categories.filter((result) => !only || only.has(result.category));
      process.exitCode = extraction.failures.length > 0 ? 1 : 0;
      if (options.json) {
        printJson(report);
        return;
      }
      process.stdout.write(`${formatReport(report)}\n`);
      if (details > 0) process.stdout.write(formatMisses(report, details));
    });
}

function parseCategories(value: string | undefined): Set<Category> | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(CATEGORIES as readonly string[]).includes(name));
  if (unknown.length) throw new UsageError(`--only: unknown categor${unknown.length === 1 ? 'y' : 'ies'} ${unknown.join(', ')} (choose from ${CATEGORIES.join(', ')})`);
  return new Set(names as Category[]);
}

const percent = (value: number) => `${(value * 100).toFixed(1)}`;

function formatReport(report: EvalReport): string {
  const rows = report.categories.map((result) => {
    if (result.status !== 'scored') {
      return [result.category, '', '', '', '', '', '', result.status === 'no-gold' ? 'not annotated in the gold' : 'no recognizer yet'];
    }
    const { score } = result;
    const extra =
      result.valueAccuracy !== undefined
        ? `EDTF right ${percent(result.valueAccuracy)} %`
        : result.spanScore
          ? `span F1 ${percent(result.spanScore.f1)}`
          : '';
    return [result.category, String(score.tp), String(score.fp), String(score.fn), percent(score.precision), percent(score.recall), percent(score.f1), extra];
  });
  return `${report.files.length} gold file${report.files.length === 1 ? '' : 's'}\n\n${formatTable(['category', 'tp', 'fp', 'fn', 'P %', 'R %', 'F1 %', ''], rows)}`;
}

function formatMisses(report: EvalReport, perCategory: number): string {
  const out: string[] = [];
  for (const result of report.categories) {
    if (result.status !== 'scored' || result.misses.length === 0) continue;
    out.push('', pc.bold(`${result.category}: ${result.misses.length} to look at${result.misses.length > perCategory ? `, first ${perCategory}` : ''}`));
    for (const miss of result.misses.slice(0, perCategory)) {
      const where = pc.dim(relative(process.cwd(), miss.file));
      const values = [miss.expected && `expected ${miss.expected}`, miss.got && `got ${miss.got}`].filter(Boolean).join(', ');
      out.push(`  ${miss.kind.padEnd(14)} ${truncate(miss.found, 70)}${values ? pc.dim(` (${values})`) : ''}  ${where}`);
    }
  }
  return `${out.join('\n')}\n`;
}
