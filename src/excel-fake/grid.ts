import { cellAddress } from '../engine/sheet/a1';
import type { Rect } from './a1';
import { rectAddress } from './a1';
import type { FakeExcel } from './fake-excel';
import type { CellFormatState, CfState, ChartState, HyperlinkState, StoredValue } from './state';

export type GridValue = string | number | boolean | null | { error: string };

/** A sheet to load: like the engine's SheetSnapshot, plus optional formats. */
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
}

/** Loads a grid into the fake workbook as a new sheet (the first one loaded becomes active). */
export function loadGrid(excel: FakeExcel, grid: GridSheet): void {
  const sheet = excel.state.addSheet(grid.name);
  grid.values.forEach((line, i) => line.forEach((v, j) => {
    if (v === null || v === '') return;
    sheet.setValue(i + 1, j + 1, typeof v === 'object' ? v.error : v);
  }));
  for (const m of grid.merges ?? []) {
    if (typeof m !== 'string') {
      sheet.merges.push({ ...m });
      continue;
    }
    const [a, b] = m.split(':');
    const p = (s: string): { row: number; col: number } => {
      const mm = /^([A-Z]+)(\d+)$/.exec(s);
      if (!mm || !mm[1] || !mm[2]) throw new Error(`bad merge ${m}`);
      let col = 0;
      for (const ch of mm[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(mm[2]), col };
    };
    const s = p(a ?? ''), e = p(b ?? a ?? '');
    sheet.merges.push({ top: s.row, left: s.col, bottom: e.row, right: e.col });
  }
  for (const [addr, fmt] of Object.entries(grid.numberFormats ?? {})) {
    const at = parse(addr);
    sheet.cellForWrite(at.row, at.col).numberFormat = fmt;
  }
  for (const [addr, fmt] of Object.entries(grid.formats ?? {})) {
    const at = parse(addr);
    sheet.cellForWrite(at.row, at.col).format = JSON.parse(JSON.stringify(fmt)) as CellFormatState;
  }
  for (const [addr, text] of Object.entries(grid.notes ?? {})) sheet.notes.set(addr, text);
  sheet.protected = grid.protected ?? false;
  if (grid.autoFilter) sheet.autoFilter = { ...grid.autoFilter };
}

function parse(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m || !m[1] || !m[2]) throw new Error(`bad address ${addr}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** Everything the fake knows about one sheet, in plain data (for exact before/after comparisons). */
export interface SheetDump {
  name: string;
  visibility: string;
  values: Record<string, StoredValue>;
  numberFormats: Record<string, string>;
  formats: Record<string, CellFormatState>;
  merges: string[];
  notes: Record<string, string>;
  cfs: Omit<CfState, 'id'>[];
  hyperlinks: Record<string, HyperlinkState>;
  tables: { name: string; range: string }[];
  charts: Omit<ChartState, 'id'>[];
  columnWidths: Record<string, number>;
  freezeRows: number;
}

export function dumpSheet(excel: FakeExcel, name: string): SheetDump | null {
  const sheet = excel.state.sheet(name);
  if (!sheet) return null;
  const dump: SheetDump = {
    name: sheet.name, visibility: sheet.visibility, values: {}, numberFormats: {}, formats: {},
    merges: sheet.merges.map(rectAddress).sort(),
    notes: Object.fromEntries([...sheet.notes].sort()),
    cfs: sheet.cfs.map(({ id: _id, ...rest }) => JSON.parse(JSON.stringify(rest)) as Omit<CfState, 'id'>),
    hyperlinks: Object.fromEntries([...sheet.hyperlinks].sort()),
    tables: sheet.tables.map((t) => ({ name: t.name, range: rectAddress(t.rect) })),
    charts: sheet.charts.map(({ id: _id, ...rest }) => JSON.parse(JSON.stringify(rest)) as Omit<ChartState, 'id'>),
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([c, w]) => [String(c), w])),
    freezeRows: sheet.freezeRows,
  };
  const keys: [number, number][] = [];
  sheet.forEachCell((row, col) => keys.push([row, col]));
  keys.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of keys) {
    const c = sheet.cell(row, col);
    const addr = cellAddress(row, col);
    if (c?.value !== undefined) dump.values[addr] = c.value;
    if (c?.numberFormat !== undefined) dump.numberFormats[addr] = c.numberFormat;
    if (c?.format && Object.keys(c.format).length > 0) dump.formats[addr] = JSON.parse(JSON.stringify(c.format)) as CellFormatState;
  }
  return dump;
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
