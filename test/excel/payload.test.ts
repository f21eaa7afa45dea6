import { FakeExcel, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { checkSheet, revertLast } from '../../src/excel';


const MB = 1024 * 1024;

describe('payload and syncs', () => {
  // 9 syncs since the fake returns a cell's eight borders as Excel does (it returned four, so the
  // format reads of the undo capture looked half their size and fitted in fewer round trips).
  test('2,000 rows: at most 9 syncs, every request and response well under 5 MB', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(2000));
    await checkSheet(excel.host());
    expect(excel.stats.syncs).toBeLessThanOrEqual(9);
    expect(excel.stats.rejected).toBe(0);
    expect(excel.stats.maxRequestBytes).toBeLessThan(4 * MB);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5 * MB);
  });

  test('a large sheet is read and written in chunks, never over the limit', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(8000));
    await checkSheet(excel.host());
    expect(excel.stats.rejected).toBe(0);
    expect(excel.stats.totalResponseBytes).toBeGreaterThan(5 * MB);
    expect(excel.stats.maxRequestBytes).toBeLessThan(4 * MB);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5 * MB);
    const revert = await revertLast(excel.host());
    expect(revert.skipped).toEqual([]);
  });

  test('a second check of a large sheet stays under the limit: its 校验意见 and its summary are read in chunks', async () => {
    // 20,000 rows: the first check fills 校验意见 (≈14,850 findings) and writes a summary of several MB;
    // a second check used to read both in one response each (9.4 MB, refused by Excel on the web).
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(20000));
    await checkSheet(excel.host());
    const second = await checkSheet(excel.host());
    expect(second.applied).not.toBeNull();
    expect(excel.stats.rejected).toBe(0);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5 * MB);
    const revert = await revertLast(excel.host());
    expect(revert.skipped).toEqual([]);
    expect(excel.stats.rejected).toBe(0);
  }, 60_000);

  test('with notes on, a large sheet checked twice and reverted stays under the limit', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(20000));
    excel.state.settings.set('taskledger.settings', JSON.stringify({ pane: { writeNotes: true } }));
    const first = await checkSheet(excel.host());
    expect(first.applied?.notesWritten).toBeGreaterThan(10000);
    await checkSheet(excel.host());
    await revertLast(excel.host());
    expect(excel.stats.rejected).toBe(0);
    expect(excel.stats.maxRequestBytes).toBeLessThan(5 * MB);
    expect(excel.stats.maxResponseBytes).toBeLessThan(5 * MB);
  }, 60_000);

  test('a payload refused once is retried in smaller chunks', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(600));
    excel.beforeSync = (n) => {
      if (n === 2) excel.injectPayloadLimit(64 * 1024, 1);
    };
    const out = await checkSheet(excel.host());
    expect(out.analysis.status).toBe('checked');
    expect(excel.stats.rejected).toBe(1);
    const clean = new FakeExcel();
    loadGrid(clean, ledgerGrid(600));
    const expected = await checkSheet(clean.host());
    expect(out.analysis).toEqual(expected.analysis);
  });

  test('an oversized first read is retried at half the rows', async () => {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(600));
    excel.injectPayloadLimit(300 * 1024, 1);
    const out = await checkSheet(excel.host());
    expect(out.analysis.status).toBe('checked');
    expect(excel.stats.rejected).toBe(1);
  });
});
