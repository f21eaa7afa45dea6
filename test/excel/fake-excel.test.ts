import { FakeExcel, ledgerGrid, loadGrid } from '../../src/excel-fake';

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
});
