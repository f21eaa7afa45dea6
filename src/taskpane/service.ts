/**
 * The task pane's only way to Excel: a small interface the host page passes in. Inside Excel it
 * is backed by the Office.js adapter (bridge/excel-service.ts); in the browser preview by the same
 * adapter over the in-memory Excel. The UI never touches Office directly.
 */
import type { Role, SheetAnalysis } from '../engine';
import type { Locale } from '../i18n/locale';
import type { PaneOptions } from './model/pane-options';

export type CheckPhase = 'reading' | 'analysing' | 'writing';

export interface LayoutColumn {
  col: number;
  letter: string;
  header: string;
}

export interface LayoutRole {
  col: number;
  letter: string;
  source: 'header' | 'override';
}

/** Where the ledger's table is on the active sheet, as detected (nothing written). */
export interface SheetLayout {
  sheet: string;
  status: 'found' | 'no-header' | 'empty';
  headerRow: number | null;
  columns: LayoutColumn[];
  roles: Partial<Record<Role, LayoutRole>>;
}

export type RoleOverrides = Partial<Record<Role, number | null>>;

/** What the pane keeps in the workbook's settings. */
export interface PaneSettings {
  locale: Locale | null;
  overrides: RoleOverrides;
  /** The status vocabulary (the template profile's status values). */
  statusValues: string[];
  options: PaneOptions;
}

export interface CheckResult {
  sheet: string;
  analysis: SheetAnalysis;
  notesSkipped: number;
  /** The summary sheet the check wrote, if any. */
  summarySheet: string | null;
}

export interface RevertResult {
  sheet: string;
  restored: number;
  /** Cells changed since the check, left as they are. */
  skipped: string[];
}

export interface CheckRequest {
  signal: AbortSignal;
  onPhase: (phase: CheckPhase) => void;
}

export interface LedgerService {
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** Reads the active sheet and detects its layout with the saved settings; writes nothing. */
  inspect(): Promise<SheetLayout>;
  /** The whole check. Cancelling (the signal) before the writing step leaves the sheet untouched. */
  check(request: CheckRequest): Promise<CheckResult>;
  revert(): Promise<RevertResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Builds the summary sheet; absent while the adapter cannot. */
  buildSummary?: () => Promise<void>;
  /** Calls back when the user activates another sheet; returns the unsubscribe. */
  onSheetActivated?: (listener: () => void) => () => void;
}

/** A failure the pane can explain: the adapter's error codes (src/i18n/addin-messages) or 'cancelled'. */
export interface ServiceFailure {
  code: string;
  params: Record<string, string | number>;
}

export const CANCELLED = 'cancelled';

export function failureOf(err: unknown): ServiceFailure {
  const e = err as { code?: unknown; params?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string') {
    const params = typeof e.params === 'object' && e.params !== null ? (e.params as Record<string, string | number>) : {};
    return { code: e.code, params };
  }
  return { code: 'failed', params: { detail: e && typeof e.message === 'string' ? e.message : String(err) } };
}
