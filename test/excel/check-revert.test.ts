import { FakeExcel, dumpSheet, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { UNDO_SHEET, checkSheet, revertLast } from '../../src/excel';
import { extrasAnalyzer } from './extras';


function workbook(rows = 30, apiMinor = 20): FakeExcel {
  const excel = new FakeExcel({ apiMinor });
  const grid = ledgerGrid(rows);
  // Formats a person gave the table: borders on the edge column, a fill and number format on cells the check touches.
  grid.formats = {
    E2: { fillColor: '#DDEBF7', fontBold: true, borders: { EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
    E3: { borders: { EdgeRight: { style: 'Continuous', color: '#000000', weight: 'Thin' } }, verticalAlignment: 'Center' },
    E4: { borders: { EdgeRight: { style: 'Continuous', color: '#000000', weight: 'Thin' } } },
    G5: { fillColor: '#FFFF00' },
  };
  grid.numberFormats = { G6: '@' };
  grid.notes = { B4: '原有批注' };
  loadGrid(excel, grid);
  return excel;
}

const snapshotAll = (excel: FakeExcel): unknown => excel.state.sheets.map((s) => dumpSheet(excel, s.name));

describe('check and revert', () => {
  test('a full check writes every plan field, and revert restores every touched cell exactly', async () => {
    const excel = workbook();
    const before = snapshotAll(excel);
    const out = await checkSheet(excel.host(), { analyzer: extrasAnalyzer });
    expect(out.analysis.status).toBe('checked');
    const ledger = dumpSheet(excel, '台账');
    expect(ledger?.values.G2).toBe('校验意见');
    expect(ledger?.formats.G2?.fillColor).toBe('#DDEBF7');
    expect(ledger?.formats.G3?.borders?.EdgeRight?.style).toBe('Continuous');
    expect(ledger?.numberFormats.F3).toBe('0.0%');
    // A person's own note (B4) stays: a note is written only where there is none, or TaskLedger's own.
    expect(ledger?.notes).toMatchObject({ B3: '目标缺少量化指标', B4: '原有批注' });
    expect(ledger?.cfs.every((cf) => cf.formula.includes('"TaskLedger"="TaskLedger"'))).toBe(true);
    expect(ledger?.cfs.length).toBeGreaterThan(1);
    const summary = dumpSheet(excel, '台账汇总');
    expect(summary?.tables).toEqual([{ name: 'TaskLedger_Summary', range: 'A5:C7' }]);
    expect(summary?.hyperlinks.A2?.documentReference).toBe("'台账'!B3");
    expect(summary?.hyperlinks.A6?.documentReference).toBe("'台账'!D3");
    expect(summary?.charts).toHaveLength(1);
    expect(summary?.freezeRows).toBe(1);
    expect(excel.state.sheet(UNDO_SHEET)?.visibility).toBe('VeryHidden');

    const result = await revertLast(excel.host());
    expect(result.skipped).toEqual([]);
    // Every sheet as before, and no sheet more: the summary and the emptied undo store are gone.
    expect(snapshotAll(excel)).toEqual(before);
  });

  test('revert skips cells changed since the check and says which', async () => {
    const excel = workbook();
    await checkSheet(excel.host());
    excel.state.sheet('台账')?.setValue(19, 7, '人工修改');
    const result = await revertLast(excel.host());
    expect(result.skipped).toEqual(['G19']);
    expect(excel.state.sheet('台账')?.value(19, 7)).toBe('人工修改');
    expect(excel.state.sheet('台账')?.value(2, 7)).toBe('');
    await expect(revertLast(excel.host())).rejects.toMatchObject({ code: 'no-undo' });
  });

  test('running twice leaves one summary sheet and the same values; revert then restores the first run exactly', async () => {
    const excel = workbook();
    await checkSheet(excel.host(), { analyzer: extrasAnalyzer });
    const first = snapshotAll(excel);
    await checkSheet(excel.host(), { analyzer: extrasAnalyzer });
    expect(excel.state.sheets.filter((s) => s.name === '台账汇总')).toHaveLength(1);
    const second = snapshotAll(excel) as { name: string; cfs: unknown[] }[];
    const strip = (list: unknown): unknown => (list as { name: string }[]).filter((d) => d.name !== UNDO_SHEET);
    expect(strip(second)).toEqual(strip(first));
    // Revert after the second run restores the ledger and the summary exactly as after the first
    // (the summary is written again from the plan it was made from: tables, links, chart, fonts).
    await revertLast(excel.host());
    expect(strip(snapshotAll(excel))).toEqual(strip(first));
  });
});
