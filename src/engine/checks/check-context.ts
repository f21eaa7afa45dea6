import type { FindingCode } from '../findings/codes';
import type { Finding, FindingParams } from '../findings/finding';
import type { RowJudgement } from '../analysis/row-judgement';
import type { ColumnProfile } from '../header/column-profile';
import { ruleSetting } from '../profile/load-profile';
import type { Profile } from '../profile/profile-schema';
import type { Role } from '../profile/roles';
import type { TaskRecord } from '../rows/task-record';
import { columnLetter } from '../sheet/a1';
import type { Placeholders } from '../units/placeholder';

/** What every check reads. Checks are pure functions of this context. */
export interface CheckContext {
  sheet: string;
  profile: Profile;
  columns: ColumnProfile;
  records: TaskRecord[];
  placeholders: Placeholders;
  /** Sub-items by the row of their task. */
  subitems: Map<number, TaskRecord[]>;
  /** Measurability, ratio and status per row. */
  judgements: Map<number, RowJudgement>;
  /** The user asked to overwrite stated statuses and ratios. */
  overwrite: boolean;
}

export type Check = (ctx: CheckContext) => Finding[];

/** Builds a finding with the severity the profile gives its rule; null when the rule is off. */
export function makeFinding(
  ctx: CheckContext,
  code: FindingCode,
  row: number | null,
  col: number | null,
  params: FindingParams = {},
): Finding | null {
  const rule = ruleSetting(ctx.profile, code);
  if (!rule.enabled) return null;
  const column = col === null ? null : columnLetter(col);
  return {
    code,
    severity: rule.severity,
    sheet: ctx.sheet,
    row,
    column,
    cell: column !== null && row !== null ? `${column}${row}` : null,
    params,
  };
}

export function roleCol(ctx: CheckContext, role: Role): number | null {
  return ctx.columns.roles[role]?.col ?? null;
}

/** Shortens a task text for a message: first line, at most 30 characters. */
export function excerpt(text: string | null, max = 30): string {
  if (!text) return '';
  const first = text.split(/\r?\n/u)[0]?.trim() ?? '';
  return first.length > max ? `${first.slice(0, max)}…` : first;
}

export function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
