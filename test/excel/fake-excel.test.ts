import { FakeExcel, dumpSheet, ledgerGrid, loadGrid } from '../../src/excel-fake';

describe('the in-memory Excel behaves like Office.js', () => {
  test('properties throw PropertyNotLoaded until loaded and synced; writes apply on sync', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(3));
    await excel.host().run({ delayForCellEdit: true }, async (context) => {
      const range = context.workbook.worksheets.getItem('台账').getRange('A2:B2');
      // Reading too early on purpose: the fake must fail like real Excel.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      range.load('values');
      expect(() => range.values).toThrow();
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      await context.sync();
      expect(range.values).toEqual([['序号', '重点任务']]);
      range.values = [['x', 'y']];
      expect(excel.state.sheet('台账')?.value(2, 1)).toBe('序号');
      await context.sync();
      expect(excel.state.sheet('台账')?.value(2, 1)).toBe('x');
    });
  });

  test('a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and nothing applied', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(3));
    const big = Array.from({ length: 3000 }, () => ['长'.repeat(700)]);
    await expect(excel.host().run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('H1:H3000').values = big;
      await context.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.state.sheet('台账')?.value(1, 8)).toBe('');
  });

  test('merged areas come back only when their top-left cell is in the range (office-js #3611)', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [['a']], merges: ['B2:C3'] });
    await excel.host().run({ delayForCellEdit: true }, async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const inside = ws.getRange('A1:D4').getMergedAreasOrNullObject().load('address');
      const partial = ws.getRange('C3:D4').getMergedAreasOrNullObject().load('address');
      await context.sync();
      expect(inside.address).toBe('S!B2:C3');
      expect(partial.isNullObject).toBe(true);
    });
  });

  test('writing values is like typing: formulas, numbers, booleans and error literals are read, an apostrophe or a text format keeps text', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [[]], numberFormats: { A2: '@' } });
    excel.evaluate = (f) => (f === '=1+1' ? 2 : { error: '#NAME?' });
    await excel.host().run({ delayForCellEdit: true }, async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1:H1').values = [['=1+1', "'=1+1", '0123', '-abc', '85%', 'true', '#N/A', '已完成']];
      ws.getRange('A2').values = [['=1+1']];
      const back = ws.getRange('A1:H2').load('values, formulas, valueTypes');
      await context.sync();
      expect(back.values).toEqual([[2, '=1+1', 123, '#NAME?', 0.85, true, '#N/A', '已完成'], ['=1+1', '', '', '', '', '', '', '']]);
      expect(back.formulas[0]).toEqual(['=1+1', '=1+1', 123, '=-abc', 0.85, true, '#N/A', '已完成']);
      expect(back.valueTypes[0]).toEqual(['Double', 'String', 'Double', 'Error', 'Double', 'Boolean', 'Error', 'String']);
    });
    expect(dumpSheet(excel, 'S')).toMatchObject({ formulas: { A1: '=1+1', D1: '=-abc' }, errors: ['D1', 'G1'], numberFormats: { A2: '@', E1: '0%' } });
  });

  test.each(['before-apply', 'after-apply'] as const)('an injected hang (%s) never settles; only after-apply runs the request', async (mode) => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [['a']] });
    excel.hangSync(1, mode);
    const run = excel.host().run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['b']];
      await context.sync();
    });
    const settled = await Promise.race([run.then(() => true), new Promise((r) => setTimeout(() => r(false), 30))]);
    expect(settled).toBe(false);
    expect(excel.state.sheet('S')?.value(1, 1)).toBe(mode === 'after-apply' ? 'b' : 'a');
  });

  test('Excel refuses a cell over 32,767 characters, a very hidden sheet’s deletion and the last visible sheet’s', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [['a']] });
    loadGrid(excel, { name: 'V', values: [], visibility: 'VeryHidden' });
    const run = (fn: (ws: Excel.WorksheetCollection) => void) => excel.host().run({ delayForCellEdit: true }, async (context) => {
      fn(context.workbook.worksheets);
      await context.sync();
    });
    await expect(run((ws) => (ws.getItem('S').getRange('A1').values = [['长'.repeat(32768)]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(run((ws) => ws.getItem('V').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(run((ws) => ws.getItem('S').delete())).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['S', 'V']);
    expect(excel.state.sheet('S')?.value(1, 1)).toBe('a');
  });

  test('getSpecialCellsOrNullObject("Formulas") lists the formula cells, those showing nothing included', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [['a', { formula: '=B9', result: null }], [null, { formula: '=1', result: 1 }], [{ formula: '=2', result: 2 }]] });
    await excel.host().run({ delayForCellEdit: true }, async (context) => {
      const used = context.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true);
      const cells = used.getSpecialCellsOrNullObject('Formulas').load('address');
      const none = context.workbook.worksheets.getItem('S').getRange('A1').getSpecialCellsOrNullObject('Formulas').load('address');
      await context.sync();
      expect(cells.address).toBe('S!A3,S!B1:B2');
      expect(none.isNullObject).toBe(true);
    });
  });
});
