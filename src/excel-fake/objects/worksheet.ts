/// <reference types="office-js" />
import { parseRect, rectAddress, splitSheet } from '../a1';
import type { FakeRequestContext } from '../context';
import { FakeExcelError } from '../errors';
import type { ChartState, TableState, Visibility } from '../state';
import { newId } from '../state';
import { FakeClientResult, FakeCollection, FakeObject } from './base';
import { FakeRange, FakeRangeAreas } from './range';
import type { SheetRef } from './sheet-ref';
import { assertWritable, requireSheet } from './sheet-ref';

export class FakeWorksheet extends FakeObject {
  protected readonly typeName = 'Worksheet';
  readonly protection: FakeSheetFlags;
  readonly autoFilter: FakeSheetFlags;
  readonly freezePanes: FakeFreezePanes;
  readonly notes: FakeNoteCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;

  constructor(context: FakeRequestContext, readonly sheetRef: SheetRef, track = false) {
    super(context);
    this.protection = new FakeSheetFlags(context, sheetRef, 'protection');
    this.autoFilter = new FakeSheetFlags(context, sheetRef, 'autoFilter');
    this.freezePanes = new FakeFreezePanes(context, sheetRef);
    this.notes = new FakeNoteCollection(context, sheetRef);
    this.tables = new FakeTableCollection(context, sheetRef);
    this.charts = new FakeChartCollection(context, sheetRef);
    if (track) this.trackNull();
  }

  protected override exists(): boolean {
    return this.sheetRef() !== undefined;
  }

  protected override defaultProps(): string[] {
    return ['name', 'visibility'];
  }

  protected override child(name: string): FakeObject | null {
    return name === 'protection' ? this.protection : name === 'autoFilter' ? this.autoFilter : null;
  }

  protected override readProp(name: string): unknown {
    const sheet = requireSheet(this.sheetRef);
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility;
    if (name === 'position') return this.context.excel.state.sheets.indexOf(sheet);
    return super.readProp(name);
  }

  get name(): string { return this.loaded('name'); }
  get visibility(): string { return this.loaded('visibility'); }
  set visibility(v: string) {
    this.context.write(v, () => {
      requireSheet(this.sheetRef).visibility = v as Visibility;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => (address ? parseRect(splitSheet(address).local) : parseRect('A:XFD')));
  }

  getRanges(address: string): FakeRangeAreas {
    const rects = address.split(',').map((a) => parseRect(a.trim()));
    return new FakeRangeAreas(this.context, this.sheetRef, () => rects);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new FakeRange(this.context, this.sheetRef, () => rect);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => this.sheetRef()?.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => this.sheetRef()?.usedRect(valuesOnly) ?? null, true);
  }

  /** Like Excel: a very hidden sheet, or the last visible one, cannot be deleted (InvalidOperation). */
  delete(): void {
    this.context.write(['deleteSheet'], () => {
      const sheet = requireSheet(this.sheetRef);
      const state = this.context.excel.state;
      if (sheet.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it hidden or visible first.');
      if (sheet.visibility === 'Visible' && !state.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
        throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      state.removeSheet(sheet.name);
    });
  }

  activate(): void {
    this.context.write(['activate'], () => {
      this.context.excel.state.activeSheet = requireSheet(this.sheetRef).name;
    });
  }
}

export class FakeSheetFlags extends FakeObject {
  protected readonly typeName: string;

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly kind: 'protection' | 'autoFilter') {
    super(context);
    this.typeName = kind === 'protection' ? 'WorksheetProtection' : 'AutoFilter';
  }

  protected override defaultProps(): string[] {
    return this.kind === 'protection' ? ['protected'] : ['enabled', 'isDataFiltered'];
  }

  protected override readProp(name: string): unknown {
    const sheet = requireSheet(this.sheetRef);
    if (this.kind === 'protection' && name === 'protected') return sheet.protected;
    if (this.kind === 'autoFilter' && name === 'enabled') return sheet.autoFilter.enabled;
    if (this.kind === 'autoFilter' && name === 'isDataFiltered') return sheet.autoFilter.isDataFiltered;
    return super.readProp(name);
  }

  get protected(): boolean { return this.loaded('protected'); }
  get enabled(): boolean { return this.loaded('enabled'); }
  get isDataFiltered(): boolean { return this.loaded('isDataFiltered'); }
}

export class FakeFreezePanes extends FakeObject {
  protected readonly typeName = 'WorksheetFreezePanes';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef) {
    super(context);
  }

