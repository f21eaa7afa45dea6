import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CheckFileOptions, FileResult } from '../../src/cli/check-file';
import { checkFile } from '../../src/cli/check-file';
import { SUMMARY_MARK } from '../../src/engine';
import * as L from '../fixtures/layouts';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();
const NOW = '2024-10-08 09:30';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function run(input: string, output: string, extra: Partial<CheckFileOptions> = {}): Promise<FileResult> {
  const result = await checkFile(input, { locale: 'zh-CN', output, generatedAt: NOW, ...extra });
  expect(result.error).toBeNull();
  return result;
}

const tablesOf = (ws: ExcelJS.Worksheet): Record<string, { table: { tableRef: string } }> =>
  (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables;

/** Values of a sheet as text, by address. */
function valuesOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow((row) => row.eachCell((cell) => (out[cell.address] = cell.text)));
  return out;
}

describe('the summary sheet in the checked copy (exceljs)', () => {
  let input = '';
  let first = '';
  let result: FileResult;

  beforeAll(async () => {
    input = path.join(tmp(), 'multi.xlsx');
    first = path.join(tmp(), 'multi.checked.xlsx');
    await L.writeFixture(L.buildMultiSheet(), input);
    result = await run(input, first);
  });

  it('adds one summary sheet per checked ledger, with tables, formats, widths and frozen header', async () => {
    const wb = await load(first);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['说明', '省级季度', '市级半年', '汇总-省级季度', '汇总-市级半年']);
    const ws = wb.getWorksheet('汇总-省级季度');
    if (!ws) throw new Error('no summary');
    expect(ws.getCell('A1').text).toBe('重点工作进展情况汇总（省级季度）');
    expect(Object.values(valuesOf(ws))).toContain(SUMMARY_MARK);
    expect(Object.values(valuesOf(ws))).toContain(NOW);
    expect(Object.keys(tablesOf(ws)).sort()).toEqual(['TaskLedger_ByStatus_1', 'TaskLedger_ByUnit_1', 'TaskLedger_Findings_1']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 7 });
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
    const plan = result.sheets.find((s) => s.outline.sheet === '省级季度')?.plan?.summarySheets[0];
    const byUnit = plan?.tables[0];
    if (!plan || !byUnit) throw new Error('no plan');
    // The header as planned, the average column as a percentage, the totals row below the table.
    expect(byUnit.header.map((_, j) => ws.getCell(byUnit.row, byUnit.col + j).text)).toEqual(byUnit.header);
    const avgCol = byUnit.header.indexOf('平均完成率') + 1;
    const withRatio = byUnit.rows.findIndex((r) => typeof r[avgCol - 1] === 'number');
    expect(ws.getCell(byUnit.row + 1 + withRatio, avgCol).numFmt).toBe('0.0%');
    const totalsRow = byUnit.row + byUnit.rows.length + 1;
    expect(ws.getCell(totalsRow, 1).text).toBe('合计');
    const tasksCol = byUnit.header.indexOf('任务数') + 1;
    expect(ws.getCell(totalsRow, tasksCol).value).toBe(result.sheets.find((s) => s.outline.sheet === '省级季度')?.summary?.totals.tasks);
    expect(ws.pageSetup.printArea).toBeTruthy();
  });

  it('makes each finding’s cell a link to that cell of the ledger', async () => {
    const wb = await load(first);
    for (const sheet of ['省级季度', '市级半年']) {
      const res = result.sheets.find((s) => s.outline.sheet === sheet);
      const findings = res?.analysis?.status === 'checked' ? res.analysis.findings : [];
      const table = res?.plan?.summarySheets[0]?.tables.find((t) => t.name.startsWith('TaskLedger_Findings'));
      const ws = wb.getWorksheet(`汇总-${sheet}`);
      if (!table || !ws) throw new Error('no findings table');
      expect(findings.length).toBeGreaterThan(0);
      expect(table.rows).toHaveLength(findings.length);
      findings.forEach((f, i) => {
        const cell = ws.getCell(table.row + 1 + i, table.col + 1);
        const value = cell.value as { text: string; hyperlink: string };
        expect(value.text).toBe(f.cell ?? '—');
        expect(value.hyperlink).toBe(`#'${sheet}'!${f.cell ?? 'A1'}`);
      });
      // The linked cells are the cells at fault: the ledger's lead cell of a task without one is empty.
      const ledger = wb.getWorksheet(sheet);
      const missing = findings.find((f) => f.code === 'lead/missing');
      if (missing?.cell && ledger) expect(ledger.getCell(missing.cell).text.trim()).toMatch(/^(|\/|-|—|无|待定|暂无|未明确)$/u);
    }
  });

  it('re-running on the checked copy refills the same sheets in place: one summary per ledger, same figures', async () => {
    const second = path.join(tmp(), 'multi.second.xlsx');
    const again = await run(first, second);
    // The summary sheets are TaskLedger's own: not read as ledgers, not reported.
    expect(again.sheets.map((s) => s.outline.sheet)).toEqual(result.sheets.map((s) => s.outline.sheet));
    expect(again.sheets.map((s) => s.summary?.totals)).toEqual(result.sheets.map((s) => s.summary?.totals));
    const third = path.join(tmp(), 'multi.third.xlsx');
    await run(second, third);
    const [a, b, c] = [await load(first), await load(second), await load(third)];
    for (const wb of [b, c]) expect(wb.worksheets.map((ws) => ws.name)).toEqual(a.worksheets.map((ws) => ws.name));
    for (const name of ['汇总-省级季度', '汇总-市级半年']) {
      const [sa, sb, sc] = [a, b, c].map((wb) => wb.getWorksheet(name));
      if (!sa || !sb || !sc) throw new Error(`lost ${name}`);
      expect(valuesOf(sb)).toEqual(valuesOf(sa));
      expect(valuesOf(sc)).toEqual(valuesOf(sa));
      expect(Object.keys(tablesOf(sc)).sort()).toEqual(Object.keys(tablesOf(sa)).sort());
    }
  });

  it('clears what a person added to the summary sheet (cells, merges) and keeps the sheet', async () => {
    const wb = await load(first);
    const ws = wb.getWorksheet('汇总-市级半年');
    if (!ws) throw new Error('no summary');
    ws.getCell('Z40').value = '手写备注';
    ws.mergeCells('X50:Y51');
    const edited = path.join(tmp(), 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = path.join(tmp(), 'edited.checked.xlsx');
    await run(edited, out);
    const after = (await load(out)).getWorksheet('汇总-市级半年');
    expect(after?.getCell('Z40').value).toBeNull();
    expect(after?.model.merges ?? []).toEqual([]);
  });

  it('never overwrites a sheet of the workbook that happens to have the summary’s name', async () => {
    const wb = L.buildCityHalfYear();
    wb.addWorksheet('汇总').getCell('A1').value = '本单位自己的汇总';
    const own = path.join(tmp(), 'own.xlsx');
    await L.writeFixture(wb, own);
    const out = path.join(tmp(), 'own.checked.xlsx');
    const res = await run(own, out);
    expect(res.sheets.map((s) => s.plan?.summarySheets[0]?.name).filter(Boolean)).toEqual(['汇总(2)']);
    const back = await load(out);
    expect(back.getWorksheet('汇总')?.getCell('A1').value).toBe('本单位自己的汇总');
    expect(back.getWorksheet('汇总(2)')?.getCell('A1').text).toMatch(/^重点工作进展情况汇总/u);
  });

  it('takes a chosen name, English labels, or no summary at all', async () => {
    const one = path.join(tmp(), 'one.xlsx');
    await L.writeFixture(L.buildCityHalfYear(), one);
    const named = path.join(tmp(), 'named.xlsx');
    await run(one, named, { summarySheet: '进展汇总', locale: 'en-US' });
    const wb = await load(named);
    const ws = wb.getWorksheet('进展汇总');
    expect(ws?.getCell('A1').text).toMatch(/^Work-plan progress summary/u);
    expect(Object.values(ws ? valuesOf(ws) : {})).toContain('Lead unit');
    const none = path.join(tmp(), 'none.xlsx');
    await run(one, none, { summarySheet: false });
    expect((await load(none)).worksheets).toHaveLength(L.buildCityHalfYear().worksheets.length);
  });
});
