import type { Quantity } from '../quantity';
import { testTail } from '../text/tail';
import type { Direction } from './indicator';

const DECREASE = /(?:下降|降低|减少|压减|压降|削减|降幅)[^，,；;。]{0,4}$/u;
const INCREASE = /(?:增长|提高|提升|增加|上升|上涨|增速|增幅|递增)[^，,；;。]{0,4}$/u;
const AT_MOST = /(?:以内|控制在|不超过|不高于|以下|之内)/u;
const CONTROL = /控制在[^，,；;。]{0,6}$/u;

/** The direction of a target quantity, from its qualifier and the words right before it. */
export function directionOf(q: Quantity, before: string, after: string): Direction {
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
  if (testTail(DECREASE, before, 8)) return 'decrease';
  if (testTail(INCREASE, before, 8)) return 'increase';
  return null;
}
