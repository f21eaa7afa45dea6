import type ExcelJS from 'exceljs';
import type { CellValue, MergedArea, SheetSnapshot } from '../../engine';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS Date as the Excel serial number Office.js would return for the same cell. */
function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

function richText(value: { richText?: { text?: string }[] }): string {
  return (value.richText ?? []).map((r) => r.text ?? '').join('');
}

/** Converts an exceljs cell value into the engine's plain cell value. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value) return richText(value);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return toCellValue(result);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object' && 'richText' in text) return richText(text as { richText: { text: string }[] });
    return String((value as { hyperlink: string }).hyperlink);
  }
  return null;
}

interface MergeModel {
  model?: { top: number; left: number; bottom: number; right: number };
}

/** exceljs keeps merges by their top-left address; each has a range model. */
export function readMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeModel> })._merges ?? {};
  const out: MergedArea[] = [];
  for (const m of Object.values(merges)) {
    if (!m.model) continue;
    const { top, left, bottom, right } = m.model;
    out.push({ top, left, bottom, right });
  }
  return out;
}

/** Reads a worksheet into the engine's snapshot. */
export function readSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      out[colNumber - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  return { name: ws.name, values, merges: readMerges(ws) };
}
