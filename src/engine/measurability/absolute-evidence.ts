/** Absolute outcomes: 全覆盖, 清零, 零增长, 零填埋, 彻底消除, 应收尽收, 不发生重大事故 … (100% comes from rates). */
import { regexEvidence } from './regex-evidence';
import type { TextSpan } from './text-span';
import type { Evidence } from './types';

const ABSOLUTE = new RegExp(
  [
    '全覆盖', '全面覆盖', '全域覆盖', '动态清零', '清零', '零增长', '零填埋', '零排放', '零事故', '零伤亡', '零死亡',
    '零感染', '零发生', '零新增', '零拖欠', '零事件', '零容量', '彻底消除', '全面消除', '全部消除', '基本消除',
    '全部完成', '全部实现', '全部建成', '全部纳入', '全部到位', '全部销号', '全部清理', '全部整改', '百分之百',
    '应([\\u4e00-\\u9fff])尽\\1', '不发生[^，。；;,\\n]{0,12}?(?:事故|事件|风险|案件|疫情)', '无一例', '全员覆盖',
  ].join('|'),
  'g',
);

export function absoluteEvidence(span: TextSpan, out: Evidence[]): void {
  regexEvidence(ABSOLUTE, 'absolute', span, out);
}
