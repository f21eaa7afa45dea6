import type { StatusLevel } from '../schedule/status-level';
import { LEVEL_WORDS, STATUS_LEVELS, levelOf } from '../schedule/status-level';

/** A status bucket of the summary: a level, or 'none' (no status, or a word outside every list). */
export type StatusKey = StatusLevel | 'none';

export interface StatusColumn {
  key: StatusKey;
  /** The word shown: the sheet's own word for the level, else the preferred one; '' for 'none'. */
  word: string;
}

/**
 * The status columns of a sheet's summary, in level order: 已完成, 进度较快, 按时推进, 部分滞后
 * (only where the sheet uses it, or a task has it), 进度滞后, then no status. Each level is shown
 * under the word the sheet uses for it, so 正常推进 and 按时推进 count together.
 */
export function statusColumns(used: readonly string[], statuses: readonly (string | null)[]): StatusColumn[] {
  const levels = new Set(statuses.map((s) => (s === null ? null : levelOf(s))));
  const columns: StatusColumn[] = [];
  for (const level of STATUS_LEVELS) {
    const words = LEVEL_WORDS[level];
    const own = words.find((w) => used.includes(w));
    if (level === 'partlyBehind' && own === undefined && !levels.has('partlyBehind')) continue;
    columns.push({ key: level, word: own ?? words[0] ?? level });
  }
  columns.push({ key: 'none', word: '' });
  return columns;
}

/** The column a task's status counts under. */
export function statusKeyOf(status: string | null, columns: readonly StatusColumn[]): StatusKey {
  const level = status === null ? null : levelOf(status);
  if (level === null) return 'none';
  if (columns.some((c) => c.key === level)) return level;
  return level === 'partlyBehind' ? 'behind' : level;
}

export function emptyCounts(columns: readonly StatusColumn[]): Partial<Record<StatusKey, number>> {
  return Object.fromEntries(columns.map((c) => [c.key, 0]));
}
