import type { Rect } from './a1';
import { parseRect } from './a1';
import type { FakeExcel } from './fake-excel';
import type { CellFormatState, HyperlinkState, StoredValue, Visibility } from './state';
import { newId } from './state';
import { applyCellPropertiesFormat, toCellPropertiesFormat } from './objects/cell-properties';

/** A constant, an error value, or a formula with the result Excel last calculated for it. */
export type GridValue = string | number | boolean | null | { error: string } | { formula: string; result: StoredValue | { error: string } | null };

/** A conditional format a person made (TaskLedger's own carry OWN_RULE_FORMULA in their formula). */
export interface GridConditionalFormat {
  ranges: string[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

/** A sheet to load: like the engine's SheetSnapshot, plus optional formats and sheet features. */
export interface GridSheet {
  name: string;
  values: GridValue[][];
  /** Merged areas, as rectangles or A1 ranges. */
  merges?: (Rect | string)[];
  numberFormats?: Record<string, string>;
  formats?: Record<string, CellFormatState>;
  notes?: Record<string, string>;
  protected?: boolean;
  autoFilter?: { enabled: boolean; isDataFiltered: boolean };
  visibility?: Visibility;
  /** Column widths in points, by 1-based column. */
  columnWidths?: Record<number, number>;
  conditionalFormats?: GridConditionalFormat[];
  hyperlinks?: Record<string, HyperlinkState>;
  freezeRows?: number;
  /** Hidden columns and rows, 1-based. */
  hiddenColumns?: number[];
  hiddenRows?: number[];
}

function cell(addr: string): { row: number; col: number } {
  const r = parseRect(addr);
  return { row: r.top, col: r.left };
}

/** Loads a grid into the fake workbook as a new sheet (the first one loaded becomes active). */
export function loadGrid(excel: FakeExcel, grid: GridSheet): void {
  const sheet = excel.state.addSheet(grid.name);
  grid.values.forEach((line, i) => line.forEach((v, j) => {
    if (v === null || v === '') return;
    if (typeof v !== 'object') sheet.setValue(i + 1, j + 1, v);
    else if ('formula' in v) sheet.setFormula(i + 1, j + 1, v.formula, v.result);
    else sheet.setError(i + 1, j + 1, v.error);
  }));
  for (const m of grid.merges ?? []) sheet.merges.push(typeof m === 'string' ? parseRect(m) : { ...m });
  for (const [addr, fmt] of Object.entries(grid.numberFormats ?? {})) {
    const at = cell(addr);
    sheet.cellForWrite(at.row, at.col).numberFormat = fmt;
  }
  for (const [addr, fmt] of Object.entries(grid.formats ?? {})) {
    const at = cell(addr);
    // As Excel keeps it: a format set to its default (no wrap, black font …) is no format at all.
    const format = applyCellPropertiesFormat(undefined, toCellPropertiesFormat(fmt));
    if (Object.keys(format).length > 0) sheet.cellForWrite(at.row, at.col).format = format;
  }
  for (const [addr, text] of Object.entries(grid.notes ?? {})) sheet.notes.set(addr, text);
  for (const [addr, link] of Object.entries(grid.hyperlinks ?? {})) sheet.hyperlinks.set(addr, { ...link });
  for (const [col, width] of Object.entries(grid.columnWidths ?? {})) sheet.columnWidths.set(Number(col), width);
  for (const col of grid.hiddenColumns ?? []) sheet.hiddenColumns.add(col);
  for (const row of grid.hiddenRows ?? []) sheet.hiddenRows.add(row);
  for (const cf of grid.conditionalFormats ?? []) {
    sheet.cfs.push({ id: newId('cf'), type: 'Custom', ranges: cf.ranges.map((r) => parseRect(r)), formula: cf.formula, fill: cf.fill, fontColor: cf.fontColor });
  }
  sheet.protected = grid.protected ?? false;
  if (grid.autoFilter) sheet.autoFilter = { ...grid.autoFilter };
  if (grid.visibility) sheet.visibility = grid.visibility;
  if (grid.freezeRows) sheet.freezeRows = grid.freezeRows;
}

/** The sheet's values as a row-major grid (null for empty), for snapshot-style assertions. */
export function sheetGrid(excel: FakeExcel, name: string): (StoredValue | null)[][] {
  const sheet = excel.state.sheet(name);
  if (!sheet) return [];
  const used = sheet.usedRect(true);
  if (!used) return [];
  const out: (StoredValue | null)[][] = [];
  for (let row = 1; row <= used.bottom; row++) {
    const line: (StoredValue | null)[] = [];
    for (let col = 1; col <= used.right; col++) line.push(sheet.cell(row, col)?.value ?? null);
    out.push(line);
  }
  return out;
}
