import { columnLetter, columnNumber } from '../engine/sheet/a1';

/** A rectangle of cells, 1-based and inclusive, as Excel shows rows and columns. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

function cellPart(text: string): { row: number | null; col: number | null } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnNumber(m[1]) : null;
  const row = m[2] ? Number(m[2]) : null;
  if (m[1] && col === null) return null;
  return { row, col };
}

/** Splits "'My Sheet'!A1:B2" into the sheet name (or null) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C9", "C:C", "3:40" into a rectangle. Throws InvalidArgument-like errors on bad input. */
export function parseRect(address: string): Rect {
  const { local } = splitSheet(address);
  const [a, b] = local.split(':');
  const start = cellPart(a ?? '');
  const end = cellPart(b ?? a ?? '');
  if (!start || !end) throw new Error(`bad address ${address}`);
  const top = start.row ?? 1;
  const bottom = end.row ?? MAX_ROWS;
  const left = start.col ?? 1;
  const right = end.col ?? MAX_COLS;
  return {
    top: Math.min(top, bottom), bottom: Math.max(top, bottom),
    left: Math.min(left, right), right: Math.max(left, right),
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(rect: Rect): string {
  const a = `${columnLetter(rect.left)}${rect.top}`;
  const b = `${columnLetter(rect.right)}${rect.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top), left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}
