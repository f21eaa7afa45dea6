import type { Role } from '../profile/roles';

export type RoleSource = 'header' | 'override';

export interface RoleColumn {
  role: Role;
  col: number;
  letter: string;
  /** The header text as written (line breaks kept). */
  header: string;
  /** 1 for an exact synonym or a user override; lower for a partial match. */
  confidence: number;
  source: RoleSource;
}

export interface HeaderColumn {
  col: number;
  letter: string;
  header: string;
  role: Role | null;
}

/** Where the ledger's table is and what each column holds. */
export interface ColumnProfile {
  /** The header rows, 1-based; two entries for a two-row header. */
  headerRows: number[];
  /** The last header row (the one data starts under). */
  headerRow: number;
  dataStartRow: number;
  /** The rightmost column that has a header (TaskLedger's own columns excluded). */
  lastColumn: number;
  columns: HeaderColumn[];
  roles: Partial<Record<Role, RoleColumn>>;
  /** TaskLedger's own 校验意见 column when the sheet already has one (a checked copy). */
  commentsColumn: number | null;
  /** Rows below the header that repeat it: a second table of the same layout, checked with the first. Not tasks. */
  repeatedHeaderRows: number[];
  /** The table's last row: the sheet's last row, or the row above another table with a different header. */
  dataEndRow: number;
  /** The header row of another table with a different header below this one (not checked), or null. */
  otherTableRow: number | null;
}
