/**
 * `npm run bench`: the engine's speed on a generated ledger of 20,000 task rows, and the quantity
 * parser against Microsoft Recognizers-Text on the same texts. Prints the figures, then a JSON line.
 */
import { SheetModel, analyzeSheet, buildWritePlan } from '../src/engine';
import { taskCompletion } from '../src/engine/completion/task-completion';
import { classifyTargetScan } from '../src/engine/measurability';
import { generateLedgerSheet } from './ledger-sheet';
import { benchQuantities, generateLedgerTexts } from './quantities';

const ROWS = Number(process.env.BENCH_ROWS ?? 20000);

function timeAnalysis(rows: number): { ms: number; findings: number } {
  const snapshot = generateLedgerSheet(rows);
  const t0 = performance.now();
  const analysis = analyzeSheet(snapshot);
  if (analysis.status !== 'checked') throw new Error('the generated sheet was not recognised');
  buildWritePlan(analysis, new SheetModel(snapshot), 'zh-CN');
  return { ms: performance.now() - t0, findings: analysis.findings.length };
}

/** Microseconds per row for each stage, run on its own over the same texts. */
function stageTimes(rows: number): { measurability: number; completion: number } {
  const values = generateLedgerSheet(rows).values.slice(2);
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

async function main(): Promise<void> {
  timeAnalysis(1000); // warm-up
  const runs = [timeAnalysis(ROWS), timeAnalysis(ROWS), timeAnalysis(ROWS)];
  const best = Math.min(...runs.map((r) => r.ms));
  const rowsPerSec = Math.round((ROWS / best) * 1000);
  console.log(`whole analysis (header, rows, checks, measurability, completion, status, write plan)`);
  console.log(`  ${ROWS} task rows: best of 3 ${best.toFixed(0)} ms → ${rowsPerSec} rows/s on one core (target ≥ 20000)`);
  console.log(`  findings: ${runs[0]?.findings ?? 0}`);
  const stages = stageTimes(Math.min(ROWS, 5000));
  const rest = (best * 1000) / ROWS - stages.measurability - stages.completion;
  console.log(`  per row: measurability ${stages.measurability.toFixed(1)} µs, completion (indicators, actuals, matching) ${stages.completion.toFixed(1)} µs, the rest (header, rows, checks, status, plan) ${rest.toFixed(1)} µs`);
  const withoutCompletion = Math.round(1e6 / Math.max(1, (best * 1000) / ROWS - stages.completion));
  console.log(`  the checks of the foundation and measurability issues alone: about ${withoutCompletion} rows/s`);
  console.log(`  peak RSS so far: ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);

  const texts = generateLedgerTexts(300, 11).flatMap((t) => [t.target, t.progress]);
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
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
