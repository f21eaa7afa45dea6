import type { PlanValue, WritePlan } from '../../src/engine';
import { UNDO_SHEET } from '../../src/excel';
import { SETTINGS_KEY } from '../../src/excel/settings';
import type { WorkbookDump } from '../../src/excel-fake';
import { FakeExcel, dumpWorkbook, loadGrid } from '../../src/excel-fake';
import type { GeneratedWorkbook } from './arbitrary-workbook';

/** Loads a generated workbook into a fresh in-memory Excel, with its ledger as the active sheet. */
export function loadWorkbook(w: GeneratedWorkbook): FakeExcel {
  const excel = new FakeExcel();
  for (const grid of w.grids) loadGrid(excel, grid);
  excel.state.activeSheet = w.ledger;
  if (w.settings !== null) excel.state.settings.set(SETTINGS_KEY, w.settings);
  return excel;
}

/** The workbook without TaskLedger's undo store (whose log differs from run to run by its time stamp). */
export function withoutUndoStore(dump: WorkbookDump): WorkbookDump {
  return { ...dump, sheets: dump.sheets.filter((s) => s.name !== UNDO_SHEET) };
}

export function snapshot(excel: FakeExcel): WorkbookDump {
  return dumpWorkbook(excel);
}

export interface PlannedCell {
  sheet: string;
  row: number;
  col: number;
  value: PlanValue;
}

/** Every cell value a plan asks for (holes left out; headers of created columns only), on the ledger and the summary sheets. */
export function plannedCells(plan: WritePlan): PlannedCell[] {
  const out: PlannedCell[] = [];
  for (const c of plan.columns) if (c.created) out.push({ sheet: plan.sheet, row: c.header.row, col: c.col, value: c.header.text });
  for (const b of plan.blocks) {
    b.values.forEach((v, i) => {
      if (v !== undefined) out.push({ sheet: plan.sheet, row: b.startRow + i, col: b.col, value: v });
    });
  }
  for (const s of plan.summarySheets) {
    for (const c of s.cells) out.push({ sheet: s.name, row: c.row, col: c.col, value: c.value });
    for (const t of s.tables) {
      const lines = [t.header, ...t.rows, ...(t.totals ? [t.totals] : [])];
      lines.forEach((line, i) => line.forEach((v, j) => out.push({ sheet: s.name, row: t.row + i, col: t.col + j, value: v })));
    }
  }
  return out;
}
