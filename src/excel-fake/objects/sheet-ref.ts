import type { Rect } from '../a1';
import { parseRect, quoteSheet, rectAddress, splitSheet } from '../a1';
import { FakeExcelError } from '../errors';
import type { SheetState, WorkbookState } from '../state';

/** Finds a sheet at sync time (a proxy may outlive a rename or be created before its sheet). */
export type SheetRef = () => SheetState | undefined;

export function requireSheet(ref: SheetRef): SheetState {
  const sheet = ref();
  if (!sheet) throw new FakeExcelError('ItemNotFound', 'The requested worksheet does not exist.');
  return sheet;
}

export function assertWritable(sheet: SheetState): void {
  if (sheet.protected) {
    throw new FakeExcelError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
  }
}

export function fullAddress(sheet: SheetState, rect: Rect): string {
  return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
}

/** Resolves "A1:B2" or "'台账'!A1" against a default sheet. */
export function resolveAddress(workbook: WorkbookState, address: string, fallback: SheetRef): { sheet: SheetRef; rect: Rect } {
  const { sheet } = splitSheet(address);
  return { sheet: sheet === null ? fallback : () => workbook.sheet(sheet), rect: parseRect(address) };
}

export function cellsOf(rect: Rect): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) out.push({ row, col });
  return out;
}
