import { FakeExcel, dumpSheet, ledgerGrid, loadGrid } from '../../src/excel-fake';
import type { Analyzer } from '../../src/excel';
import { analyzeSnapshot, checkSheet } from '../../src/excel';


function workbook(rows = 20, apiMinor = 20): FakeExcel {
  const excel = new FakeExcel({ apiMinor });
  loadGrid(excel, ledgerGrid(rows));
  return excel;
}

describe('guards', () => {
  test('an edit made while the engine runs aborts the check without writing', async () => {
    const excel = workbook();
    const before = dumpSheet(excel, '台账');
    const editing: Analyzer = async (request) => {
      excel.state.sheet('台账')?.setValue(7, 4, '省审计厅');
      return analyzeSnapshot(request);
    };
    await expect(checkSheet(excel.host(), { analyzer: editing })).rejects.toMatchObject({ code: 'changed', params: { cells: 'D7' } });
    const after = dumpSheet(excel, '台账');
    expect(after).toEqual({ ...before, values: { ...before?.values, D7: '省审计厅' } });
    expect(excel.state.sheet('TaskLedger_Undo')).toBeUndefined();
  });

  test('a protected sheet is refused', async () => {
    const excel = workbook();
    const sheet = excel.state.sheet('台账');
    if (sheet) sheet.protected = true;
    await expect(checkSheet(excel.host())).rejects.toMatchObject({ code: 'protected' });
    expect(excel.stats.runs).toBe(1);
  });

  test('a sheet with an active filter is refused', async () => {
    const excel = workbook();
    const sheet = excel.state.sheet('台账');
    if (sheet) sheet.autoFilter = { enabled: true, isDataFiltered: true };
    await expect(checkSheet(excel.host())).rejects.toMatchObject({ code: 'filtered' });
  });

  test('cell edit mode: the batch waits (delayForCellEdit) and then runs', async () => {
    const excel = workbook();
    excel.startCellEdit();
    const pending = checkSheet(excel.host());
    await new Promise((r) => setTimeout(r, 20));
    expect(excel.stats.syncs).toBe(1);
    excel.endCellEdit();
    await expect(pending).resolves.toMatchObject({ analysis: { status: 'checked' } });
    expect(excel.stats.runOptions.every((o) => o.delayForCellEdit)).toBe(true);
  });

  test('a sync that never returns times out with a clear error', async () => {
    const excel = workbook();
    excel.injections.hangNextSync = true;
    await expect(checkSheet(excel.host(), { timeoutMs: 50 })).rejects.toMatchObject({ code: 'timeout' });
  });

  test('ExcelApi below 1.7 is refused; 1.7 degrades (no notes, no cell formats, no undo grouping)', async () => {
    await expect(checkSheet(workbook(5, 6).host())).rejects.toMatchObject({ code: 'unsupported-host' });
    const excel = workbook(20, 7);
    const out = await checkSheet(excel.host());
    expect(out.capabilities).toMatchObject({ baseline: true, notes: false, mergedAreas: false, undoGroup: false, cellProperties: false });
    expect(excel.stats.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
    expect(dumpSheet(excel, '台账')?.values.G2).toBe('校验意见');
  });

  test('saved workbook settings choose the language', async () => {
    const excel = workbook();
    excel.state.settings.set('taskledger.settings', JSON.stringify({ locale: 'en-US' }));
    await checkSheet(excel.host());
    expect(Object.values(dumpSheet(excel, '台账')?.values ?? {})).toContain('Check notes');
  });
});
