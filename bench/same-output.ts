/**
 * Identity check for speed work: runs the engine (analysis, write plan, report, summary) over the bench
 * ledgers, the sample workbook, the layout fixtures and the shared seed ledgers, and compares a JSON dump
 * of everything with a reference written earlier.
 *
 *   node dist/bench/same-output.js --write [file]   write the reference (default: $TMPDIR/taskledger-same-output.json)
 *   node dist/bench/same-output.js [file]           compare with it; exit code 1 on any difference
 *
 * The seed ledgers are read from ../shared/seeds (or $TASKLEDGER_SEEDS) when present. To make the reference
 * from an earlier commit, check that commit out in a git worktree, copy this file there and run it with --write.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import type ExcelJS from 'exceljs';
import type { AnalyzeOptions, CellValue, SheetSnapshot } from '../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan, sheetReport, summarizeSheet } from '../src/engine';
import { loadWorkbook } from '../src/cli/xlsx/load-workbook';
import { readSnapshot } from '../src/cli/xlsx/read-snapshot';
import * as layouts from '../test/fixtures/layouts';
import { generateLedgerSheet } from './ledger-sheet';

const ROOT = path.resolve(__dirname, '..', '..');

/** Maps and Sets as entry lists, so that JSON shows them. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/** A seed ledger (rows of cells separated by "|") as a snapshot. */
function seedSnapshot(name: string, text: string): SheetSnapshot {
  const values: CellValue[][] = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      return cells.map((c) => (c === '' ? null : c));
    });
  return { name, values, merges: [] };
}

async function workbookSnapshots(label: string, wb: ExcelJS.Workbook): Promise<[string, SheetSnapshot][]> {
  return wb.worksheets.map((ws) => [`${label}/${ws.name}`, readSnapshot(ws)] as [string, SheetSnapshot]);
}

async function allSnapshots(): Promise<[string, SheetSnapshot][]> {
  const out: [string, SheetSnapshot][] = [
    ['bench/20000', generateLedgerSheet(20000, 7, 'dense')],
    ['bench/3000-seed3', generateLedgerSheet(3000, 3, 'dense')],
    ['bench/5000-ledger-mix', generateLedgerSheet(5000, 7, 'ledger')],
  ];
  const sample = await loadWorkbook(path.join(ROOT, 'assets/samples/ledger-sample.xlsx'));
  if (!sample.ok) throw new Error(`cannot load the sample: ${sample.error}`);
  out.push(...(await workbookSnapshots('sample', sample.workbook)));
  const builders = Object.entries(layouts)
    .filter(([name, f]) => name.startsWith('build') && typeof f === 'function')
    .sort(([a], [b]) => a.localeCompare(b));
  for (const [name, build] of builders) {
    out.push(...(await workbookSnapshots(`fixture/${name}`, (build as () => ExcelJS.Workbook)())));
  }
  const seeds = process.env.TASKLEDGER_SEEDS ?? path.join(ROOT, '../shared/seeds');
  if (existsSync(seeds)) {
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
      out.push([`seed/${file}`, seedSnapshot(file, readFileSync(path.join(seeds, file), 'utf8'))]);
    }
  }
  return out;
}

const VARIANTS: [string, AnalyzeOptions][] = [
  ['default', {}],
  ['min-overwrite', { aggregate: 'min', overwrite: true, asOf: '2021-06-30' }],
];

function dump(name: string, snapshot: SheetSnapshot, options: AnalyzeOptions): string {
  const analysis = analyzeSheet(snapshot, options);
  if (analysis.status !== 'checked') return JSON.stringify({ name, analysis }, replacer);
  const model = new SheetModel(snapshot);
  const summary = summarizeSheet(analysis);
  return JSON.stringify(
    {
      name,
      analysis,
      planZh: buildWritePlan(analysis, model, 'zh-CN'),
      planEn: buildWritePlan(analysis, model, 'en-US'),
      reportZh: sheetReport(analysis, 'zh-CN', summary),
      reportEn: sheetReport(analysis, 'en-US'),
      summary,
    },
    replacer,
  );
}

/** The reference: one line per dump, "key<TAB>json"; read as bytes, since the whole is too long for one string. */
function readReference(file: string): Map<string, string> {
  const bytes = readFileSync(file);
  const out = new Map<string, string>();
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.toString('utf8', start, end);
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1));
    start = end + 1;
  }
  return out;
}

/** The first difference in the write plans and reports of two dumps (what users see), or null. */
function visibleDifference(a: string, b: string): string | null {
  const pa = JSON.parse(a) as Record<string, unknown>;
  const pb = JSON.parse(b) as Record<string, unknown>;
  for (const key of ['planZh', 'planEn', 'reportZh', 'reportEn']) {
    const x = JSON.stringify(pa[key]);
    const y = JSON.stringify(pb[key]);
    if (x === y) continue;
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    return `${key} differs: …${x.slice(Math.max(0, i - 120), i + 120)} → …${y.slice(Math.max(0, i - 120), i + 120)}`;
  }
  return null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const file = path.resolve(args.find((a) => a !== '--write') ?? path.join(tmpdir(), 'taskledger-same-output.json'));
  const current: Record<string, string> = {};
  for (const [name, snapshot] of await allSnapshots()) {
    for (const [variant, options] of VARIANTS) current[`${name} [${variant}]`] = dump(name, snapshot, options);
  }
  if (write) {
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, 'w');
    for (const [key, text] of Object.entries(current)) writeSync(fd, `${key}\t${text}\n`);
    closeSync(fd);
    console.log(`wrote ${Object.keys(current).length} dumps to ${file}`);
    return;
  }
  const reference = readReference(file);
  let differ = 0;
  for (const key of new Set([...reference.keys(), ...Object.keys(current)])) {
    const a = reference.get(key);
    const b = current[key];
    if (a === b) continue;
    differ++;
    let i = 0;
    while (a !== undefined && b !== undefined && i < a.length && a[i] === b[i]) i++;
    console.log(`DIFFERENT ${key}${a === undefined || b === undefined ? ' (missing on one side)' : ` at ${i}:`}`);
    if (a !== undefined && b !== undefined) {
      console.log(`  reference: …${a.slice(Math.max(0, i - 200), i + 200)}`);
      console.log(`  now:       …${b.slice(Math.max(0, i - 200), i + 200)}`);
      console.log(`  what users see (write plans and reports): ${visibleDifference(a, b) ?? 'the same'}`);
    }
  }
  console.log(differ === 0 ? `same output: ${Object.keys(current).length} dumps identical` : `${differ} dumps differ`);
  if (differ > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
