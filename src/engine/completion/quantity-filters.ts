import type { Quantity } from '../quantity';

/** "审批时间压缩至30个工作日": a duration that is the indicator itself, not a timeframe ("3年内"). */
const TIME_METRIC = /(?:时间|用时|时限|压缩|缩短|周期|时长|天数)[^，,；;。]{0,6}$/u;

export function isTimeLimit(text: string, start: number): boolean {
  return TIME_METRIC.test(text.slice(Math.max(0, start - 10), start));
}

/** "一次能源", "一个中心": 一 with a counter is mostly the article "a", not a figure to measure. */
export function isArticle(q: Quantity): boolean {
  return q.value === 1 && q.text.startsWith('一');
}
