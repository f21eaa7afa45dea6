/**
 * `npm run bench`: the engine's speed on a generated ledger of 20,000 task rows, and the quantity
 * parser against Microsoft Recognizers-Text on the same texts. Prints the figures, then a JSON line.
 */
import path from 'node:path';
import { SheetModel, analyzeSheet, buildWritePlan } from '../src/engine';
import { taskCompletion } from '../src/engine/completion/task-completion';
import { classifyTargetScan } from '../src/engine/measurability';
import type { Density } from './density';
import { densityOf, seedLedgerCells } from './density';
import { generateLedgerSheet } from './ledger-sheet';
import type { TextMix } from './quantities';
import { benchQuantities, generateLedgerTexts } from './quantities';

const ROWS = Number(process.env.BENCH_ROWS ?? 20000);
const SEEDS = process.env.TASKLEDGER_SEEDS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'seeds');

function timeAnalysis(rows: number, mix: TextMix): { ms: number; findings: number } {
  const snapshot = generateLedgerSheet(rows, 7, mix);
  const t0 = performance.now();
  const analysis = analyzeSheet(snapshot);
  if (analysis.status !== 'checked') throw new Error('the generated sheet was not recognised');
  buildWritePlan(analysis, new SheetModel(snapshot), 'zh-CN');
  return { ms: performance.now() - t0, findings: analysis.findings.length };
}

/** Best of 3 after a warm-up run of the full size (the JIT settles only after one). */
function bestOf3(mix: TextMix): { ms: number; findings: number } {
  timeAnalysis(ROWS, mix);
  const runs = [timeAnalysis(ROWS, mix), timeAnalysis(ROWS, mix), timeAnalysis(ROWS, mix)];
  return { ms: Math.min(...runs.map((r) => r.ms)), findings: runs[0]?.findings ?? 0 };
}

/** Microseconds per row for each stage, run on its own over the same texts. */
function stageTimes(rows: number, mix: TextMix): { measurability: number; completion: number } {
  const values = generateLedgerSheet(rows, 7, mix).values.slice(2);
  const texts = values.map((r) => ({ target: String(r[2] ?? ''), progress: String(r[3] ?? '') }));
  const time = (f: () => void): number => {
    f();
    const t0 = performance.now();
    f();
    return ((performance.now() - t0) * 1000) / rows;
  };
  const measured = texts.map((t) => classifyTargetScan(t.target));
  return {
    measurability: time(() => texts.forEach((t) => classifyTargetScan(t.target))),
    completion: time(() => texts.forEach((t, i) => taskCompletion(t.target, t.progress, 'mean', measured[i]))),
  };
}

function densityLine(label: string, targets: Density, progress: Density): string {
  const f = (d: Density): string => `${d.quantities.toFixed(2)} quantities, ${d.numbers.toFixed(2)} numerals`;
  return `  ${label.padEnd(26)} targets ${f(targets)}; progress ${f(progress)} per 100 characters`;
}

function printDensities(): void {
  console.log('figures in the texts (the ledger mix is set to match the real ledger among the seeds):');
  for (const mix of ['ledger', 'dense'] as const) {
    const texts = generateLedgerTexts(2000, 7, mix);
    console.log(densityLine(`generated, ${mix} mix`, densityOf(texts.map((t) => t.target)), densityOf(texts.map((t) => t.progress))));
  }
  const seed = seedLedgerCells(SEEDS);
  if (seed) console.log(densityLine(`seed ledger (${seed.targets.length} rows)`, densityOf(seed.targets), densityOf(seed.progress)));
  else console.log('  seed ledger: ../shared/seeds not found, left out');
}

async function main(): Promise<void> {
  printDensities();
  const ledger = bestOf3('ledger');
  const rowsPerSec = Math.round((ROWS / ledger.ms) * 1000);
  console.log(`whole analysis (header, rows, checks, measurability, completion, status, write plan)`);
  console.log(`  ${ROWS} task rows, ledger mix: best of 3 ${ledger.ms.toFixed(0)} ms → ${rowsPerSec} rows/s on one core (target ≥ 20000)`);
  console.log(`  findings: ${ledger.findings}`);
  const stages = stageTimes(Math.min(ROWS, 5000), 'ledger');
  const rest = (ledger.ms * 1000) / ROWS - stages.measurability - stages.completion;
  console.log(`  per row: measurability ${stages.measurability.toFixed(1)} µs, completion (indicators, actuals, matching) ${stages.completion.toFixed(1)} µs, the rest (header, rows, checks, status, plan) ${rest.toFixed(1)} µs`);
  const withoutCompletion = Math.round(1e6 / Math.max(1, (ledger.ms * 1000) / ROWS - stages.completion));
  console.log(`  the checks of the foundation and measurability issues alone: about ${withoutCompletion} rows/s`);
  const dense = bestOf3('dense');
  const rowsPerSecDense = Math.round((ROWS / dense.ms) * 1000);
  console.log(`  ${ROWS} task rows, dense mix (a figure in every item, the mix of earlier benchmarks): best of 3 ${dense.ms.toFixed(0)} ms → ${rowsPerSecDense} rows/s`);
  console.log(`  peak RSS so far: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);

  const texts = generateLedgerTexts(300, 11, 'dense').flatMap((t) => [t.target, t.progress]);
  const q = await benchQuantities(texts);
  console.log(`quantity parser vs @microsoft/recognizers-text (number-with-unit + number) on ${texts.length} texts`);
  console.log(`  ours ${q.ourMsPerText.toFixed(4)} ms/text, Recognizers ${q.recognizersMsPerText.toFixed(2)} ms/text → ${q.ratio.toFixed(0)}× faster (target ≥ 100×)`);
  console.log(`  counters (个/家/项 …) we find that Recognizers misses: ${q.countersWeFindTheyMiss}`);
  console.log(`  peak RSS: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
  console.log(
    JSON.stringify({
      rowsPerSec,
      vsRecognizers: Math.round(q.ratio),
      countersMissedByRecognizers: q.countersWeFindTheyMiss,
      rowsPerSecWithoutCompletion: withoutCompletion,
      rowsPerSecDenseMix: rowsPerSecDense,
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
