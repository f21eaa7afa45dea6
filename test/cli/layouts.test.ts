import ExcelJS from 'exceljs';
import type { CheckedSheet } from '../../src/engine';
import { analyzeSheet } from '../../src/engine';
import { readSnapshot } from '../../src/cli/xlsx/read-snapshot';
import type { LayoutFacts } from '../fixtures/layouts';
import * as L from '../fixtures/layouts';

/** Round-trips a fixture through xlsx bytes, as the CLI reads it. */
async function analyzeFixture(wb: ExcelJS.Workbook, sheetName: string) {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await L.toBuffer(wb)) as unknown as ArrayBuffer);
  const ws = loaded.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  return analyzeSheet(readSnapshot(ws));
}

function expectMatchesFacts(a: CheckedSheet, facts: LayoutFacts): void {
  expect(a.columns.headerRows[0]).toBe(facts.headerRow);
  expect(a.columns.headerRows).toHaveLength(facts.headerRowCount);
  expect(a.columns.dataStartRow).toBe(facts.firstDataRow - (facts.bandRows.includes(facts.firstDataRow) ? 0 : 0));
  for (const [letter, role] of Object.entries(facts.roleByColumn)) {
    if (role === 'measures') continue; // several columns may be measures; one role slot
    expect([role, a.columns.roles[role]?.letter]).toEqual([role, letter]);
  }
  for (const letter of facts.unknownColumns) {
    expect(a.columns.columns.find((c) => c.letter === letter)?.role ?? null).toBeNull();
  }
  expect(a.records.filter((r) => r.kind === 'task').map((r) => r.row)).toEqual(facts.taskRows);
  expect(a.groups.map((g) => g.row)).toEqual(facts.bandRows);
  const subitems = Object.fromEntries(a.records.filter((r) => r.kind === 'subitem').map((r) => [r.row, r.parentRow]));
  expect(subitems).toEqual(Object.fromEntries(Object.entries(facts.continuationRows).map(([k, v]) => [Number(k), v])));
  // The planted problems are the foundation's; measurability and completion have their own tests.
  const planted = new Set(['lead/missing', 'task/missing', 'seq/duplicate', 'progress/missing', 'status/invalid']);
  const found = a.findings.filter((f) => f.row !== null && planted.has(f.code)).map((f) => `${f.code}@${f.column}${f.row}`).sort();
  expect(found).toEqual(facts.problems.map((p) => `${p.code}@${p.column}${p.row}`).sort());
  for (const [row, units] of Object.entries(facts.leadUnits)) {
    const record = a.records.find((r) => r.row === Number(row));
    // The facts list every unit named in the lead cell, the lead first ("X牵头，Y、Z配合" → X, Y, Z).
    expect([row, record?.leadUnits[0]]).toEqual([row, units[0]]);
    const named = [...(record?.leadUnits ?? []), ...(record?.coopUnits ?? [])];
    for (const unit of units) expect(named).toContain(unit);
  }
}

const layouts: [string, () => ExcelJS.Workbook, () => LayoutFacts][] = [
  ['provincial quarterly (title row, band row, numbered items)', L.buildProvincialQuarterly, () => L.expectedProvincialQuarterly()],
  ['city annual (merged 序号/目标名称 over indicator rows)', L.buildCityAnnual, L.expectedCityAnnual],
  ['city half-year (multi-line leads, statuses, sub-item row)', L.buildCityHalfYear, () => L.expectedCityHalfYear()],
  ['duty breakdown (band rows, inline 责任单位)', L.buildDutyBreakdown, () => L.expectedDutyBreakdown()],
  ['two-row header', L.buildTwoRowHeader, L.expectedTwoRowHeader],
  ['unknown extra columns', L.buildUnknownColumns, L.expectedUnknownColumns],
];

describe.each(layouts)('layout: %s', (_name, build, expected) => {
  it('finds the header, the roles, the rows and exactly the planted problems', async () => {
    const facts = expected();
    const a = await analyzeFixture(build(), facts.sheetName);
    expect(a.status).toBe('checked');
    if (a.status === 'checked') expectMatchesFacts(a, facts);
  });
});

describe('sheets that are not ledgers', () => {
  it.each([
    ['no header', L.buildNoHeader, L.expectedNoHeader, 'no-header'],
    ['title only', L.buildTitleOnly, L.expectedTitleOnly, 'no-header'],
    ['empty workbook', L.buildEmptyWorkbook, L.expectedEmptyWorkbook, 'empty'],
  ] as const)('%s is skipped with a reason', async (_name, build, expected, reason) => {
    const a = await analyzeFixture(build(), expected().sheetName);
    expect(a).toMatchObject({ status: 'skipped', reason });
  });

  it('checks each ledger of a multi-sheet workbook and skips the notes sheet', async () => {
    const facts = L.expectedMultiSheet();
    const wb = L.buildMultiSheet();
    for (const ledger of facts.ledgers) {
      const a = await analyzeFixture(wb, ledger.sheetName);
      expect(a.status).toBe('checked');
      if (a.status === 'checked') expectMatchesFacts(a, ledger);
    }
    for (const other of facts.nonLedgers) {
      expect((await analyzeFixture(wb, other.sheetName)).status).toBe('skipped');
    }
  });
});
