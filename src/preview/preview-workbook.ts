import type { ExcelHost } from '../excel/host';
import { FakeExcel } from '../excel-fake';
import type { SampleWorkbook } from './sample-workbook';
import { loadSample } from './sample-workbook';

export interface Selection {
  sheet: string;
  cell: string;
}

/**
 * The preview's workbook: the in-memory Excel loaded with the sample, plus what Excel's window
 * would show (active sheet, selected cell) and change notifications for the grid.
 */
export class PreviewWorkbook {
  readonly excel = new FakeExcel();
  selection: Selection | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly sheetListeners = new Set<() => void>();

  constructor(sample: SampleWorkbook) {
    loadSample(this.excel, sample);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** The in-memory Excel's host, telling the grid after every batch. */
  host(): ExcelHost {
    const inner = this.excel.host();
    return {
      run: async (options, batch) => {
        try {
          return await inner.run(options, batch);
        } finally {
          this.changed();
        }
      },
      isSetSupported: inner.isSetSupported,
    };
  }

  activeSheet(): string | null {
    return this.excel.state.activeSheet;
  }

  activate(sheet: string): void {
    if (this.excel.state.activeSheet === sheet) return;
    this.excel.state.activeSheet = sheet;
    this.selection = null;
    this.changed();
    for (const l of this.sheetListeners) l();
  }

  select(sheet: string, cell: string): Promise<void> {
    this.activate(sheet);
    this.selection = { sheet, cell };
    this.changed();
    return Promise.resolve();
  }

  writeSetting(key: string, json: string): Promise<void> {
    this.excel.state.settings.set(key, json);
    this.changed();
    return Promise.resolve();
  }

  onSheetActivated = (listener: () => void): (() => void) => {
    this.sheetListeners.add(listener);
    return () => this.sheetListeners.delete(listener);
  };

  setProtected(on: boolean): void {
    const sheet = this.activeSheetState();
    if (sheet) sheet.protected = on;
    this.changed();
  }

  setFiltered(on: boolean): void {
    const sheet = this.activeSheetState();
    if (sheet) sheet.autoFilter = { enabled: on, isDataFiltered: on };
    this.changed();
  }

  activeSheetState(): ReturnType<FakeExcel['state']['sheet']> {
    const name = this.excel.state.activeSheet;
    return name === null ? undefined : this.excel.state.sheet(name);
  }
}
