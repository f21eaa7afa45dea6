/**
 * Milestones: a completion verb on a named object — XX工程建成投运, 项目开工, 平台上线, 完成…改造, 通过验收,
 * 召开…推进会. "加快建成" (no object) and "建成…体系/社会" (abstract object) are not milestones.
 */
import { regexEvidence } from './regex-evidence';
import type { Evidence } from './types';
import { COMPLETION_ACTIONS, CONCRETE_NOUNS, DIRECTIONAL_VERBS, EVENT_NOUNS, STRONG_MILESTONES } from './vocabulary';

const STRONG = new RegExp(
  `(?<!探索|研究|谋划|争取|鼓励|支持|引导|启动|推动各地)(?:${STRONG_MILESTONES})` +
  `(?!率|公司|以来|企业|主体|工作|申报|前期|验收前|前|后|阶段|环节|审批|手续|投资|目标|任务|年度|全年|计划|各项|情况)`,
  'g',
);
const BUILT = new RegExp(
  `(?:建成|建设完成|建好)[^，。；;,\\n]{0,30}?(?:${CONCRETE_NOUNS})|(?:${CONCRETE_NOUNS})[^，。；;,\\n]{0,8}?(?:基本|全面|全部)?(?:建成|建设完成)`,
  'g',
);
const DONE = new RegExp(`(?:${COMPLETION_ACTIONS})(?:工作|任务)?(?:全面|全部|基本)?完成(?!率)`, 'g');
const ACCEPTED = /(?:通过|完成)[^，。；;,\n]{0,12}?验收|验收(?:合格|通过)|竣工验收(?!前|后|阶段|环节|备案|手续|制度|改革)/g;
const EVENT = new RegExp(`(?:召开|举办|举行|承办)[^，。；;,\\n]{0,30}?(?:${EVENT_NOUNS})`, 'g');

const CLAUSE = /[，。；;,\n]/;
const DIRECTIONAL_RE = new RegExp(DIRECTIONAL_VERBS.join('|'), 'g');
const FILLER = /[的和与及等了将已要并在把对向为于、\s“”"()（）《》0-9.％%]/g;

/** The clause around a strong verb names something besides the verb and directional words. */
function hasNamedObject(m: RegExpExecArray, slice: string): boolean {
  let s = m.index;
  while (s > 0 && !CLAUSE.test(slice[s - 1] ?? '')) s--;
  let e = m.index + m[0].length;
  while (e < slice.length && !CLAUSE.test(slice[e] ?? '')) e++;
  const rest = (slice.slice(s, m.index) + slice.slice(m.index + m[0].length, e))
    .replace(DIRECTIONAL_RE, '')
    .replace(FILLER, '')
    .replace(/力争|确保|全面|基本|全部|尽快|按期|如期|年底前|年内|今年|上半年|下半年|力求|实现|推进|拟|计划|目标|任务|工作|各项|年度|全年|高质量|高标准|高水平|顺利|圆满/g, '');
  return rest.length >= 2;
}

export function milestoneEvidence(norm: string, original: string, from: number, to: number): Evidence[] {
  return [
    ...regexEvidence(STRONG, 'milestone', norm, original, from, to, hasNamedObject),
    ...regexEvidence(BUILT, 'milestone', norm, original, from, to),
    ...regexEvidence(DONE, 'milestone', norm, original, from, to),
    ...regexEvidence(ACCEPTED, 'milestone', norm, original, from, to),
    ...regexEvidence(EVENT, 'milestone', norm, original, from, to),
  ];
}
