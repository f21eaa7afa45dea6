import type { Profile } from '../profile/profile-schema';
import type { Role } from '../profile/roles';
import { columnLetter } from '../sheet/a1';
import type { SheetModel } from '../sheet/sheet-model';
import { normalizeForMatch } from '../text/normalize';
import type { ColumnProfile, HeaderColumn, RoleColumn } from './column-profile';
import { isCommentsHeader } from './own-columns';
import type { RoleCandidate } from './match-role';
import { RoleMatcher } from './match-role';
import { findTableExtent } from './table-extent';

export type RoleOverrides = Partial<Record<Role, number | null>>;

export type HeaderResult =
  | { ok: true; profile: ColumnProfile }
  | { ok: false; reason: 'no-header'; scannedRows: number; lookedFor: string[] };

interface RowScan {
  row: number;
  texts: string[];
  candidates: RoleCandidate[][];
  score: number;
  roles: Set<Role>;
}

const ANCHOR_ROLES: ReadonlySet<Role> = new Set(['task', 'target', 'progress', 'lead']);

/** A row's score with some columns left out (TaskLedger's own 校验意见 column: its texts quote header words). */
function scoreWithout(scan: RowScan, skip: ReadonlySet<number>): number {
  if (skip.size === 0) return scan.score;
  const distinct = new Set(scan.texts.filter((t, i) => !skip.has(i)).map(normalizeForMatch).filter((t) => t !== ''));
  const best = new Map<Role, number>();
  scan.candidates.forEach((list, i) => {
    if (!skip.has(i)) for (const c of list) best.set(c.role, Math.max(best.get(c.role) ?? 0, c.confidence));
  });
  return distinct.size < 2 ? 0 : [...best.values()].reduce((a, b) => a + b, 0);
}

function scanRow(model: SheetModel, matcher: RoleMatcher, row: number): RowScan {
  const texts: string[] = [];
  const candidates: RoleCandidate[][] = [];
  const distinct = new Set<string>();
  for (let col = 1; col <= model.colCount; col++) {
    const text = model.text(row, col);
    texts.push(text);
    const norm = normalizeForMatch(text);
    if (norm) distinct.add(norm);
    candidates.push(isCommentsHeader(text) ? [] : matcher.candidates(text));
  }
  const best = new Map<Role, number>();
  for (const list of candidates) {
    for (const c of list) best.set(c.role, Math.max(best.get(c.role) ?? 0, c.confidence));
  }
  // A title or band row has one distinct text however many cells it spans.
  const score = distinct.size < 2 ? 0 : [...best.values()].reduce((a, b) => a + b, 0);
  return { row, texts, candidates, score, roles: new Set(best.keys()) };
}

function isHeaderLike(scan: RowScan): boolean {
  if (scan.roles.size < 2) return false;
  return [...scan.roles].some((role) => ANCHOR_ROLES.has(role));
}

/** True when `upper` and `lower` form one two-row header (merged cells tie them together). */
function joinsHeader(model: SheetModel, upper: number, lower: number): boolean {
  for (const m of model.merges) {
    if (m.top === upper && m.bottom >= lower) return true; // a title cell spanning both header rows
    if (m.top === upper && m.bottom === upper && m.right > m.left) {
      // a group header ("责任单位") over sub-headers ("牵头单位 | 配合单位")
      for (let c = m.left; c <= m.right; c++) if (model.raw(lower, c) !== null) return true;
    }
  }
  return false;
}

function assignRoles(
  columns: { col: number; candidates: RoleCandidate[] }[],
): Map<number, RoleCandidate> {
  const all: { col: number; c: RoleCandidate }[] = [];
  for (const { col, candidates } of columns) for (const c of candidates) all.push({ col, c });
  all.sort((a, b) => b.c.confidence - a.c.confidence || a.col - b.col);
  const byCol = new Map<number, RoleCandidate>();
  const taken = new Set<Role>();
  for (const { col, c } of all) {
    if (byCol.has(col) || taken.has(c.role)) continue;
    byCol.set(col, c);
    taken.add(c.role);
  }
  return byCol;
}

