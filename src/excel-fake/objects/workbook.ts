/// <reference types="office-js" />
import type { FakeRequestContext } from '../context';
import { FakeExcelError } from '../errors';
import { FakeCollection, FakeObject } from './base';
import { FakeWorkbookTableCollection } from './workbook-tables';
import { FakeWorksheet } from './worksheet';

export class FakeWorkbook extends FakeObject {
  protected readonly typeName = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly tables: FakeWorkbookTableCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
    this.tables = new FakeWorkbookTableCollection(context);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';

  protected list(): FakeWorksheet[] {
    const state = this.context.excel.state;
    return state.sheets.map((s) => new FakeWorksheet(this.context, () => (state.sheets.includes(s) ? s : undefined)));
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.state.sheet(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.state.sheet(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const state = this.context.excel.state;
    return new FakeWorksheet(this.context, () => (state.activeSheet === null ? undefined : state.sheet(state.activeSheet)));
  }

  add(name: string): FakeWorksheet {
    const state = this.context.excel.state;
    this.context.write(['addSheet', name], () => {
      if (state.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      state.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => state.sheet(name));
  }
}

export class FakeSetting extends FakeObject {
  protected readonly typeName = 'Setting';

  constructor(context: FakeRequestContext, private readonly key: string, track = false) {
    super(context);
    if (track) this.trackNull();
  }

  protected override exists(): boolean {
    return this.context.excel.state.settings.has(this.key);
  }

  protected override defaultProps(): string[] {
    return ['key', 'value'];
  }

  protected override readProp(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return this.context.excel.state.settings.get(this.key);
    return super.readProp(name);
  }

  get value(): unknown { return this.loaded('value'); }
  set value(v: unknown) {
    this.context.write(v, () => {
      this.context.excel.state.settings.set(this.key, JSON.parse(JSON.stringify(v)) as unknown);
    });
  }

  delete(): void {
    this.context.write(['deleteSetting'], () => this.context.excel.state.settings.delete(this.key));
  }
}

export class FakeSettingCollection extends FakeCollection<FakeSetting> {
  protected readonly typeName = 'SettingCollection';

  protected list(): FakeSetting[] {
    return [...this.context.excel.state.settings.keys()].map((k) => new FakeSetting(this.context, k));
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }

  add(key: string, value: unknown): FakeSetting {
    this.context.write([key, value], () => {
      this.context.excel.state.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    });
    return new FakeSetting(this.context, key);
  }
}
