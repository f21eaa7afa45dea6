import { cellAddress, columnNumber } from '../engine';

/** A block of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses an Office.js address ("'台账'!B3:F20", "Sheet1!A1") into a rectangle. */
export function parseRangeAddress(address: string): CellRect {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [a = '', b] = local.split(':');
  const cell = (s: string): { row: number; col: number } => {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(s.trim());
    const col = m?.[1] ? columnNumber(m[1]) : null;
    if (!m || col === null) throw new Error(`unexpected address ${address}`);
    return { row: Number(m[2]), col };
  };
  const s = cell(a);
  const e = cell(b ?? a);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/**
 * The areas of a RangeAreas address ("'台账,2024'!A1:A3,'台账,2024'!C5"): split at the commas
 * between areas, not at commas inside a quoted sheet name.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let part = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(part);
      part = '';
    } else part += ch;
  }
  if (part) out.push(part);
  return out;
}

/** "A1" or "A1:B9" for a rectangle. */
export function rectToAddress(r: CellRect): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** A sheet-qualified address for hyperlinks and formulas: 'My sheet'!A1. */
export function sheetAddress(sheet: string, local: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${local}`;
}
