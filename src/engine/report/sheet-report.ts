import type { Locale } from '../../i18n/locale';
import { formatEvidenceList } from '../../i18n/evidence-messages';
import { formatFinding } from '../../i18n/finding-messages';
import type { SheetAnalysis } from '../analysis/sheet-analysis';
import type { FindingParams } from '../findings/finding';
import type { Role } from '../profile/roles';
import { ROLES } from '../profile/roles';
import type { LeadSource, RowKind } from '../rows/task-record';
import type { SheetSummary } from '../summary/sheet-summary';
import type { SummaryReport } from '../summary/summary-report';
import { summaryReport } from '../summary/summary-report';
import { summarizeSheet } from '../summary/summarize-sheet';

/** The JSON report of one sheet (report version 1). Fields are only ever added. */
export interface SheetReport {
  name: string;
  status: 'checked' | 'skipped';
  reason?: string;
  headerRow: number | null;
  headerRows: number[];
  columns: Record<Role, string | null>;
  columnConfidence: Partial<Record<Role, number>>;
  counts?: { tasks: number; subitems: number; groups: number; error: number; warning: number; info: number };
  /** The report date and 序时进度 the sheet was judged at. */
  asOf: { date: string | null; expected: number; source: string; text: string } | null;
  /** Tasks by lead unit and status: the figures of the summary sheet. */
  summary?: SummaryReport;
  groups: { row: number; text: string }[];
  rows: RowReport[];
  findings: FindingReport[];
}

export interface RowReport {
  row: number;
  kind: RowKind;
  parentRow: number | null;
  group: string | null;
  seq: string | null;
  task: string | null;
  target: string | null;
  progress: string | null;
  lead: string[];
  coop: string[];
  leadSource: LeadSource;
  statusText: string | null;
  /** Whether the target states a checkable criterion (null: no target text of its own). */
  measurable: boolean | null;
  measurableKinds: string[];
  /** Completion, 0–n (0.383 = 38.3%), or null when the text supports none. */
  ratio: number | null;
  ratioEvidence: string | null;
  /** The status reported for the row: the stated one, or the computed one when there was none. */
  status: string | null;
  statusSource: 'computed' | 'stated' | null;
  /** The status the figures give, whatever was stated. */
  computedStatus: string | null;
}

export interface FindingReport {
  code: string;
  severity: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  message: string;
  params: FindingParams;
}

function emptyColumns(): Record<Role, string | null> {
  return Object.fromEntries(ROLES.map((r) => [r, null])) as Record<Role, string | null>;
}

/** The report of a sheet; `summary` defaults to the one by lead unit with the built-in profile. */
export function sheetReport(analysis: SheetAnalysis, locale: Locale, summary?: SheetSummary): SheetReport {
  if (analysis.status === 'skipped') {
    return {
      name: analysis.sheet, status: 'skipped', reason: analysis.reason, headerRow: null, headerRows: [], asOf: null,
      columns: emptyColumns(), columnConfidence: {}, groups: [], rows: [], findings: [],
    };
  }
  const columns = emptyColumns();
  const columnConfidence: Partial<Record<Role, number>> = {};
  for (const role of ROLES) {
    const rc = analysis.columns.roles[role];
    if (!rc) continue;
    columns[role] = rc.letter;
    columnConfidence[role] = rc.confidence;
  }
  const { counts } = analysis;
  return {
    name: analysis.sheet,
    status: 'checked',
    headerRow: analysis.columns.headerRow,
    headerRows: analysis.columns.headerRows,
    columns,
    columnConfidence,
    counts: { tasks: counts.tasks, subitems: counts.subitems, groups: counts.groups, ...counts.bySeverity },
    asOf: analysis.asOf
      ? { date: analysis.asOf.date, expected: analysis.asOf.expected, source: analysis.asOf.source, text: analysis.asOf.text }
      : null,
    summary: summaryReport(summary ?? summarizeSheet(analysis), locale),
    groups: analysis.groups.map((g) => ({ row: g.row, text: g.text })),
    rows: analysis.records.map((r) => {
      const j = analysis.judgements.get(r.row);
      const evidence = j?.completion?.evidence ?? [];
      return {
        row: r.row, kind: r.kind, parentRow: r.parentRow, group: r.group, seq: r.seq, task: r.task,
        target: r.target, progress: r.progress, lead: r.leadUnits, coop: r.coopUnits, leadSource: r.leadSource,
        statusText: r.status,
        measurable: j?.measurability ? j.measurability.measurable : null,
        measurableKinds: [...(j?.measurability?.kinds ?? [])],
        ratio: j?.completion?.ratio ?? null,
        ratioEvidence: evidence.length > 0 ? formatEvidenceList(evidence, locale) : null,
        status: j?.status ?? null,
        statusSource: j?.statusSource ?? null,
        computedStatus: j?.computedStatus ?? null,
      };
    }),
    findings: analysis.findings.map((f) => ({
      code: f.code, severity: f.severity, row: f.row, column: f.column, cell: f.cell,
      message: formatFinding(f, locale), params: f.params,
    })),
  };
}
