import type { FakeRequestContext } from '../context';
import { FakeCollection } from './base';
import { FakeTable } from './worksheet';

/** Workbook.tables (ExcelApi 1.1): every table of every sheet (table names are unique in the workbook). */
export class FakeWorkbookTableCollection extends FakeCollection<FakeTable> {
  protected readonly typeName = 'TableCollection';

  constructor(context: FakeRequestContext) {
    super(context);
  }

  protected list(): FakeTable[] {
    const state = this.context.excel.state;
    return state.sheets.flatMap((sheet) =>
      sheet.tables.map((t) => new FakeTable(this.context, () => (state.sheets.includes(sheet) ? sheet : undefined), { state: t })));
  }
}
