import type { Role } from '../profile/roles';
import type { SheetModel } from '../sheet/sheet-model';
import type { RoleColumn } from './column-profile';
import type { RoleMatcher } from './match-role';
import { isCommentsHeader } from './own-columns';

/** How far the table under a header reaches, and where another table on the same sheet starts. */
export interface TableExtent {
  /** Rows below the header that repeat it (a second table of the same layout, a header repeated per page). */
  repeatedHeaderRows: number[];
  /** The table's last row: above another table with a different header, else the sheet's last row. */
  dataEndRow: number;
  /** The header row of another table with a different layout (not checked), or null. */
  otherTableRow: number | null;
}

const ANCHOR_ROLES: ReadonlySet<Role> = new Set(['task', 'target', 'progress', 'lead']);
/** A different table's header must name at least this many roles: a stray short data row does not stop the table. */
const OTHER_TABLE_MIN_ROLES = 3;
/** Title or note rows of another table looked through, upwards, for the blank row that ends this table. */
const OTHER_TITLE_ROWS = 5;

/** Role → columns offering it, for a row read as a header; null when the row cannot be a header (a number in it). */
function rowRoles(model: SheetModel, matcher: RoleMatcher, row: number, lastCol: number): Map<Role, Set<number>> | null {
  const roles = new Map<Role, Set<number>>();
  for (let col = 1; col <= lastCol; col++) {
    const value = model.value(row, col);
    if (value === null) continue;
    // Header cells are words; a number (a 序号, a figure) means a data row. Cheap, and most rows stop here.
    if (typeof value !== 'string') return null;
    if (isCommentsHeader(value)) continue;
    for (const c of matcher.candidates(value)) {
      const cols = roles.get(c.role) ?? new Set<number>();
      cols.add(col);
      roles.set(c.role, cols);
    }
  }
  return roles;
}

function isHeaderLike(roles: Map<Role, Set<number>>, minRoles: number): boolean {
  return roles.size >= minRoles && [...roles.keys()].some((r) => ANCHOR_ROLES.has(r));
}

/** Share of the header's role columns whose cell in this row names the same role. */
function sameLayoutShare(roles: Map<Role, Set<number>>, roleColumns: RoleColumn[]): number {
  if (roleColumns.length === 0) return 0;
  const same = roleColumns.filter((rc) => roles.get(rc.role)?.has(rc.col) === true).length;
  return same / roleColumns.length;
}

/** The last row of this table above another table's header: its title rows and the blank rows above them are not part of it. */
function endAbove(model: SheetModel, otherRow: number, dataStartRow: number, lastCol: number): number {
  const blank = (row: number): boolean => {
    for (let col = 1; col <= lastCol; col++) if (model.text(row, col) !== '') return false;
    return true;
  };
  let row = otherRow - 1;
  let titles = 0;
  while (row >= dataStartRow && !blank(row) && titles < OTHER_TITLE_ROWS) {
    row--;
    titles++;
  }
  if (row < dataStartRow || !blank(row)) return otherRow - 1;
  while (row >= dataStartRow && blank(row)) row--;
  return Math.max(row, dataStartRow - 1);
}

/**
 * Reads down from the first data row for header rows: one repeating the header (same roles in
 * the same columns) starts another table of the same layout, which is checked with this one;
 * one naming other roles or columns starts a different table, where this table ends.
 */
export function findTableExtent(
  model: SheetModel,
  matcher: RoleMatcher,
  dataStartRow: number,
  lastCol: number,
  roles: readonly RoleColumn[],
): TableExtent {
  const roleColumns = roles.filter((r) => r.source === 'header');
  const repeatedHeaderRows: number[] = [];
  for (let row = dataStartRow; row <= model.rowCount; row++) {
    const found = rowRoles(model, matcher, row, Math.max(lastCol, 1));
    if (!found || !isHeaderLike(found, 2)) continue;
    if (sameLayoutShare(found, roleColumns) >= 0.5) {
      repeatedHeaderRows.push(row);
      continue;
    }
    if (!isHeaderLike(found, OTHER_TABLE_MIN_ROLES)) continue;
    return { repeatedHeaderRows, dataEndRow: endAbove(model, row, dataStartRow, lastCol), otherTableRow: row };
  }
  return { repeatedHeaderRows, dataEndRow: model.rowCount, otherTableRow: null };
}