  freezeRows(count = 1): void {
    this.context.write(['freezeRows', count], () => {
      requireSheet(this.sheetRef).freezeRows = count;
    });
  }

  unfreeze(): void {
    this.context.write(['unfreeze'], () => {
      requireSheet(this.sheetRef).freezeRows = 0;
    });
  }
}

export class FakeNote extends FakeObject {
  protected readonly typeName = 'Note';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly key: string, track = false) {
    super(context);
    if (track) this.trackNull();
  }

  protected override exists(): boolean {
    return this.sheetRef()?.notes.has(this.key) ?? false;
  }

  protected override defaultProps(): string[] {
    return ['content'];
  }

  protected override readProp(name: string): unknown {
    if (name === 'content') return requireSheet(this.sheetRef).notes.get(this.key) ?? null;
    return super.readProp(name);
  }

  get content(): string { return this.loaded('content'); }
  set content(v: string) {
    this.context.write(v, () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      if (!sheet.notes.has(this.key)) throw new FakeExcelError('ItemNotFound', 'note not found');
      sheet.notes.set(this.key, v);
    });
  }

  /** Note.getLocation() (ExcelApi 1.18): the cell the note is on. */
  getLocation(): FakeRange {
    return new FakeRange(this.context, this.sheetRef, () => parseRect(this.key));
  }

  delete(): void {
    this.context.write(['deleteNote'], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      sheet.notes.delete(this.key);
    });
  }
}

function cellKey(address: string): string {
  const r = parseRect(splitSheet(address).local);
  if (r.top !== r.bottom || r.left !== r.right) throw new FakeExcelError('InvalidArgument', 'A note must be on a single cell.');
  return rectAddress(r);
}

export class FakeNoteCollection extends FakeCollection<FakeNote> {
  protected readonly typeName = 'NoteCollection';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef) {
    super(context);
  }

  protected list(): FakeNote[] {
    return [...(this.sheetRef()?.notes.keys() ?? [])].map((k) => new FakeNote(this.context, this.sheetRef, k));
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    return new FakeNote(this.context, this.sheetRef, cellKey(cellAddress), true);
  }

  /** NoteCollection.getCount() (ExcelApi 1.18). */
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.read(['getCount'], () => {
      const n = this.sheetRef()?.notes.size ?? 0;
      return { data: n, commit: () => result.set(n) };
    });
    return result;
  }

  /** NoteCollection.getItemAt(index) (ExcelApi 1.18): the notes in the order they were added. */
  getItemAt(index: number): FakeNote {
    const key = [...(this.sheetRef()?.notes.keys() ?? [])][index] ?? `#missing${index}`;
    return new FakeNote(this.context, this.sheetRef, key);
  }

  getItem(cellAddress: string): FakeNote {
    return new FakeNote(this.context, this.sheetRef, cellKey(cellAddress));
  }

  add(cellAddress: string, content: string): FakeNote {
    const key = cellKey(cellAddress);
    this.context.write([cellAddress, content], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      if (sheet.notes.has(key)) throw new FakeExcelError('InvalidArgument', 'The cell already has a note.');
      sheet.notes.set(key, content);
    });
    return new FakeNote(this.context, this.sheetRef, key);
  }
}

export type TableRef = { state: TableState | null };

