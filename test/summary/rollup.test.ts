import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as L from '../fixtures/layouts';
import { runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();

interface Figures { tasks: number; byStatus: Record<string, number>; findings: number; missingLead: number; unmeasurable: number }
interface Report { files: { sheets: { summary?: { byUnit: (Figures & { unit: string; noLead: boolean })[]; totals: Figures } }[] }[] }

/** The by-unit table of a summary sheet, read back: header row 7, data until the totals row. */
function readByUnit(ws: ExcelJS.Worksheet): { header: string[]; rows: Map<string, number[]>; totals: number[] } {
  const header = (ws.getRow(7).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows = new Map<string, number[]>();
  let totals: number[] = [];
  for (let r = 8; r < 200; r++) {
    const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    const nums = values.slice(1).map((v) => (typeof v === 'number' ? v : Number.NaN));
    if (values[0] === '合计') {
      totals = nums;
      break;
    }
    rows.set(String(values[0]), nums);
  }
  return { header, rows, totals };
}

describe('taskledger check … --rollup', () => {
  it('writes one workbook whose totals, per unit and per status, are the sums of the inputs', async () => {
    const dir = tmp();
    const inputs = [
      ['provincial', L.buildProvincialQuarterly()],
      ['city', L.buildCityHalfYear()],
      ['multi', L.buildMultiSheet()],
    ] as const;
    for (const [name, wb] of inputs) await L.writeFixture(wb, path.join(dir, `${name}.xlsx`));
    const json = path.join(dir, 'report.json');
    const rollup = path.join(dir, 'rollup.xlsx');
    const run = runCli(['check', ...inputs.map(([n]) => path.join(dir, `${n}.xlsx`)), '--out-dir', path.join(dir, 'out'),
      '--json', json, '--rollup', rollup], { env: { TASKLEDGER_NOW: '2024-10-08 09:30' } });
    expect(run.code).toBeLessThan(2);
    expect(run.stdout).toContain(rollup);
    expect(run.stdout).toContain('按牵头单位统计');

    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    const summaries = report.files.flatMap((f) => f.sheets.flatMap((s) => (s.summary ? [s.summary] : [])));
    expect(summaries).toHaveLength(4);
    const sumOf = (pick: (f: Figures) => number): number => summaries.reduce((n, s) => n + pick(s.totals), 0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rollup);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总']);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const { header, rows, totals } = readByUnit(ws);
    const col = (name: string): number => header.indexOf(name) - 1;
    expect(totals[col('任务数')]).toBe(sumOf((f) => f.tasks));
    expect(totals[col('问题数')]).toBe(sumOf((f) => f.findings));
    expect(totals[col('未明确牵头')]).toBe(sumOf((f) => f.missingLead));
    expect(totals[col('不可考核目标')]).toBe(sumOf((f) => f.unmeasurable));
    for (const word of ['已完成', '进度较快', '按时推进', '进度滞后']) {
      expect([word, totals[col(word)]]).toEqual([word, sumOf((f) => f.byStatus[word] ?? 0)]);
    }
    // Per unit: the sum of that unit's rows over all inputs; and the unit rows add up to the totals.
    const perUnit = new Map<string, number>();
    for (const s of summaries) for (const u of s.byUnit) perUnit.set(u.unit, (perUnit.get(u.unit) ?? 0) + u.tasks);
    for (const [unit, n] of perUnit) expect([unit, rows.get(unit)?.[col('任务数')]]).toEqual([unit, n]);
    expect([...rows.values()].reduce((n, r) => n + (r[col('任务数')] ?? 0), 0)).toBe(totals[col('任务数')]);
    // The roll-up is itself marked as TaskLedger's, so checking it finds no ledger in it.
    expect(runCli(['check', rollup, '-q', '--out-dir', path.join(dir, 'again')]).stderr).toContain('只有台账助手生成的汇总表');
  });
});
