/** The in-memory Excel: used by the adapter's tests, the bench and the browser preview. */
export { FakeExcel } from './fake-excel';
export type { FakeExcelOptions, FakeStats } from './fake-excel';
export { FakeExcelError, PAYLOAD_LIMIT_BYTES } from './errors';
export type { GridSheet, GridValue, SheetDump } from './grid';
export { dumpSheet, loadGrid, sheetGrid } from './grid';
export type { CellFormatState, SheetState, WorkbookState } from './state';
export { ledgerGrid } from './sample-ledger';