export class FakeTable extends FakeObject {
  protected readonly typeName = 'Table';
  /** Table.worksheet (ExcelApi 1.2). */
  readonly worksheet: FakeWorksheet;

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly ref: TableRef) {
    super(context);
    this.worksheet = new FakeWorksheet(context, sheetRef);
  }

  protected override child(name: string): FakeObject | null {
    return name === 'worksheet' ? this.worksheet : null;
  }

  protected override defaultProps(): string[] {
    return ['name'];
  }

  protected override readProp(name: string): unknown {
    if (name === 'name') return this.ref.state?.name;
    return super.readProp(name);
  }

  get name(): string { return this.loaded('name'); }
  set name(v: string) {
    this.context.write(v, () => {
      const taken = this.context.excel.state.sheets.some((s) => s.tables.some((t) => t !== this.ref.state && t.name.toLowerCase() === v.toLowerCase()));
      if (taken) throw new FakeExcelError('ItemAlreadyExists', `A table named ${v} already exists.`);
      if (this.ref.state) this.ref.state.name = v;
    });
  }

  delete(): void {
    this.context.write(['deleteTable'], () => {
      const sheet = requireSheet(this.sheetRef);
      sheet.tables = sheet.tables.filter((t) => t !== this.ref.state);
    });
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected readonly typeName = 'TableCollection';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef) {
    super(context);
  }

  protected list(): FakeTable[] {
    return (this.sheetRef()?.tables ?? []).map((t) => new FakeTable(this.context, this.sheetRef, { state: t }));
  }

  getItem(name: string): FakeTable {
    const ref: TableRef = { state: null };
    this.context.write(['getTable', name], () => {
      ref.state = this.sheetRef()?.tables.find((t) => t.name === name) ?? null;
      if (!ref.state) throw new FakeExcelError('ItemNotFound', `table ${name} not found`);
    });
    return new FakeTable(this.context, this.sheetRef, ref);
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const ref: TableRef = { state: null };
    this.context.write([typeof address === 'string' ? address : 'range', hasHeaders], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const rect = typeof address === 'string' ? parseRect(splitSheet(address).local) : address.rect();
      const state: TableState = { id: newId('table'), name: newId('Table'), rect };
      sheet.tables.push(state);
      ref.state = state;
    });
    return new FakeTable(this.context, this.sheetRef, ref);
  }
}

type ChartRef = { state: ChartState | null };

export class FakeChart extends FakeObject {
  protected readonly typeName = 'Chart';
  readonly title: { text: string };

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly ref: ChartRef) {
    super(context);
    const write = (args: unknown, fn: (c: ChartState) => void): void =>
      context.write(args, () => {
        if (ref.state) fn(ref.state);
      });
    this.title = {
      get text(): string {
        throw new FakeExcelError('PropertyNotLoaded', 'chart title is write-only in the fake');
      },
      set text(v: string) {
        write(v, (c) => (c.title = v));
      },
    };
  }

  protected override defaultProps(): string[] {
    return ['name'];
  }

  protected override readProp(name: string): unknown {
    if (name === 'name') return this.ref.state?.name;
    return super.readProp(name);
  }

  get name(): string { return this.loaded('name'); }
  set name(v: string) {
    this.context.write(v, () => {
      if (this.ref.state) this.ref.state.name = v;
    });
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.write([startCell, endCell], () => {
      if (this.ref.state) this.ref.state.position = { start: startCell, end: endCell ?? startCell };
    });
  }

  delete(): void {
    this.context.write(['deleteChart'], () => {
      const sheet = requireSheet(this.sheetRef);
      sheet.charts = sheet.charts.filter((c) => c !== this.ref.state);
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  protected readonly typeName = 'ChartCollection';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef) {
    super(context);
  }

  protected list(): FakeChart[] {
    return (this.sheetRef()?.charts ?? []).map((c) => new FakeChart(this.context, this.sheetRef, { state: c }));
  }

  getItem(name: string): FakeChart {
    const ref: ChartRef = { state: null };
    this.context.write(['getChart', name], () => {
      ref.state = this.sheetRef()?.charts.find((c) => c.name === name) ?? null;
      if (!ref.state) throw new FakeExcelError('ItemNotFound', `chart ${name} not found`);
    });
    return new FakeChart(this.context, this.sheetRef, ref);
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = 'Auto'): FakeChart {
    const ref: ChartRef = { state: null };
    this.context.write([type, seriesBy], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      const state: ChartState = { id: newId('chart'), name: newId('Chart'), type, source: sourceData.rect(), seriesBy, title: '', position: null };
      sheet.charts.push(state);
      ref.state = state;
    });
    return new FakeChart(this.context, this.sheetRef, ref);
  }
}
