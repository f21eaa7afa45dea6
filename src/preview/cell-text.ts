import type { CellState } from '../excel-fake/state';

/** A cell's value as Excel would display it (percent formats applied), '' when empty. */
export function cellText(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === undefined) return '';
  if (typeof v === 'number' && cell?.numberFormat?.includes('%')) {
    const decimals = /0\.(0+)%/u.exec(cell.numberFormat)?.[1]?.length ?? 0;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  return String(v);
}
