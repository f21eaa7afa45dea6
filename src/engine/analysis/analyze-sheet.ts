import type { CheckContext } from '../checks/check-context';
import { CHECKS } from '../checks';
import { FINDING_CODES } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { ColumnProfile } from '../header/column-profile';
import type { RoleOverrides } from '../header/detect-header';
import { detectHeader } from '../header/detect-header';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import type { Profile } from '../profile/profile-schema';
import { parseRows } from '../rows/parse-rows';
import type { TaskRecord } from '../rows/task-record';
import { resolveAsOf } from '../schedule/as-of';
import { SheetModel } from '../sheet/sheet-model';
import type { SheetSnapshot } from '../sheet/snapshot';
import { Placeholders } from '../units/placeholder';
import { judgeRows } from './judge-rows';
import type { JudgeOptions } from './row-judgement';
import type { SheetAnalysis, SheetCounts } from './sheet-analysis';

export interface AnalyzeOptions extends JudgeOptions {
  profile?: Profile;
  /** Role → 1-based column (null to unset a role), from the user (`--map lead=H`). */
  overrides?: RoleOverrides;
}

const CODE_ORDER = new Map(FINDING_CODES.map((code, i) => [code, i]));

function byPosition(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0);
}

function countFindings(records: TaskRecord[], groups: number, findings: Finding[]): SheetCounts {
  const counts: SheetCounts = {
    tasks: records.filter((r) => r.kind === 'task').length,
    subitems: records.filter((r) => r.kind === 'subitem').length,
    groups,
    bySeverity: { error: 0, warning: 0, info: 0 },
    byCode: {},
  };
  for (const f of findings) {
    counts.bySeverity[f.severity]++;
    counts.byCode[f.code] = (counts.byCode[f.code] ?? 0) + 1;
  }
  return counts;
}

/** The text of the rows above the header: the sheet title ("…进展情况（截至三季度）"). */
function titleText(model: SheetModel, columns: ColumnProfile): string {
  const top = columns.headerRows[0] ?? columns.headerRow;
  const parts: string[] = [];
  for (let row = 1; row < top; row++) {
    for (let col = 1; col <= model.colCount; col++) {
      const cell = model.cell(row, col);
      const text = model.text(row, col);
      if (text && (cell.own || (cell.merge?.top === row && cell.merge.left === col))) parts.push(text);
    }
  }
  return parts.join(' ');
}

/** Checks one sheet snapshot against a profile. Never throws on sheet content. */
export function analyzeSheet(snapshot: SheetSnapshot, options: AnalyzeOptions = {}): SheetAnalysis {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const model = new SheetModel(snapshot);
  if (model.rowCount === 0 || model.colCount === 0) {
    return { status: 'skipped', sheet: snapshot.name, reason: 'empty', scannedRows: 0, lookedFor: [] };
  }
  const header = detectHeader(model, profile, options.overrides);
  if (!header.ok) {
    return {
      status: 'skipped', sheet: snapshot.name, reason: 'no-header',
      scannedRows: header.scannedRows, lookedFor: header.lookedFor,
    };
  }
  const placeholders = new Placeholders(profile.placeholders);
  const parsed = parseRows(model, header.profile, placeholders);
  const subitems = new Map<number, TaskRecord[]>();
  for (const r of parsed.tasks) {
    if (r.parentRow === null) continue;
    const list = subitems.get(r.parentRow) ?? [];
    list.push(r);
    subitems.set(r.parentRow, list);
  }
  const title = titleText(model, header.profile);
  const asOf = resolveAsOf({
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.expected !== undefined ? { expected: options.expected } : {}),
    title: `${title} ${snapshot.name}`,
    ...(options.fileName ? { fileName: options.fileName } : {}),
  });
  const base = { sheet: snapshot.name, columns: header.profile, records: parsed.tasks, groups: parsed.groups };
  const judgements = judgeRows(base, profile, placeholders, asOf, options);
  const ctx: CheckContext = {
    sheet: snapshot.name, profile, columns: header.profile, records: parsed.tasks, placeholders, subitems, judgements,
    overwrite: options.overwrite === true,
  };
  const findings = CHECKS.flatMap((check) => check(ctx)).sort(byPosition);
  return {
    status: 'checked',
    ...base,
    title,
    asOf,
    judgements,
    findings,
    counts: countFindings(parsed.tasks, parsed.groups.length, findings),
  };
}
