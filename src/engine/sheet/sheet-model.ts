import type { CellValue, MergedArea, SheetSnapshot } from './snapshot';
import { isErrorValue } from './snapshot';

/** Where a cell's value comes from: its own content or the top-left cell of a merged area. */
export interface ResolvedCell {
  value: CellValue;
  /** The merged area covering the cell, when there is one. */
  merge: MergedArea | null;
  /** True when the value belongs to this cell itself (not inherited from a merge above or left). */
  own: boolean;
}

/**
 * Read access to a snapshot with merged areas resolved: a merged area's value applies to every
 * cell it covers.
 */
export class SheetModel {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly values: CellValue[][];
  private readonly mergeAt = new Map<number, MergedArea>();
  readonly merges: readonly MergedArea[];

  constructor(snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.values = snapshot.values;
    this.merges = snapshot.merges;
    let cols = 0;
    for (const row of snapshot.values) cols = Math.max(cols, row.length);
    let rows = snapshot.values.length;
    for (const m of snapshot.merges) {
      rows = Math.max(rows, m.bottom);
      cols = Math.max(cols, m.right);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeAt.set(this.key(r, c), m);
      }
    }
    this.rowCount = rows;
    this.colCount = cols;
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  /** The value the host stores in this very cell (no merge resolution). */
  raw(row: number, col: number): CellValue {
    return this.values[row - 1]?.[col - 1] ?? null;
  }

  mergeOf(row: number, col: number): MergedArea | null {
    if (this.mergeAt.size === 0) return null;
    return this.mergeAt.get(this.key(row, col)) ?? null;
  }

  cell(row: number, col: number): ResolvedCell {
    const merge = this.mergeOf(row, col);
    if (!merge) return { value: this.raw(row, col), merge: null, own: true };
    const own = merge.top === row && merge.left === col;
    return { value: this.raw(merge.top, merge.left), merge, own };
  }

  /** The cell's value with merges resolved. */
  value(row: number, col: number): CellValue {
    const merge = this.mergeOf(row, col);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, col);
  }

  /** True when the cell's value is its own, not inherited from a merged area above or left of it. */
  isOwn(row: number, col: number): boolean {
    const merge = this.mergeOf(row, col);
    return merge === null || (merge.top === row && merge.left === col);
  }

  /** The cell's value as trimmed text ('' for empty; errors as their code, e.g. "#N/A"). */
  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }
}

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isErrorValue(value)) return value.error;
  return '';
}
