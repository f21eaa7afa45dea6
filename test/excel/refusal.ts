import type { FakeExcel, WorkbookDump } from '../../src/excel-fake';
import { dumpWorkbook } from '../../src/excel-fake';
import { UNDO_SHEET } from '../../src/excel';
import { describeError } from '../../src/excel/ui/describe';

export interface Refusal {
  code: string;
  /** The sentence the user sees (ribbon dialog and task pane), in zh-CN. */
  zh: string;
}

/**
 * Runs an add-in action that must be refused, and checks that nothing at all was written: every
 * sheet, the sheet list, the active sheet and the settings as before (so no undo store, no summary).
 */
export async function refused(excel: FakeExcel, action: () => Promise<unknown>): Promise<Refusal> {
  const before = dumpWorkbook(excel);
  const err = await action().then(() => null, (e: unknown) => e);
  expect(err).not.toBeNull();
  expect(dumpWorkbook(excel)).toEqual(before);
  return { code: (err as { code: string }).code, zh: describeError(err, 'zh-CN') };
}

/** The workbook without TaskLedger's very hidden undo store. */
export function withoutStore(dump: WorkbookDump): WorkbookDump {
  return { ...dump, sheets: dump.sheets.filter((s) => s.name !== UNDO_SHEET) };
}
