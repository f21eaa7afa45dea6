import { FakeExcel, dumpSheet, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { checkSheet } from '../../src/excel';

describe('the add-in’s summary sheet says when it was made', () => {
  test('生成时间 is the local time of the check, and a later check updates it', async () => {
    const excel = new FakeExcel({ apiMinor: 20 });
    loadGrid(excel, ledgerGrid(12));
    const values = () => Object.values(dumpSheet(excel, '汇总')?.values ?? {}).map(String);
    await checkSheet(excel.host(), { now: new Date(2026, 10, 23, 9, 5) });
    const first = values();
    expect(first).toContain('生成时间');
    expect(first).toContain('2026-11-23 09:05');
    await checkSheet(excel.host(), { now: new Date(2026, 11, 1, 16, 40) });
    expect(values()).toContain('2026-12-01 16:40');
    expect(values()).not.toContain('2026-11-23 09:05');
    expect(excel.state.sheets.filter((s) => s.name.startsWith('汇总'))).toHaveLength(1);
  });
});
