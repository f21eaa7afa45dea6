import type { Rect } from './a1';
import { contains, rectAddress } from './a1';

/** A cell's value as Excel stores it; absent cells are empty (Excel returns ""). */
export type StoredValue = string | number | boolean;

export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

/** The cell formats the fake keeps (the subset TaskLedger reads and writes). */
export interface CellFormatState {
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  fillColor?: string;
  fontBold?: boolean;
  fontColor?: string;
  fontSize?: number;
  borders?: Partial<Record<string, BorderState>>;
}

export interface CellState {
  /** The constant, or the last result of `formula`; for an error value its code ("#N/A"). */
  value?: StoredValue;
  /** A formula ("=A1*2"), as Range.formulas shows it. */
  formula?: string;
  /** True when `value` is an error value (#N/A …), not text that reads like one. */
  error?: true;
  numberFormat?: string;
  format?: CellFormatState;
}

export interface CfState {
  id: string;
  type: string;
  ranges: Rect[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface TableState {
  id: string;
  name: string;
  rect: Rect;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end: string } | null;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

let nextId = 1;
export function newId(prefix: string): string {
  return `${prefix}${nextId++}`;
}

export class SheetState {
  name: string;
  visibility: Visibility = 'Visible';
  protected = false;
  autoFilter = { enabled: false, isDataFiltered: false };
  readonly cells = new Map<string, CellState>();
  merges: Rect[] = [];
  cfs: CfState[] = [];
  readonly notes = new Map<string, string>();
  readonly hyperlinks = new Map<string, HyperlinkState>();
  tables: TableState[] = [];
  charts: ChartState[] = [];
  freezeRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** Hidden columns and rows (1-based), as Range.columnHidden / rowHidden set them. */
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();

  constructor(name: string) {
    this.name = name;
  }

  key(row: number, col: number): string {
    return `${row},${col}`;
  }

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(this.key(row, col));
  }

  /** The cell, created when missing (for writes). */
  cellForWrite(row: number, col: number): CellState {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  value(row: number, col: number): StoredValue | '' {
    return this.cell(row, col)?.value ?? '';
  }

  /** Stores a constant exactly as given (a string stays text): how a loaded file or a test puts cells in. */
  setValue(row: number, col: number, value: unknown): void {
    const c = this.cellForWrite(row, col);
    delete c.formula;
    delete c.error;
    if (value === null || value === undefined || value === '') delete c.value;
    else if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Excel cannot hold ${value} in a cell`);
    else if (typeof value === 'number') c.value = Object.is(value, -0) ? 0 : value;
    else if (typeof value === 'string' || typeof value === 'boolean') c.value = value;
    else throw new Error(`unsupported cell value ${JSON.stringify(value)}`);
    this.prune(row, col);
  }

  /** Stores an error value (#N/A, #REF! …). */
  setError(row: number, col: number, code: string): void {
    const c = this.cellForWrite(row, col);
    delete c.formula;
    c.value = code;
    c.error = true;
  }

  /** Stores a formula with its result (the fake has no calculation engine: the caller gives the result). */
  setFormula(row: number, col: number, formula: string, result: StoredValue | { error: string } | null): void {
    const c = this.cellForWrite(row, col);
    c.formula = formula;
    delete c.error;
    delete c.value;
    if (result !== null && typeof result === 'object') {
      c.value = result.error;
      c.error = true;
    } else if (result !== null && result !== '') c.value = result;
  }

  /** Drops a cell entry that holds nothing, so "used range" stays honest. */
  prune(row: number, col: number): void {
    const c = this.cell(row, col);
    if (!c) return;
    const emptyFormat = !c.format || Object.keys(c.format).length === 0;
    if (c.value === undefined && c.formula === undefined && (c.numberFormat === undefined || c.numberFormat === 'General') && emptyFormat) {
      this.cells.delete(this.key(row, col));
    }
  }

  forEachCell(fn: (row: number, col: number, cell: CellState) => void): void {
    for (const [k, cell] of this.cells) {
      const [r, c] = k.split(',').map(Number);
      fn(r ?? 0, c ?? 0, cell);
    }
  }

  /** Excel's used range: the bounding box of cells with values (valuesOnly) or with values or formats. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    const grow = (row: number, col: number): void => {
      if (!rect) rect = { top: row, left: col, bottom: row, right: col };
      else {
        rect.top = Math.min(rect.top, row);
        rect.left = Math.min(rect.left, col);
        rect.bottom = Math.max(rect.bottom, row);
        rect.right = Math.max(rect.right, col);
      }
    };
    this.forEachCell((row, col, cell) => {
      if (cell.value !== undefined || cell.formula !== undefined || !valuesOnly) grow(row, col);
    });
    if (!valuesOnly) {
      for (const m of this.merges) {
        grow(m.top, m.left);
        grow(m.bottom, m.right);
      }
    }
    return rect;
  }

  mergeAt(row: number, col: number): Rect | null {
    return this.merges.find((m) => contains(m, row, col)) ?? null;
  }

  noteKey(row: number, col: number): string {
    return rectAddress({ top: row, left: col, bottom: row, right: col });
  }
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  activeSheet: string | null = null;
  readonly settings = new Map<string, unknown>();

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const s = new SheetState(name);
    this.sheets.push(s);
    if (this.activeSheet === null) this.activeSheet = name;
    return s;
  }

  /** Removes a sheet; when it was the active one, the next visible sheet (or the one before) becomes active, as in Excel. */
  removeSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i < 0) return;
    this.sheets.splice(i, 1);
    if (this.activeSheet !== name) return;
    const visible = (s: SheetState | undefined): boolean => s?.visibility === 'Visible';
    const next = this.sheets.slice(i).find(visible) ?? this.sheets.slice(0, i).reverse().find(visible);
    this.activeSheet = next?.name ?? null;
  }
}
