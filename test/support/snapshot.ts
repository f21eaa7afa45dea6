import type { CellValue, MergedArea, SheetSnapshot } from '../../src/engine';
import { parseAddress } from '../../src/engine';

/** Builds a snapshot from rows and A1 merge ranges ("A1:F1"). */
export function snapshot(values: CellValue[][], merges: string[] = [], name = 'Sheet1'): SheetSnapshot {
  return { name, values, merges: merges.map(toArea) };
}

export function toArea(range: string): MergedArea {
  const [a, b] = range.split(':');
  const start = parseAddress(a ?? '');
  const end = parseAddress(b ?? a ?? '');
  if (!start || !end) throw new Error(`bad range ${range}`);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}
