import { cellAddress } from '../engine/sheet/a1';
import { rectAddress } from './a1';
import type { FakeExcel } from './fake-excel';
import type { CellFormatState, CfState, ChartState, HyperlinkState, SheetState, StoredValue } from './state';

/** Everything the fake knows about one sheet, in plain data (for exact before/after comparisons). */
export interface SheetDump {
  name: string;
  visibility: string;
  protected: boolean;
  autoFilter: { enabled: boolean; isDataFiltered: boolean };
  values: Record<string, StoredValue>;
  /** Cells holding a formula, with the formula (their result is in `values`). */
  formulas: Record<string, string>;
  /** Cells whose value is an error value (#N/A …), not text. */
  errors: string[];
  numberFormats: Record<string, string>;
  formats: Record<string, CellFormatState>;
  merges: string[];
  notes: Record<string, string>;
  cfs: Omit<CfState, 'id'>[];
  hyperlinks: Record<string, HyperlinkState>;
  tables: { name: string; range: string }[];
  charts: Omit<ChartState, 'id'>[];
  columnWidths: Record<string, number>;
  /** Hidden columns and rows (1-based, ascending). */
  hiddenColumns: number[];
  hiddenRows: number[];
  freezeRows: number;
}

/** The whole workbook: its sheets in tab order, the active sheet and the settings. */
export interface WorkbookDump {
  sheets: SheetDump[];
  activeSheet: string | null;
  settings: Record<string, unknown>;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function dumpState(sheet: SheetState): SheetDump {
  const dump: SheetDump = {
    name: sheet.name, visibility: sheet.visibility, protected: sheet.protected, autoFilter: { ...sheet.autoFilter },
    values: {}, formulas: {}, errors: [], numberFormats: {}, formats: {},
    merges: sheet.merges.map(rectAddress).sort(),
    notes: Object.fromEntries([...sheet.notes].sort()),
    cfs: sheet.cfs.map(({ id: _id, ...rest }) => copy(rest)),
    hyperlinks: Object.fromEntries([...sheet.hyperlinks].sort()),
    tables: sheet.tables.map((t) => ({ name: t.name, range: rectAddress(t.rect) })),
    charts: sheet.charts.map(({ id: _id, ...rest }) => copy(rest)),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [String(c), w])),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    freezeRows: sheet.freezeRows,
  };
  const keys: [number, number][] = [];
  sheet.forEachCell((row, col) => keys.push([row, col]));
  keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of keys) {
    const c = sheet.cell(row, col);
    const addr = cellAddress(row, col);
    if (c?.value !== undefined) dump.values[addr] = c.value;
    if (c?.formula !== undefined) dump.formulas[addr] = c.formula;
    if (c?.error) dump.errors.push(addr);
    if (c?.numberFormat !== undefined) dump.numberFormats[addr] = c.numberFormat;
    if (c?.format && Object.keys(c.format).length > 0) dump.formats[addr] = copy(c.format);
  }
  return dump;
}

export function dumpSheet(excel: FakeExcel, name: string): SheetDump | null {
  const sheet = excel.state.sheet(name);
  return sheet ? dumpState(sheet) : null;
}

export function dumpWorkbook(excel: FakeExcel): WorkbookDump {
  return {
    sheets: excel.state.sheets.map(dumpState),
    activeSheet: excel.state.activeSheet,
    settings: copy(Object.fromEntries(excel.state.settings)),
  };
}
