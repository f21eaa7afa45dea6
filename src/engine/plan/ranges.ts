import { columnLetter } from '../sheet/a1';

/** Folds cells into A1 ranges: contiguous rows of one column become "F7:F9". */
export function toRanges(cells: { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    const letter = columnLetter(col);
    let start = rows[0];
    let prev = rows[0];
    for (const row of [...rows.slice(1), Number.NaN]) {
      if (start === undefined || prev === undefined) break;
      if (row === prev + 1) {
        prev = row;
        continue;
      }
      out.push(start === prev ? `${letter}${start}` : `${letter}${start}:${letter}${prev}`);
      start = row;
      prev = row;
    }
  }
  return out;
}
