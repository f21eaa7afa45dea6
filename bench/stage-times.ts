/**
 * Microseconds per row of each stage of the analysis on the bench ledger, each stage run on its own
 * (best of N): `node dist/bench/stage-times.js [runs] [rows] [ledger|dense]`.
 */
import { SheetModel, analyzeSheet, buildWritePlan, summarizeSheet } from '../src/engine';
import { judgeRows } from '../src/engine/analysis/judge-rows';
import type { CheckContext } from '../src/engine/checks/check-context';
import { CHECKS } from '../src/engine/checks';
import { taskCompletion } from '../src/engine/completion/task-completion';
import { detectHeader } from '../src/engine/header/detect-header';
import { classifyTargetScan } from '../src/engine/measurability';
import { DEFAULT_PROFILE } from '../src/engine/profile/default-profile';
import { parseRows } from '../src/engine/rows/parse-rows';
import { Placeholders } from '../src/engine/units/placeholder';
import { generateLedgerSheet } from './ledger-sheet';
import { textMix } from './quantities';

const RUNS = Number(process.argv[2] ?? 5);
const ROWS = Number(process.argv[3] ?? 20000);
const MIX = textMix(process.argv[4]);

const snapshot = generateLedgerSheet(ROWS, 7, MIX);
const analysis = analyzeSheet(snapshot);
if (analysis.status !== 'checked') throw new Error('the generated sheet was not recognised');
const profile = DEFAULT_PROFILE;
const placeholders = new Placeholders(profile.placeholders);
const texts = analysis.records.map((r) => ({ target: r.target ?? '', progress: r.progress ?? '' }));

function best(f: () => void): number {
  f();
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return (min * 1000) / ROWS;
}

const rows: [string, number][] = [];
const measure = (name: string, f: () => void): void => {
  rows.push([name, best(f)]);
};
measure('whole analysis + write plan', () => {
  const a = analyzeSheet(snapshot);
  if (a.status === 'checked') buildWritePlan(a, new SheetModel(snapshot), 'zh-CN');
});
measure('  model + header', () => detectHeader(new SheetModel(snapshot), profile));
measure('  parse rows', () => parseRows(new SheetModel(snapshot), analysis.columns, placeholders));
measure('  judge rows', () => judgeRows(analysis, profile, placeholders, analysis.asOf, {}));
const measured = texts.map((t) => classifyTargetScan(t.target));
measure('    measurability alone', () => texts.forEach((t) => classifyTargetScan(t.target)));
measure('    completion alone', () => texts.forEach((t, i) => taskCompletion(t.target, t.progress, 'mean', measured[i])));
const ctx: CheckContext = {
  sheet: analysis.sheet, profile, columns: analysis.columns, records: analysis.records, placeholders,
  subitems: new Map(), judgements: analysis.judgements, overwrite: false,
};
measure('  checks', () => CHECKS.forEach((check) => check(ctx)));
measure('  write plan (with summary)', () => buildWritePlan(analysis, new SheetModel(snapshot), 'zh-CN'));
measure('    summary alone', () => summarizeSheet(analysis));
for (const [name, us] of rows) console.log(`${name.padEnd(32)} ${us.toFixed(1).padStart(7)} µs/row`);
