/** Column letters and A1 addresses. Rows and columns here are 1-based, as Excel shows them. */

export function columnLetter(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Parses "A", "AB" (case-insensitive) into a 1-based column number, or null. */
export function columnNumber(letters: string): number | null {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return null;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384 ? n : null;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Parses "C5" into {row: 5, col: 3}, or null. */
export function parseAddress(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  if (col === null || !Number.isInteger(row) || row < 1) return null;
  return { row, col };
}
