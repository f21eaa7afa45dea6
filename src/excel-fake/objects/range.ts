/// <reference types="office-js" />
import type { Rect } from '../a1';
import { intersect, parseRect, rectAddress } from '../a1';
import type { FakeRequestContext } from '../context';
import { enterValue } from '../cell-input';
import { FakeExcelError } from '../errors';
import type { CellFormatState, CellState, HyperlinkState } from '../state';
import { FakeClientResult, FakeCollection, FakeObject } from './base';
import { applyCellPropertiesFormat, toCellPropertiesFormat } from './cell-properties';
import { columnProperties, hiddenState, setHidden } from './hidden';
import { FakeConditionalFormatCollection } from './conditional-format';
import type { SheetRef } from './sheet-ref';
import { assertWritable, cellsOf, fullAddress, requireSheet } from './sheet-ref';

export type RectRef = () => Rect | null;

function matrix<T>(value: unknown, rows: number, cols: number, what: string): T[][] {
  if (!Array.isArray(value)) return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value as T));
  const m = value as unknown[][];
  if (m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`);
  }
  return m as T[][];
}

const DEFAULT_COLUMN_WIDTH = 48;

/** Excel.RangeValueType of a cell. */
function valueType(cell: CellState | undefined): string {
  const v = cell?.value;
  if (cell?.error) return 'Error';
  if (v === undefined) return 'Empty';
  return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Double' : 'Boolean';
}

/** Keeps the parts of `value` a load-options object asks for (true = all of it), as Excel does. */
function pick(value: unknown, spec: unknown): unknown {
  if (spec === true || typeof value !== 'object' || value === null) return value;
  if (typeof spec !== 'object' || spec === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, sub] of Object.entries(spec)) {
    if (!sub) continue;
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    // CellBorderCollectionLoadOptions: one {style, color, weight} spec applies to every edge.
    if (k === 'borders' && typeof sub === 'object' && v !== null) {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([edge, b]) => [edge, pick(b, sub)]));
    } else out[k] = pick(v, sub);
  }
  return out;
}

export class FakeRange extends FakeObject {
  protected readonly typeName = 'Range';
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, readonly sheetRef: SheetRef, readonly rectRef: RectRef, track = false) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, sheetRef, () => {
      const r = rectRef();
      return r ? [r] : null;
    });
    if (track) this.trackNull();
  }

  rect(): Rect {
    const r = this.rectRef();
    if (!r) throw new FakeExcelError('InvalidReference', 'This reference is not valid for the current operation (null object).');
    return r;
  }

  protected override exists(): boolean {
    return this.sheetRef() !== undefined && this.rectRef() !== null;
  }

  protected override defaultProps(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat'];
  }

  protected override child(name: string): FakeObject | null {
    return name === 'format' ? this.format : null;
  }

  protected override readProp(name: string): unknown {
    const sheet = requireSheet(this.sheetRef);
    const r = this.rect();
    switch (name) {
      case 'address': return fullAddress(sheet, r);
      case 'rowIndex': return r.top - 1;
      case 'columnIndex': return r.left - 1;
      case 'rowCount': return r.bottom - r.top + 1;
      case 'columnCount': return r.right - r.left + 1;
      case 'cellCount': return (r.bottom - r.top + 1) * (r.right - r.left + 1);
      case 'values': return this.grid((row, col) => sheet.value(row, col));
      case 'formulas': return this.grid((row, col) => sheet.cell(row, col)?.formula ?? sheet.value(row, col));
      case 'valueTypes': return this.grid((row, col) => valueType(sheet.cell(row, col)));
      case 'text': return this.grid((row, col) => String(sheet.value(row, col)));
      case 'numberFormat': return this.grid((row, col) => sheet.cell(row, col)?.numberFormat ?? 'General');
      case 'columnHidden': return hiddenState(sheet.hiddenColumns, r.left, r.right);
      case 'rowHidden': return hiddenState(sheet.hiddenRows, r.top, r.bottom);
      case 'hyperlink': {
        const h = sheet.hyperlinks.get(rectAddress({ top: r.top, left: r.left, bottom: r.top, right: r.left }));
        return h ?? null;
      }
      default: return super.readProp(name);
    }
  }

  private grid<T>(fn: (row: number, col: number) => T): T[][] {
    const r = this.rect();
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5_000_000) {
      throw new FakeExcelError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
    }
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(fn(row, col));
      out.push(line);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }

  /** Like typing each entry (see cell-input): "=…" becomes a formula, "12" a number; null leaves a cell, "" clears it. */
  set values(v: unknown[][]) {
    this.enter(v, 'values');
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }

  set formulas(v: unknown[][]) {
    this.enter(v, 'formulas');
  }

  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }

  private enter(v: unknown[][], what: string): void {
    this.context.write(v, () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      const m = matrix<unknown>(v, r.bottom - r.top + 1, r.right - r.left + 1, what);
      m.forEach((line, i) => line.forEach((value, j) => enterValue(sheet, r.top + i, r.left + j, value, this.context.excel.evaluate)));
    });
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }

  set numberFormat(v: string[][]) {
    this.context.write(v, () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      const m = matrix<string>(v, r.bottom - r.top + 1, r.right - r.left + 1, 'numberFormat');
      m.forEach((line, i) => line.forEach((fmt, j) => {
        if (fmt === null) return;
        const cell = sheet.cellForWrite(r.top + i, r.left + j);
        if (fmt === 'General') delete cell.numberFormat;
        else cell.numberFormat = fmt;
        sheet.prune(r.top + i, r.left + j);
      }));
    });
  }

  get address(): string { return this.loaded('address'); }
  get rowIndex(): number { return this.loaded('rowIndex'); }
  get columnIndex(): number { return this.loaded('columnIndex'); }
  get rowCount(): number { return this.loaded('rowCount'); }
  get columnCount(): number { return this.loaded('columnCount'); }

  /** True when every column of the range is hidden, false when none is, null when some are. */
  get columnHidden(): boolean | null { return this.loaded('columnHidden'); }
  set columnHidden(v: boolean) { this.hide('columns', v); }
  get rowHidden(): boolean | null { return this.loaded('rowHidden'); }
  set rowHidden(v: boolean) { this.hide('rows', v); }

  private hide(what: 'columns' | 'rows', v: boolean): void {
    this.context.write([what, v], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      if (what === 'columns') setHidden(sheet.hiddenColumns, r.left, r.right, v);
      else setHidden(sheet.hiddenRows, r.top, r.bottom, v);
    });
  }

  /** Range.getEntireColumn: the whole columns this range spans. */
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => {
      const r = this.rectRef();
      return r ? { top: 1, left: r.left, bottom: 1_048_576, right: r.right } : null;
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.loaded('hyperlink');
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.context.write(link, () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      for (const { row, col } of cellsOf(r)) {
        const key = rectAddress({ top: row, left: col, bottom: row, right: col });
        const state: HyperlinkState = {};
        if (link.address) state.address = link.address;
        if (link.documentReference) state.documentReference = link.documentReference;
        if (link.screenTip) state.screenTip = link.screenTip;
        if (link.textToDisplay !== undefined) state.textToDisplay = link.textToDisplay;
        sheet.hyperlinks.set(key, state);
      }
      if (link.textToDisplay !== undefined) sheet.setValue(r.top, r.left, link.textToDisplay);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => {
      const r = this.rect();
      return { top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column };
    });
  }

  /** The used part of this range (cells with values when valuesOnly), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => {
      const sheet = this.sheetRef();
      const r = this.rectRef();
      if (!sheet || !r) return null;
      let box: Rect | null = null;
      sheet.forEachCell((row, col, cell) => {
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) return;
        if (valuesOnly && cell.value === undefined) return;
        box = box
          ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      });
      return box;
    }, true);
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => {
      const a = this.rectRef();
      const b = typeof other === 'string' ? parseRect(other) : other.rectRef();
      return a && b ? intersect(a, b) : null;
    }, true);
  }

  /**
   * Range.getSpecialCellsOrNullObject (ExcelApi 1.9) for "Formulas" and "Constants": the cells of
   * this range holding formulas (or constants), as one area per unbroken run down a column.
   */
  getSpecialCellsOrNullObject(cellType: 'Formulas' | 'Constants'): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheetRef, () => {
      const sheet = this.sheetRef();
      const r = this.rectRef();
      if (!sheet || !r) return null;
      const hits: Rect[] = [];
      for (let col = r.left; col <= r.right; col++) {
        for (let row = r.top; row <= r.bottom; row++) {
          const cell = sheet.cell(row, col);
          const hit = cellType === 'Formulas' ? cell?.formula !== undefined : cell?.formula === undefined && cell?.value !== undefined;
          if (!hit) continue;
          const last = hits[hits.length - 1];
          if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
          else hits.push({ top: row, left: col, bottom: row, right: col });
        }
      }
      return hits.length > 0 ? hits : null;
    }, true);
  }

  /** Like real Excel (office-js issue #3611): only merged areas whose top-left cell lies in this range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheetRef, () => {
      const sheet = this.sheetRef();
      const r = this.rectRef();
      if (!sheet || !r) return null;
      const list = sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      return list.length > 0 ? list : null;
    }, true);
  }

  getCellProperties(spec: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.context.read(spec, () => {
      const sheet = requireSheet(this.sheetRef);
      const data = this.grid((row, col) => {
        const out: Excel.CellProperties = {};
        if (spec.address) out.address = fullAddress(sheet, { top: row, left: col, bottom: row, right: col });
        if (spec.format) out.format = pick(toCellPropertiesFormat(sheet.cell(row, col)?.format), spec.format) as Excel.CellPropertiesFormat;
        return out;
      });
      return { data, commit: () => result.set(data) };
    });
    return result;
  }

  getColumnProperties(spec: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.context.read(spec, () => {
      const data = columnProperties(requireSheet(this.sheetRef), this.rect(), spec);
      return { data, commit: () => result.set(data) };
    });
    return result;
  }

  setCellProperties(props: Excel.SettableCellProperties[][]): void {
    this.context.write(props, () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      const m = matrix<Excel.SettableCellProperties>(props, r.bottom - r.top + 1, r.right - r.left + 1, 'cell properties');
      m.forEach((line, i) => line.forEach((p, j) => {
        if (!p.format) return;
        const cell = sheet.cellForWrite(r.top + i, r.left + j);
        const next = applyCellPropertiesFormat(cell.format, p.format);
        if (Object.keys(next).length > 0) cell.format = next;
        else delete cell.format;
        sheet.prune(r.top + i, r.left + j);
      }));
    });
  }

  merge(across = false): void {
    this.context.write(['merge', across], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      const areas = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const area of areas) {
        sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
        for (const { row, col } of cellsOf(area)) if (row !== area.top || col !== area.left) sheet.setValue(row, col, null);
        sheet.merges.push(area);
      }
    });
  }

  unmerge(): void {
    this.context.write(['unmerge'], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      sheet.merges = sheet.merges.filter((m) => !intersect(m, r));
    });
  }

  clear(applyTo: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' = 'All'): void {
    this.context.write(['clear', applyTo], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const r = this.rect();
      const all = applyTo === 'All';
      sheet.forEachCell((row, col, cell) => {
        if (row < r.top || row > r.bottom || col < r.left || col > r.right) return;
        if (all || applyTo === 'Contents') {
          delete cell.value;
          delete cell.formula;
          delete cell.error;
        }
        if (all || applyTo === 'Formats') {
          delete cell.format;
          delete cell.numberFormat;
        }
        sheet.prune(row, col);
      });
      if (all || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') {
        for (const key of [...sheet.hyperlinks.keys()]) {
          const c = parseRect(key);
          if (intersect(c, r)) sheet.hyperlinks.delete(key);
        }
      }
      if (all || applyTo === 'Formats') sheet.merges = sheet.merges.filter((m) => !intersect(m, r));
    });
  }
}

export class FakeRangeFormat extends FakeObject {
  protected readonly typeName = 'RangeFormat';
  readonly font: FakeFormatPart;
  readonly fill: FakeFormatPart;

  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
    this.font = new FakeFormatPart(context, range, 'font');
    this.fill = new FakeFormatPart(context, range, 'fill');
  }

  protected override readProp(name: string): unknown {
    const sheet = requireSheet(this.range.sheetRef);
    const r = this.range.rect();
    if (name === 'columnWidth') return sheet.columnWidths.get(r.left) ?? DEFAULT_COLUMN_WIDTH;
    if (name === 'wrapText') return sheet.cell(r.top, r.left)?.format?.wrapText ?? false;
    return super.readProp(name);
  }

  protected override child(name: string): FakeObject | null {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : null;
  }

  get columnWidth(): number { return this.loaded('columnWidth'); }
  set columnWidth(points: number) {
    this.context.write(points, () => {
      const sheet = requireSheet(this.range.sheetRef);
      assertWritable(sheet);
      const r = this.range.rect();
      for (let col = r.left; col <= r.right; col++) {
        if (points === DEFAULT_COLUMN_WIDTH) sheet.columnWidths.delete(col);
        else sheet.columnWidths.set(col, points);
      }
    });
  }

  get wrapText(): boolean { return this.loaded('wrapText'); }
  set wrapText(v: boolean) { this.setFormat({ wrapText: v }); }
  set verticalAlignment(v: string) { this.setFormat({ verticalAlignment: v as Excel.CellPropertiesFormat['verticalAlignment'] }); }
  set horizontalAlignment(v: string) { this.setFormat({ horizontalAlignment: v as Excel.CellPropertiesFormat['horizontalAlignment'] }); }

  setFormat(patch: Excel.CellPropertiesFormat): void {
    this.context.write(patch, () => {
      const sheet = requireSheet(this.range.sheetRef);
      assertWritable(sheet);
      for (const { row, col } of cellsOf(this.range.rect())) {
        const cell = sheet.cellForWrite(row, col);
        const next: CellFormatState = applyCellPropertiesFormat(cell.format, patch);
        if (Object.keys(next).length > 0) cell.format = next;
        else delete cell.format;
        sheet.prune(row, col);
      }
    });
  }
}

export class FakeFormatPart extends FakeObject {
  protected readonly typeName: string;

  constructor(context: FakeRequestContext, private readonly range: FakeRange, private readonly part: 'font' | 'fill') {
    super(context);
    this.typeName = part === 'font' ? 'RangeFont' : 'RangeFill';
  }

  set bold(v: boolean) { this.range.format.setFormat({ font: { bold: v } }); }
  set size(v: number) { this.range.format.setFormat({ font: { size: v } }); }
  set color(v: string) { this.range.format.setFormat(this.part === 'font' ? { font: { color: v } } : { fill: { color: v } }); }
}

export class FakeRangeAreas extends FakeObject {
  protected readonly typeName = 'RangeAreas';
  readonly areas: FakeAreaCollection;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, readonly sheetRef: SheetRef, readonly rectsRef: () => Rect[] | null, track = false) {
    super(context);
    this.areas = new FakeAreaCollection(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, sheetRef, rectsRef);
    if (track) this.trackNull();
  }

  protected override exists(): boolean {
    return this.sheetRef() !== undefined && this.rectsRef() !== null;
  }

  protected override defaultProps(): string[] {
    return ['address', 'areaCount'];
  }

  protected override child(name: string): FakeObject | null {
    return name === 'areas' ? this.areas : null;
  }

  protected override readProp(name: string): unknown {
    const sheet = requireSheet(this.sheetRef);
    const rects = this.rectsRef() ?? [];
    if (name === 'address') return rects.map((r) => fullAddress(sheet, r)).join(',');
    if (name === 'areaCount') return rects.length;
    return super.readProp(name);
  }

  get address(): string { return this.loaded('address'); }
  get areaCount(): number { return this.loaded('areaCount'); }
}

export class FakeAreaCollection extends FakeCollection<FakeRange> {
  protected readonly typeName = 'RangeCollection';

  constructor(context: FakeRequestContext, private readonly owner: FakeRangeAreas) {
    super(context);
  }

  protected list(): FakeRange[] {
    return (this.owner.rectsRef() ?? []).map((r) => new FakeRange(this.context, this.owner.sheetRef, () => r));
  }
}
