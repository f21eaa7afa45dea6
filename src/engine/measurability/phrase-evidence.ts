/**
 * Fixed phrases that state a checkable result without a numeral and a unit: doubling (翻一番, 企业数量倍增)
 * as a rate, a ranking (进入全省前三, 位居全省第一) as a quantity, a licence obtained (取得施工许可证) and a
 * facility opened to the public (图书馆新馆对外开放) as milestones, a number of management levels (层级压减至三级以内)
 * as a quantity.
 */
import { directionalVerbs } from './directional';
import { regexEvidence } from './regex-evidence';
import { clauseAround } from './strong-milestone';
import type { TextSpan } from './text-span';
import { T_DOUBLE, T_LEVEL, T_NUMBER, T_OPEN, T_PERMIT, T_RANK } from './triggers';
import type { Evidence } from './types';
import { CONCRETE_NOUNS } from './vocabulary';

const NOT_NAME = '(?!计划|行动|工程)';
/** Every match holds 番 or 倍 (T_DOUBLE); 五年倍增计划 and 翻番工程 are names. */
const DOUBLING = new RegExp(
  `翻[一两二三四]?番${NOT_NAME}|(?:数量|规模|总量|产值|产量|收入|营收|销售额)(?:实现)?倍增${NOT_NAME}`,
  'g',
);
/**
 * Every match holds 前 or 第 (T_RANK); the rank ends the phrase (前三名, 第一, 前十(牵头单位:…)) — not 前三季度,
 * 第一方阵, 第三产业.
 */
const RANKING = new RegExp(
  '(?:进入|位居|位列|保持|稳居|跻身|名列)[^，。；;,\\n]{0,10}?' +
    '(?:前(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})|第(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}))' +
    '(?:位|名|强|(?=$|[，。；;,、\\n”"）)（(]|的|行列))',
  'g',
);
/** Every match holds 证 (T_PERMIT). */
const PERMIT = /(?:取得|获得|领取)[^，。；;,\n]{0,6}?许可证/g;
/** Every match holds 放 (T_OPEN); the opening ends the clause (not 对外开放水平). */
const OPENED = new RegExp(
  `(?:${CONCRETE_NOUNS}|馆|院|园)[^，。；;,\\n]{0,6}?(?:正式|全面)?对外开放(?=$|[，。；;,\\n])`,
  'g',
);

/**
 * Every match holds 层 (T_LEVEL): 管理层级压减至三级以内, 法人层级控制在4级以内 — a count of levels, which the
 * quantity parser leaves alone (三级 is usually a grade: 三级医院).
 */
const LEVELS = /层级[^，。；;,\n]{0,4}?(?:压减|压缩|缩减|减少|减至|控制)(?:至|到|在)?(?:[0-9]|[一二三四五六七八九十两])级(?:以内|以下|及以内)?/g;

/** 12345热线实行7×24小时人工服务: hours of service, a standard to keep. */
const SERVICE_HOURS = /[0-9]{1,2}\s*[×xX*]\s*24\s*小时/g;

/** 图书馆新馆对外开放, but not 扩大园区对外开放 (a direction of policy). */
function openedPlace(m: RegExpExecArray, slice: string): boolean {
  return directionalVerbs(clauseAround(slice, m.index, m.index)).length === 0;
}

export function phraseEvidence(span: TextSpan, out: Evidence[]): void {
  const t = span.triggers;
  if ((t & T_DOUBLE) !== 0) regexEvidence(DOUBLING, 'rate', span, out);
  if ((t & T_RANK) !== 0) regexEvidence(RANKING, 'quantity', span, out);
  if ((t & T_PERMIT) !== 0) regexEvidence(PERMIT, 'milestone', span, out);
  if ((t & T_OPEN) !== 0) regexEvidence(OPENED, 'milestone', span, out, openedPlace);
  if ((t & T_LEVEL) !== 0) regexEvidence(LEVELS, 'quantity', span, out);
  if ((t & T_NUMBER) !== 0 && span.norm.includes('24')) regexEvidence(SERVICE_HOURS, 'quantity', span, out);
}
