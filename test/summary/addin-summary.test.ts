import { FakeExcel, dumpSheet, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { checkSheet } from '../../src/excel';
import { columnLetter } from '../../src/engine';
import { HEADER_ROW } from '../../src/engine/summary/summary-layout';

/** The add-in applies the engine's summary plan as it is: tables, links, frozen rows and the chart. */
describe('the summary sheet in the add-in (in-memory Excel)', () => {
  it('writes the tables, the findings links and a stacked bar chart of statuses per unit; a second run keeps one sheet', async () => {
    const excel = new FakeExcel({ apiMinor: 20 });
    loadGrid(excel, ledgerGrid(40));
    const out = await checkSheet(excel.host());
    const plan = out.plan?.summarySheets[0];
    expect(plan?.name).toBe('汇总');
    const dump = dumpSheet(excel, '汇总');
    expect(dump?.tables.map((t) => t.name)).toEqual(['TaskLedger_ByUnit', 'TaskLedger_ByStatus', 'TaskLedger_Findings']);
    expect(dump?.charts).toHaveLength(1);
    expect(dump?.freezeRows).toBe(HEADER_ROW);
    const findings = plan?.tables[2];
    const first = out.analysis.status === 'checked' ? out.analysis.findings[0] : undefined;
    if (!findings || !first?.cell) throw new Error('no findings');
    const linkCell = `${columnLetter(findings.col + 1)}${findings.row + 1}`;
    expect(dump?.hyperlinks[linkCell]?.documentReference).toBe(`'台账'!${first.cell}`);
    await checkSheet(excel.host());
    expect(excel.state.sheets.filter((s) => s.name === '汇总')).toHaveLength(1);
    expect(dumpSheet(excel, '汇总')?.values).toEqual(dump?.values);
  });
});
