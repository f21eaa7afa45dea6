import { FakeExcel, ledgerGrid, loadGrid } from '../../src/excel-fake';
import type { Pending } from '../../src/excel/apply/capture';
import { flush } from '../../src/excel/apply/capture';

describe('capture reads in payload-sized groups', () => {
  test('a group Excel refuses for size (estimates too low) is read again in halves', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(2000));
    const read: number[][] = [];
    await excel.host().run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem('台账');
      // Four reads of ≈0.5 MB each, estimated at 1 KB: one group of about 2 MB.
      const items: Pending[] = [0, 1, 2, 3].map((k) => ({
        bytes: 1024,
        load: () => {
          const range = sheet.getRangeByIndexes(2 + k * 500, 1, 500, 2).load('values');
          return () => read.push([k, range.values.length]);
        },
      }));
      excel.injectPayloadLimit(1.2 * 1024 * 1024, 1);
      await flush(context, items, { timeoutMs: 5000 });
    });
    expect(excel.stats.rejected).toBe(1);
    expect(read.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([[0, 500], [1, 500], [2, 500], [3, 500]]);
    expect(excel.stats.syncs).toBe(3);
  });

  test('a single read refused for size is an error', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(2000));
    await expect(excel.host().run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem('台账');
      excel.injectPayloadLimit(64 * 1024, 1);
      await flush(context, [{ bytes: 10, load: () => { sheet.getRangeByIndexes(2, 1, 1000, 2).load('values'); return () => undefined; } }], { timeoutMs: 5000 });
    })).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});
