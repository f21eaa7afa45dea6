import type { RowJudgement } from '../analysis/row-judgement';
import { columnLetter } from '../sheet/a1';
import type { StatusLevel } from '../schedule/status-level';
import { LEVEL_WORDS, STATUS_LEVELS, levelOf } from '../schedule/status-level';
import type { StatusColorRule } from './write-plan';

/** 红黄绿灯: green for done, ahead and on track; yellow for partly behind; red for behind. */
export const TRAFFIC_LIGHTS: Record<StatusLevel, { fill: string; fontColor: string }> = {
  done: { fill: '#C6EFCE', fontColor: '#006100' },
  ahead: { fill: '#C6EFCE', fontColor: '#006100' },
  onTrack: { fill: '#E2EFDA', fontColor: '#375623' },
  partlyBehind: { fill: '#FFEB9C', fontColor: '#9C5700' },
  behind: { fill: '#FFC7CE', fontColor: '#9C0006' },
};

/**
 * One rule per status word over the whole status column, so a status a person edits later
 * recolours itself. Covers the profile's vocabulary and every word the sheet uses.
 */
export function statusColorRules(
  col: number,
  firstRow: number,
  lastRow: number,
  vocabulary: readonly string[],
  judgements: Iterable<RowJudgement>,
): StatusColorRule[] {
  const words = new Set<string>();
  for (const level of STATUS_LEVELS) for (const w of LEVEL_WORDS[level]) if (vocabulary.includes(w)) words.add(w);
  for (const j of judgements) for (const w of [j.status, j.computedStatus]) if (w && levelOf(w)) words.add(w);
  const letter = columnLetter(col);
  const range = `${letter}${firstRow}:${letter}${Math.max(firstRow, lastRow)}`;
  const rules: StatusColorRule[] = [];
  for (const word of words) {
    const level = levelOf(word);
    if (level) rules.push({ range, equals: word, ...TRAFFIC_LIGHTS[level] });
  }
  return rules;
}

/** The formula a status colour rule is written with: marked as TaskLedger's, relative to the range's first cell. */
export function statusRuleFormula(rule: StatusColorRule, ownMarker: string): string {
  const first = rule.range.split(':')[0] ?? 'A1';
  return `AND(${ownMarker},${first}="${rule.equals.replace(/"/gu, '""')}")`;
}
