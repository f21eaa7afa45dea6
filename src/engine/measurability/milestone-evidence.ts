/**
 * Milestones: a completion verb on a named object — XX工程建成投运, 项目开工, 平台上线, 完成…改造, 通过验收,
 * 召开…推进会. "加快建成" (no object) and "建成…体系/社会" (abstract object) are not milestones.
 */
import { regexEvidence } from './regex-evidence';
import { UNCOUNTED_MANY, clauseAround, namesSomething, strongMilestones, wishedOrGoverned } from './strong-milestone';
import type { TextSpan } from './text-span';
import { T_ACCEPT, T_BUILD, T_DONE, T_EVENT, T_PASS, T_STRONG } from './triggers';
import type { Evidence } from './types';
import { COMPLETION_ACTIONS, CONCRETE_NOUNS, EVENT_NOUNS } from './vocabulary';

const BUILT = new RegExp(
  `(?:建成|建设完成|建好)[^，。；;,\\n]{0,30}?(?:${CONCRETE_NOUNS})|(?:${CONCRETE_NOUNS})[^，。；;,\\n]{0,8}?(?:基本|全面|全部)?(?:建成|建设完成)`,
  'g',
);
const BUILT_VERB = /建成|建设完成|建好/;
/**
 * 建成 counts for a named thing (not one wished built soon: 早日建成), not for an uncounted many
 * (建成一批示范区) nor for a generic object alone (加快项目建成投产).
 */
function builtNamed(m: RegExpExecArray, slice: string): boolean {
  const verb = m[0].search(BUILT_VERB);
  if (verb >= 0 && wishedOrGoverned(slice, m.index + verb)) return false;
  // 跟踪已建成重大项目, 2000年前建成的老旧小区: 已建成 and 建成的 describe what exists, they set nothing to build.
  if (verb >= 0 && (slice.endsWith('已', m.index + verb) || /^(?:建成|建设完成|建好)的/u.test(m[0].slice(verb)))) return false;
  const clause = clauseAround(slice, m.index, m.index);
  return !UNCOUNTED_MANY.test(clause) && namesSomething(clause);
}

const DONE = new RegExp(`(?:${COMPLETION_ACTIONS})(?:工作|任务)?(?:全面|全部|基本)?完成(?!率|比例)`, 'g');
const ACCEPTED = /(?:通过|完成)[^，。；;,\n]{0,12}?验收|验收(?:合格|通过)|竣工验收(?!前|后|阶段|环节|备案|手续|制度|改革)/g;
/**
 * A review passed, as the clause's end: 通过国家卫生城市复审, 通过ISO9001认证并取得证书 — not 通过评估推动整改,
 * where 通过 means "by means of".
 */
const PASSED = /通过[^，。；;,\n]{0,16}?(?:复审|复核|评审|评估|认证|考核|审查|鉴定|测评)(?=$|[，。；;,\n]|并|后)/g;
/** 争取早日通过国家督导评估: a review to pass some day, under a wish, checks nothing. */
function passedNamed(m: RegExpExecArray, slice: string): boolean {
  return !wishedOrGoverned(slice, m.index);
}

/** Not 定期召开…/举办各类活动: a routine or an unnamed kind of event. */
const EVENT = new RegExp(`(?:召开|举办|举行|承办)(?<!(?:定期|适时|经常)..)(?!各类|各种|相关|有关|系列|一系列|一批|若干|更多|多场|多项)[^，。；;,\\n]{0,30}?(?:${EVENT_NOUNS})`, 'g');

/** Each pattern runs only where a character every one of its matches contains is present (see triggers). */
export function milestoneEvidence(span: TextSpan, out: Evidence[]): void {
  const t = span.triggers;
  if ((t & T_STRONG) !== 0) strongMilestones(span, out);
  if ((t & T_BUILD) !== 0) regexEvidence(BUILT, 'milestone', span, out, builtNamed);
  if ((t & T_DONE) !== 0) regexEvidence(DONE, 'milestone', span, out);
  if ((t & T_ACCEPT) !== 0) regexEvidence(ACCEPTED, 'milestone', span, out);
  if ((t & T_PASS) !== 0) regexEvidence(PASSED, 'milestone', span, out, passedNamed);
  if ((t & T_EVENT) !== 0) regexEvidence(EVENT, 'milestone', span, out);
}