/** Scans the top rows for the ledger header and maps columns to roles. */
export function detectHeader(model: SheetModel, profile: Profile, overrides: RoleOverrides = {}): HeaderResult {
  const matcher = new RoleMatcher(profile);
  const limit = Math.min(profile.headerScanRows, model.rowCount);
  let best: RowScan | null = null;
  const scans: RowScan[] = [];
  for (let row = 1; row <= limit; row++) {
    const scan = scanRow(model, matcher, row);
    scans.push(scan);
    if (isHeaderLike(scan) && (!best || scan.score > best.score + 1e-9)) best = scan;
  }
  if (!best) {
    return { ok: false, reason: 'no-header', scannedRows: limit, lookedFor: lookedFor(profile) };
  }

  const headerRows = [best.row];
  // A row joins the header on its own texts, not on what TaskLedger wrote in its 校验意见 column.
  const own = new Set(best.texts.flatMap((t, i) => (isCommentsHeader(t) ? [i] : [])));
  const above = scans[best.row - 2];
  if (above && scoreWithout(above, own) > 0 && joinsHeader(model, above.row, best.row)) headerRows.unshift(above.row);
  else {
    const below = scans[best.row];
    if (below && scoreWithout(below, own) > 0 && joinsHeader(model, best.row, below.row)) headerRows.push(below.row);
  }
  const headerScans = headerRows.map((r) => scans[r - 1]).filter((s): s is RowScan => s !== undefined);
  const headerRow = headerRows[headerRows.length - 1] ?? best.row;

  let commentsColumn: number | null = null;
  let lastColumn = 0;
  const perColumn: { col: number; header: string; candidates: RoleCandidate[] }[] = [];
  for (let col = 1; col <= model.colCount; col++) {
    // Lower rows are more specific ("牵头单位" under "责任单位"): prefer them, keep all candidates.
    const texts = headerScans.map((s) => s.texts[col - 1] ?? '').filter((t) => t !== '');
    const unique = [...new Set(texts)];
    const header = unique[unique.length - 1] ?? '';
    if (unique.some(isCommentsHeader)) {
      commentsColumn = col;
      continue;
    }
    if (header) lastColumn = col;
    const merged = new Map<Role, number>();
    headerScans.forEach((s, i) => {
      const weight = i === headerScans.length - 1 ? 1 : 0.99;
      for (const c of s.candidates[col - 1] ?? []) {
        merged.set(c.role, Math.max(merged.get(c.role) ?? 0, c.confidence * weight));
      }
    });
    const candidates = [...merged.entries()].map(([role, confidence]) => ({ role, confidence }));
    perColumn.push({ col, header, candidates });
  }

  const assigned = assignRoles(perColumn.map(({ col, candidates }) => ({ col, candidates })));
  const roles: Partial<Record<Role, RoleColumn>> = {};
  const columns: HeaderColumn[] = [];
  for (const { col, header } of perColumn) {
    const match = assigned.get(col);
    if (!header && !match) continue;
    columns.push({ col, letter: columnLetter(col), header, role: match?.role ?? null });
    if (match) {
      roles[match.role] = {
        role: match.role, col, letter: columnLetter(col), header,
        confidence: Math.round(match.confidence * 100) / 100, source: 'header',
      };
    }
  }
  applyOverrides(roles, columns, overrides, model, headerRow);
  const dataStartRow = headerRow + 1;
  const roleColumns = Object.values(roles).filter((r): r is RoleColumn => r !== undefined);
  const extent = findTableExtent(model, matcher, dataStartRow, lastColumn, roleColumns);
  return {
    ok: true,
    profile: { headerRows, headerRow, dataStartRow, lastColumn, columns, roles, commentsColumn, ...extent },
  };
}

function applyOverrides(
  roles: Partial<Record<Role, RoleColumn>>,
  columns: HeaderColumn[],
  overrides: RoleOverrides,
  model: SheetModel,
  headerRow: number,
): void {
  for (const [role, col] of Object.entries(overrides) as [Role, number | null][]) {
    const previous = roles[role];
    if (previous) {
      delete roles[role];
      const column = columns.find((c) => c.col === previous.col);
      if (column) column.role = null;
    }
    if (col === null) continue;
    for (const other of Object.values(roles)) {
      if (other && other.col === col) {
        delete roles[other.role];
        const column = columns.find((c) => c.col === col);
        if (column) column.role = null;
      }
    }
    const header = model.text(headerRow, col);
    roles[role] = { role, col, letter: columnLetter(col), header, confidence: 1, source: 'override' };
    const column = columns.find((c) => c.col === col);
    if (column) column.role = role;
    else columns.push({ col, letter: columnLetter(col), header, role });
  }
  columns.sort((a, b) => a.col - b.col);
}

function lookedFor(profile: Profile): string[] {
  const names: string[] = [];
  for (const role of ['task', 'target', 'progress', 'lead'] as const) {
    const spec = profile.roles[role];
    if (spec) names.push(...spec.synonyms.slice(0, 4));
  }
  return names;
}
