import type { CheckedSheet, Finding, FindingCode, Severity } from '../../engine';
import { FINDING_CODES, SEVERITIES } from '../../engine/findings/codes';

/** The findings of one rule, for one group of the list. */
export interface FindingGroup {
  code: FindingCode;
  severity: Severity;
  findings: Finding[];
}

/** Groups by rule: errors first, then warnings, then info; rules in their catalogue order. */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<FindingCode, FindingGroup>();
  for (const f of findings) {
    const g = groups.get(f.code) ?? { code: f.code, severity: f.severity, findings: [] };
    g.findings.push(f);
    groups.set(f.code, g);
  }
  const rank = (g: FindingGroup): number => SEVERITIES.indexOf(g.severity) * 100 + FINDING_CODES.indexOf(g.code);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** The cell a finding points at ("D7"), or null for a sheet-level finding. */
export function findingCell(f: Finding): string | null {
  if (f.cell) return f.cell.split(':')[0] ?? f.cell;
  if (f.row !== null && f.column) return `${f.column}${f.row}`;
  return null;
}

/** Lead units per sheet row (the first is the lead), including rows folded into a task. */
export function unitsByRow(analysis: CheckedSheet): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const r of analysis.records) {
    map.set(r.row, r.leadUnits);
    for (const extra of r.extraRows) map.set(extra, r.leadUnits);
  }
  return map;
}

export const ALL_UNITS = '';
export const NO_LEAD_UNIT = '\u0000none';

/** The units a task counts under: its lead only, or every listed unit. */
function unitsOf(units: readonly string[] | undefined, allListed: boolean): string[] {
  if (!units || units.length === 0) return [];
  return allListed ? [...units] : units.slice(0, 1);
}

/** The units to offer in the filter, most tasks first. */
export function leadUnitChoices(analysis: CheckedSheet, allListed: boolean): string[] {
  const counts = new Map<string, number>();
  for (const r of analysis.records) {
    if (r.kind !== 'task') continue;
    for (const u of unitsOf(r.leadUnits, allListed)) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([u]) => u);
}

export function rowMatchesUnit(units: readonly string[] | undefined, unit: string, allListed: boolean): boolean {
  if (unit === ALL_UNITS) return true;
  const list = unitsOf(units, allListed);
  return unit === NO_LEAD_UNIT ? list.length === 0 : list.includes(unit);
}

export function filterFindings(analysis: CheckedSheet, unit: string, allListed: boolean): Finding[] {
  if (unit === ALL_UNITS) return analysis.findings;
  const byRow = unitsByRow(analysis);
  return analysis.findings.filter((f) => f.row !== null && rowMatchesUnit(byRow.get(f.row), unit, allListed));
}

export interface Overview {
  tasks: number;
  subitems: number;
  withRatio: number;
  /** Status text → tasks, most first; null key for tasks without a status. */
  byStatus: [string | null, number][];
}

/** Tasks, tasks with a completion ratio, and tasks by status, for one unit or all. */
export function overview(analysis: CheckedSheet, unit: string, allListed: boolean): Overview {
  const out: Overview = { tasks: 0, subitems: 0, withRatio: 0, byStatus: [] };
  const statuses = new Map<string | null, number>();
  for (const r of analysis.records) {
    if (!rowMatchesUnit(r.leadUnits, unit, allListed)) continue;
    if (r.kind === 'subitem') {
      out.subitems++;
      continue;
    }
    out.tasks++;
    const j = analysis.judgements.get(r.row);
    if (j?.completion?.ratio !== null && j?.completion?.ratio !== undefined) out.withRatio++;
    const status = j?.status ?? null;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  out.byStatus = [...statuses].sort((a, b) => (a[0] === null ? 1 : 0) - (b[0] === null ? 1 : 0) || b[1] - a[1]);
  return out;
}
