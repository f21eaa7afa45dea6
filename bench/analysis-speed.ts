/**
 * The whole analysis alone (no Recognizers-Text comparison), for quick before/after timings and
 * profiling: `node [--cpu-prof] dist/bench/analysis-speed.js [runs] [rows] [ledger|dense]`. Prints each run and the best, in
 * wall-clock time and in this process's CPU time (steadier when other processes share the cores).
 */
import { SheetModel, analyzeSheet, buildWritePlan } from '../src/engine';
import { generateLedgerSheet } from './ledger-sheet';
import { textMix } from './quantities';

const RUNS = Number(process.argv[2] ?? 5);
const ROWS = Number(process.argv[3] ?? 20000);
const MIX = textMix(process.argv[4]);

function timeAnalysis(rows: number): { wall: number; cpu: number } {
  const snapshot = generateLedgerSheet(rows, 7, MIX);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const analysis = analyzeSheet(snapshot);
  if (analysis.status !== 'checked') throw new Error('the generated sheet was not recognised');
  buildWritePlan(analysis, new SheetModel(snapshot), 'zh-CN');
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

timeAnalysis(ROWS); // warm-up: the JIT settles only after a run of the full size
const times: { wall: number; cpu: number }[] = [];
for (let i = 0; i < RUNS; i++) times.push(timeAnalysis(ROWS));
for (const key of ['wall', 'cpu'] as const) {
  const list = times.map((t) => t[key]);
  const best = Math.min(...list);
  console.log(`${key} (ms): ${list.map((t) => t.toFixed(0)).join(' ')}; best of ${RUNS}: ${best.toFixed(0)} ms → ${Math.round((ROWS / best) * 1000)} rows/s`);
}
