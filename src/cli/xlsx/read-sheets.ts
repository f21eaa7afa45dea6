import type ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../engine';
import { isSummarySnapshot } from '../../engine';
import { readSnapshot } from './read-snapshot';

/** One worksheet as the CLI needs it: the engine's snapshot and what the host knows beside the values. */
export interface SheetRead {
  name: string;
  snapshot: SheetSnapshot;
  /** One of TaskLedger's own summary sheets (from an earlier check). */
  ours: boolean;
  /** Sheet protection is on: TaskLedger neither reads it as a ledger nor writes to it. */
  protected: boolean;
  /** Hidden columns (1-based): a column TaskLedger adds never goes there. */
  hiddenColumns: number[];
  /** Hidden rows (1-based), by hand or by a filter: they are data like any other row. */
  hiddenRows: number[];
  /** The sheet has a filter (AutoFilter). */
  filtered: boolean;
}

/** exceljs keeps a sheet's protection in a field its typings do not declare. */
function isProtected(ws: ExcelJS.Worksheet): boolean {
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return protection?.sheet === true;
}

function hiddenColumns(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  (ws.columns ?? []).forEach((column, i) => {
    if (column?.hidden) out.push(i + 1);
  });
  return out;
}

function hiddenRows(ws: ExcelJS.Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) out.push(rowNumber);
  });
  return out;
}

/** Reads the worksheets (only `only` when given) and lists every sheet of the workbook. */
export function readSheets(workbook: ExcelJS.Workbook, only?: string): { sheets: SheetRead[]; all: { name: string; ours: boolean }[] } {
  const sheets: SheetRead[] = [];
  const all: { name: string; ours: boolean }[] = [];
  for (const ws of workbook.worksheets) {
    const snapshot = readSnapshot(ws);
    const ours = isSummarySnapshot(snapshot);
    all.push({ name: ws.name, ours });
    if (only !== undefined && ws.name !== only) continue;
    sheets.push({
      name: ws.name,
      snapshot,
      ours,
      protected: isProtected(ws),
      hiddenColumns: hiddenColumns(ws),
      hiddenRows: hiddenRows(ws),
      filtered: Boolean(ws.autoFilter),
    });
  }
  return { sheets, all };
}
