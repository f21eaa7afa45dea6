import type { Quantity } from '../quantity';
import { testTail } from '../text/tail';
import type { Direction } from './indicator';

/** "高于全省2个百分点" / "低于全省0.2个百分点": the side of a comparison, or null ("不低于" is a floor, not a side). */
const ABOVE = /(?<!不)(?:高于|快于|多于)/gu;
const BELOW = /(?<!不)(?:低于|慢于|少于|落后于)/gu;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}

export function comparisonSide(before: string): 'above' | 'below' | null {
  const tail = before.slice(-16);
  // Every word of ABOVE and BELOW ends in 于.
  if (!tail.includes('于')) return null;
  const above = lastIndex(ABOVE, tail);
  const below = lastIndex(BELOW, tail);
  if (above < 0 && below < 0) return null;
  return above > below ? 'above' : 'below';
}

const DECREASE = /(?:下降|降低|减少|压减|压降|削减|降幅)[^，,；;。]{0,4}$/u;
const INCREASE = /(?:增长|提高|提升|增加|上升|上涨|增速|增幅|递增)[^，,；;。]{0,4}$/u;
const AT_MOST = /(?:以内|控制在|不超过|不高于|以下|之内)/u;
const CONTROL = /控制在[^，,；;。]{0,6}$/u;

/** "提高到20.8%", "下降至5%": a level to reach, not an amount of change. */
const TO_LEVEL = /(?:提高|提升|增加|增长|上升|下降|降低|减少|降)(?:到|至)\s*$/u;
const DOWN_TO = /(?:下降|降低|减少|降)(?:到|至)\s*$/u;

/** The direction of a target quantity, from its qualifier and the words right before it. */
export function directionOf(q: Quantity, before: string, after: string): Direction {
  if (testTail(TO_LEVEL, before, 6)) return testTail(DOWN_TO, before, 6) ? 'atMost' : q.kind === 'rate' ? 'level' : 'atLeast';
  if (testTail(DECREASE, before, 8)) return 'decreaseBy';
  if (q.kind === 'rate' && testTail(INCREASE, before, 8)) return 'increaseBy';
  if (q.qualifier === 'atMost' || q.qualifier === 'under' || AT_MOST.test(after.slice(0, 3)) || testTail(CONTROL, before, 10)) {
    return 'atMost';
  }
  if (q.qualifier === 'atLeast' || q.qualifier === 'over' || q.qualifier === 'reach' || q.qualifier === 'strive') return 'atLeast';
  return q.kind === 'rate' ? 'level' : 'atLeast';
}

/** Whether a reported figure is a change ("同比增长14%") rather than a level. */
export function changeOf(before: string): 'increase' | 'decrease' | null {
  if (testTail(TO_LEVEL, before, 6)) return null;
  if (testTail(DECREASE, before, 8)) return 'decrease';
  if (testTail(INCREASE, before, 8)) return 'increase';
  return null;
}
