import { FakeExcel, dumpSheet, dumpWorkbook, ledgerGrid, loadGrid } from '../../src/excel-fake';
import type { Analyzer } from '../../src/excel';
import { UNDO_SHEET, analyzeSnapshot, checkSheet } from '../../src/excel';
import { describeCheck, describeError } from '../../src/excel/ui/describe';
import { refused } from './refusal';

function workbook(rows = 20, apiMinor = 20, honoursDelayForCellEdit = true): FakeExcel {
  const excel = new FakeExcel({ apiMinor, honoursDelayForCellEdit });
  loadGrid(excel, ledgerGrid(rows));
  return excel;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('guards: each refusal is said in zh-CN and nothing is written', () => {
  test('an edit made while the engine runs aborts the check without writing', async () => {
    const excel = workbook();
    const before = dumpSheet(excel, '台账');
    const editing: Analyzer = async (request) => {
      excel.state.sheet('台账')?.setValue(7, 4, '省审计厅');
      return analyzeSnapshot(request);
    };
    const err = await checkSheet(excel.host(), { analyzer: editing }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'changed', params: { cells: 'D7' } });
    expect(describeError(err, 'zh-CN')).toBe('检查期间工作表有改动（D7 等 1 处），未写入任何内容，请重新检查');
    const after = dumpSheet(excel, '台账');
    expect(after).toEqual({ ...before, values: { ...before?.values, D7: '省审计厅' } });
    expect(excel.state.sheet(UNDO_SHEET)).toBeUndefined();
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['台账']);
  });

  test('a protected sheet is refused', async () => {
    const excel = workbook();
    const sheet = excel.state.sheet('台账');
    if (sheet) sheet.protected = true;
    expect(await refused(excel, () => checkSheet(excel.host()))).toEqual({ code: 'protected', zh: '工作表“台账”受保护：请先撤销工作表保护再检查' });
    expect(excel.stats.runs).toBe(1);
  });

  test('TaskLedger’s summary sheet from an earlier check, protected since, is refused before anything is written', async () => {
    const excel = workbook();
    await checkSheet(excel.host());
    const summary = excel.state.sheet('汇总');
    if (summary) summary.protected = true;
    expect(await refused(excel, () => checkSheet(excel.host()))).toEqual({ code: 'protected', zh: '工作表“汇总”受保护：请先撤销工作表保护再检查' });
  });

  test('a sheet with an active filter is refused', async () => {
    const excel = workbook();
    const sheet = excel.state.sheet('台账');
    if (sheet) sheet.autoFilter = { enabled: true, isDataFiltered: true };
    expect(await refused(excel, () => checkSheet(excel.host()))).toEqual({
      code: 'filtered', zh: '工作表“台账”正在筛选：请先清除筛选（部分行被隐藏），再检查',
    });
  });

  test('cell edit mode: the batch waits (delayForCellEdit), writing nothing meanwhile, and then runs', async () => {
    const excel = workbook();
    const before = dumpWorkbook(excel);
    excel.startCellEdit();
    const pending = checkSheet(excel.host());
    await wait(20);
    expect(excel.stats.syncs).toBe(1);
    expect(dumpWorkbook(excel)).toEqual(before);
    excel.endCellEdit();
    await expect(pending).resolves.toMatchObject({ analysis: { status: 'checked' } });
    expect(excel.stats.runOptions.every((o) => o.delayForCellEdit)).toBe(true);
  });

  test('cell edit mode on a host that cannot wait (ignores delayForCellEdit) is refused', async () => {
    const excel = workbook(20, 20, false);
    excel.startCellEdit();
    expect(await refused(excel, () => checkSheet(excel.host()))).toEqual({ code: 'cell-edit', zh: '请先退出单元格编辑（按 Enter 或 Esc），再检查' });
  });

  test('cell edit mode entered after the read: the writes wait, and an edit made meanwhile stops the check before any write', async () => {
    const excel = workbook();
    excel.beforeSync = (n) => {
      if (n !== 2) return;
      excel.startCellEdit();
      setTimeout(() => {
        excel.state.sheet('台账')?.setValue(5, 5, '已完成');
        excel.endCellEdit();
      }, 20);
    };
    const err = await checkSheet(excel.host()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'changed', params: { cells: 'E5' } });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['台账']);
    expect(dumpSheet(excel, '台账')?.values.F2).toBeUndefined();
  });

  test('a sync that never returns times out with a clear error', async () => {
    const excel = workbook();
    excel.injections.hangNextSync = true;
    expect(await refused(excel, () => checkSheet(excel.host(), { timeoutMs: 50 }))).toEqual({
      code: 'timeout', zh: 'Excel 在 1 秒内没有响应，检查未完成，工作表未作任何改动，请稍后重试',
    });
  });

  test('ExcelApi below 1.7 is refused; 1.7 degrades (no notes, no cell formats, no undo grouping)', async () => {
    const old = workbook(5, 6);
    expect(await refused(old, () => checkSheet(old.host()))).toEqual({
      code: 'unsupported-host', zh: '此版本的 Excel 不支持台账助手（需要 ExcelApi 1.7 及以上），请更新 Office',
    });
    expect(old.stats.runs).toBe(0);
    const excel = workbook(20, 7);
    const out = await checkSheet(excel.host());
    expect(out.capabilities).toMatchObject({ baseline: true, notes: false, mergedAreas: false, undoGroup: false, cellProperties: false });
    expect(excel.stats.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
    expect(dumpSheet(excel, '台账')?.values.G2).toBe('校验意见');
  });

  test('an empty sheet: nothing to check, said so, nothing written', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: '空表', values: [] });
    const before = dumpWorkbook(excel);
    const out = await checkSheet(excel.host());
    expect(describeCheck(out, 'zh-CN')).toBe('工作表“空表”是空的，未作任何改动');
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('a sheet with only a title: no ledger header, said so, nothing written', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: '台账', values: [['江川省2024年重点工作进展情况（截至三季度）']], merges: ['A1:E1'] });
    const before = dumpWorkbook(excel);
    const out = await checkSheet(excel.host());
    expect(describeCheck(out, 'zh-CN')).toBe('“台账”不是台账（前 1 行中没有找到表头），未作改动');
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('TaskLedger’s own summary sheet is not checked as a ledger', async () => {
    const excel = workbook();
    await checkSheet(excel.host());
    excel.state.activeSheet = '汇总';
    expect(await refused(excel, () => checkSheet(excel.host()))).toEqual({
      code: 'summary-sheet', zh: '“汇总”是台账助手生成的汇总表，不是台账，未作任何改动：请切换到台账所在的工作表再检查',
    });
  });

  test('a person’s own sheet named 汇总 is left alone: the summary goes to 汇总(2)', async () => {
    const excel = workbook();
    loadGrid(excel, { name: '汇总', values: [['全市汇总（人工）'], ['合计', { formula: '=SUM(台账!A:A)', result: 210 }]], merges: ['A1:B1'] });
    const mine = dumpSheet(excel, '汇总');
    const out = await checkSheet(excel.host());
    expect(out.plan?.summarySheets.map((s) => s.name)).toEqual(['汇总(2)']);
    expect(dumpSheet(excel, '汇总')).toEqual(mine);
    expect(dumpSheet(excel, '汇总(2)')?.tables.length).toBeGreaterThan(0);
  });

  test('an earlier summary kept under another name keeps its tables; the new summary’s tables get other names', async () => {
    const excel = workbook();
    await checkSheet(excel.host());
    const kept = excel.state.sheet('汇总');
    if (kept) kept.name = '汇总-9月';
    const keptBefore = dumpSheet(excel, '汇总-9月');
    const out = await checkSheet(excel.host());
    expect(out.plan?.summarySheets[0]?.tables.map((t) => t.name)).toEqual(['TaskLedger_ByUnit_2', 'TaskLedger_ByStatus_2', 'TaskLedger_Findings_2']);
    expect(dumpSheet(excel, '汇总')?.charts).toHaveLength(1);
    expect(dumpSheet(excel, '汇总-9月')).toEqual(keptBefore);
  });

  test('saved workbook settings choose the language', async () => {
    const excel = workbook();
    excel.state.settings.set('taskledger.settings', JSON.stringify({ locale: 'en-US' }));
    await checkSheet(excel.host());
    expect(Object.values(dumpSheet(excel, '台账')?.values ?? {})).toContain('Check notes');
  });
});
