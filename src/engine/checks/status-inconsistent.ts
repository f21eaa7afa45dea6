import type { RowJudgement } from '../analysis/row-judgement';
import type { Finding } from '../findings/finding';
import type { StatusLevel } from '../schedule/status-level';
import type { Check } from './check-context';
import { makeFinding, roleCol } from './check-context';

const RANK: Record<StatusLevel, number> = { done: 0, ahead: 1, onTrack: 2, partlyBehind: 3, behind: 4 };

/** A stated status the figures contradict: 已完成 below 100%, 按时推进 far behind schedule, 滞后 when done. */
export function contradicts(j: RowJudgement): boolean {
  const stated = j.statedLevel;
  const computed = j.computedLevel;
  if (stated === null || computed === null) return false;
  if (stated === 'done') return computed !== 'done';
  if (computed === 'done') return stated === 'behind' || stated === 'partlyBehind';
  return Math.abs(RANK[stated] - RANK[computed]) >= 2;
}

/** status/inconsistent: the status a person wrote disagrees with the computed one (kept, flagged). */
export const checkStatusInconsistent: Check = (ctx) => {
  if (ctx.overwrite) return [];
  const col = roleCol(ctx, 'status');
  if (col === null) return [];
  const out: Finding[] = [];
  for (const j of ctx.judgements.values()) {
    if (!contradicts(j)) continue;
    const f = makeFinding(ctx, 'status/inconsistent', j.row, col, {
      stated: j.statedStatus ?? '',
      computed: j.computedStatus ?? '',
      ratio: j.completion?.ratio ?? -1,
      expected: j.asOf?.expected ?? -1,
      reason: j.statusReason ?? '',
    });
    if (f) out.push(f);
  }
  return out;
};
