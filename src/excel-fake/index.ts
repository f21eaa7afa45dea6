/** The in-memory Excel: used by the adapter's tests, the bench and the browser preview. */
export { FakeExcel } from './fake-excel';
export type { FakeExcelOptions, FakeStats } from './fake-excel';
export { FakeExcelError, PAYLOAD_LIMIT_BYTES } from './errors';
export type { GridConditionalFormat, GridSheet, GridValue } from './grid';
export { loadGrid, sheetGrid } from './grid';
export type { SheetDump, WorkbookDump } from './dump';
export { dumpSheet, dumpWorkbook } from './dump';
export type { HangMode } from './fake-excel';
export type { Entry } from './cell-input';
export { readEntry } from './cell-input';
export type { CellFormatState, SheetState, WorkbookState } from './state';
export { ledgerGrid } from './sample-ledger';
