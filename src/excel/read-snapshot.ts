/// <reference types="office-js" />
import type { CellValue, MergedArea, SheetSnapshot } from '../engine';
import type { CellRect } from './address';
import { parseRangeAddress, splitAreas } from './address';
import { AddinError } from './addin-error';
import type { Capabilities } from './capabilities';
import { cellBytes, isPayloadError, RESPONSE_BUDGET_BYTES } from './payload';
import { toCellValue } from './cell-values';
import type { SyncOptions } from './sync';
import { syncWithin } from './sync';
import { SETTINGS_KEY } from './settings';
import { queueHiddenColumns } from './read-hidden-columns';

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** The values-only used range when read (null for an empty sheet). */
  used: CellRect | null;
  /** The raw TaskLedger settings stored in the workbook (Workbook.settings), if any. */
  settings: unknown;
  /** Hidden columns (1-based) near the table: a column TaskLedger adds never goes there. */
  hiddenColumns: number[];
}

export interface ReadOptions extends SyncOptions {
  /** The sheet to read; null for the active sheet. */
  sheet: string | null;
  /** Response budget per sync (tests lower it). */
  budgetBytes?: number;
}

const MIN_CHUNK_ROWS = 8;

/** Refuses sheets TaskLedger must not write to: protected, or with an active filter (rows would be hidden from the check). */
export function assertSheetUsable(
  protection: Excel.WorksheetProtection,
  autoFilter: Excel.AutoFilter | null,
  name: string,
): void {
  if (protection.protected) throw new AddinError('protected', { sheet: name });
  if (autoFilter && autoFilter.isDataFiltered) throw new AddinError('filtered', { sheet: name });
}

function storeRows(values: CellValue[][], top: number, left: number, rows: unknown[][]): void {
  rows.forEach((line, i) => {
    const target = (values[top - 1 + i] ??= []);
    line.forEach((v, j) => {
      const cv = toCellValue(v);
      if (cv !== null) target[left - 1 + j] = cv;
    });
  });
}

/**
 * A cell holding a formula that shows nothing becomes "" (not null): it reads as empty, but it is
 * a person's cell, so the engine never picks its column as free for TaskLedger's own.
 */
function markFormulas(values: CellValue[][], areas: CellRect[]): void {
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      const row = (values[r - 1] ??= []);
      for (let c = a.left; c <= a.right; c++) if (row[c - 1] === undefined || row[c - 1] === null) row[c - 1] = '';
    }
  }
}

function finish(values: CellValue[][]): CellValue[][] {
  for (let i = 0; i < values.length; i++) {
    const row = (values[i] ??= []);
    for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
  }
  return values;
}

function rowBytes(values: CellValue[][], from: number, to: number): number {
  let n = 0;
  for (let r = from; r <= to; r++) for (const v of values[r - 1] ?? []) n += cellBytes(v);
  return n;
}

/**
 * Reads a sheet into the engine's snapshot. The first sync reads the sheet's name, protection,
 * filter, used range, merged areas (ExcelApi 1.13, over the used range with formats), the settings, the hidden columns
 * (see read-hidden-columns) and a first block of rows (which holds the header); the remaining rows follow in payload-sized chunks, sized from the bytes per
 * row seen so far. A chunk Excel refuses for size is retried at half the rows.
 */
export async function readSheet(context: Excel.RequestContext, caps: Capabilities, options: ReadOptions): Promise<SheetRead> {
  const budget = options.budgetBytes ?? RESPONSE_BUDGET_BYTES;
  const queueFirst = (rows: number) => {
    const sheet = options.sheet === null
      ? context.workbook.worksheets.getActiveWorksheet()
      : context.workbook.worksheets.getItemOrNullObject(options.sheet);
    sheet.load('name');
    sheet.protection.load('protected');
    const autoFilter = caps.autoFilter ? sheet.autoFilter.load('isDataFiltered') : null;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    // Merges from the used range with formats: a merge right of the data (no values) still makes
    // those columns unfit for TaskLedger's own columns. Excel lists a merge only when its top-left
    // cell is in the range (office-js #3611), and the values-only used range would miss it.
    const withFormats = sheet.getUsedRangeOrNullObject(false);
    const merged = caps.mergedAreas ? withFormats.getMergedAreasOrNullObject().load('address') : null;
    // Formulas showing nothing read as "" like empty cells; Range.getSpecialCellsOrNullObject (1.9) finds them.
    const formulas = caps.cellProperties ? withFormats.getSpecialCellsOrNullObject('Formulas').load('address') : null;
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load('value');
    const first = used.getIntersectionOrNullObject(`1:${rows}`).load('address, values');
    const hidden = queueHiddenColumns(sheet, caps);
    return { sheet, autoFilter, used, merged, formulas, setting, first, hidden };
  };

  // A refused sync discards everything queued with it, so the whole first batch is queued again.
  let chunkRows = 400;
  let q = queueFirst(chunkRows);
  for (;;) {
    try {
      await syncWithin(context, options);
      break;
    } catch (err) {
      if (!isPayloadError(err) || chunkRows <= MIN_CHUNK_ROWS) throw err;
      chunkRows = Math.floor(chunkRows / 2);
      q = queueFirst(chunkRows);
    }
  }
  const { sheet, autoFilter, used, merged, formulas, setting, first, hidden } = q;
  if (sheet.isNullObject) throw new AddinError('no-sheet', { sheet: options.sheet ?? '' });
  assertSheetUsable(sheet.protection, autoFilter, sheet.name);
  const settings = setting.isNullObject ? null : setting.value;
  const hiddenColumns = hidden();
  if (used.isNullObject) return { snapshot: { name: sheet.name, values: [], merges: [] }, used: null, settings, hiddenColumns };

  const rect = parseRangeAddress(used.address);
  const values: CellValue[][] = [];
  const merges: MergedArea[] = merged && !merged.isNullObject ? splitAreas(merged.address).map((a) => parseRangeAddress(a)) : [];
  const formulaAreas = formulas && !formulas.isNullObject ? splitAreas(formulas.address).map((a) => parseRangeAddress(a)) : [];
  let next = rect.top;
  if (!first.isNullObject) {
    const got = parseRangeAddress(first.address);
    storeRows(values, got.top, got.left, first.values);
    next = got.bottom + 1;
  }
  let perRow = Math.max(64, rowBytes(values, rect.top, next - 1) / Math.max(1, next - rect.top));
  while (next <= rect.bottom) {
    const rows = Math.max(MIN_CHUNK_ROWS, Math.min(rect.bottom - next + 1, Math.floor((budget * 0.85) / perRow), chunkRows * 8));
    const range = sheet.getRangeByIndexes(next - 1, rect.left - 1, rows, rect.right - rect.left + 1).load('values');
    try {
      await syncWithin(context, options);
    } catch (err) {
      if (!isPayloadError(err) || rows <= MIN_CHUNK_ROWS) throw err;
      perRow *= 2;
      chunkRows = Math.max(MIN_CHUNK_ROWS, Math.floor(rows / 2));
      continue;
    }
    storeRows(values, next, rect.left, range.values);
    perRow = Math.max(perRow * 0.5, rowBytes(values, next, next + rows - 1) / rows);
    next += rows;
  }
  markFormulas(values, formulaAreas);
  return { snapshot: { name: sheet.name, values: finish(values), merges }, used: rect, settings, hiddenColumns };
}
