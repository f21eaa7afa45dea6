import type { ParsedText } from './parsed-text';
import { asParsed } from './parsed-text';
import { clauseAt } from './clauses';
import type { Statement } from './indicator';
import { testTail } from '../text/tail';

/** "计划完成率达80.9%", "完成年度计划的74.2%", "占年度计划62%", "已完成总投资的45%". */
const RATE_LEAD = /(?:完成率|完成(?:了)?[^，,；;。]{0,10}?(?:计划|目标|任务|总投资|工程量|投资额)[^，,；;。]{0,4}?的|占[^，,；;。]{0,8}?(?:计划|目标|任务)[^，,；;。]{0,3}?的?)\s*(?:为|达到?|是|约)?\s*$/u;
/** The rate must be of the plan itself, not a pass rate or a share of something else. */
const RATE_BLOCK = /(?:合格率|覆盖率|达标率|利用率|参保率|入学率|[^完]成率)\s*(?:为|达到?|是|约)?\s*$/u;
const EXCEEDED = /超额完成|提前完成(?:了)?(?:全年|年度)?(?:目标)?任务|提前完成全年目标|已超过?(?:全年|年度)(?:目标|计划)/u;
const DONE = /(?:已|全面|已经|均已|全部)(?:全部|全面|顺利|如期)?完成(?:了)?(?:全年|年度|今年)?(?:目标)?(?:任务|目标|计划)?\s*$/u;
const DONE_AFTER_SUBJECT = /(?:目标任务|年度(?:目标|任务)|全年(?:目标|任务)|任务)(?:已|已经|均已)(?:全面|全部|顺利)?完成/u;
const PENDING = /(?:拟|将|计划|准备|正在|待|启动|推动|加快|研究|起草|修改|修订完善|征求意见|报送|报请|提请|争取|力争)[^，,；;。]{0,12}$/u;
const ISSUE_BEFORE = /(?:印发|出台|发布|制定出台|正式印发|颁布|发文)(?:了)?[^，,；;。《]{0,6}$/u;
const ISSUE_AFTER = /^[^，,；;。]{0,6}?(?:已|正式)(?:印发|出台|发布|实施|颁布)/u;
const BUILT = /(?:已|已经|全面|顺利|如期|提前|基本)?(?:建成|竣工|完工|通车|投运|投产|上线运行|上线|开通|挂牌|通过验收|完成验收|开工建设|开工|封顶|交付使用|投入使用)/gu;

/** A character every BUILT verb contains: a cheap test before the regex. */
const BUILT_HINT = /[成竣完通投上开挂验封交]/u;

/** Which kinds of statement are wanted: issued documents and built objects only pair with such indicators. */
export interface StatementNeeds {
  issued: boolean;
  built: boolean;
}

/** Completion statements in a progress text (issued and built ones only when `needs` asks for them). */
export function progressStatements(input: string | ParsedText, needs: StatementNeeds = { issued: true, built: true }): Statement[] {
  const { text, quantities: parsed, clauses, titles } = asParsed(input);
  const out: Statement[] = [];

  for (const q of parsed) {
    if (q.unit !== '%') continue;
    const clause = clauseAt(clauses, q.start);
    const before = text.slice(clause?.start ?? 0, q.start);
    if (!before.includes('完成') && !before.includes('占')) continue;
    if (testTail(RATE_LEAD, before, 32) && !testTail(RATE_BLOCK, before, 10)) {
      const from = (clause?.start ?? 0) + Math.max(0, before.search(/完成|占/u));
      // What the rate is of: the item's words up to the statement ("大湾区重大项目完成投资2220亿元，").
      const itemStart = Math.max(text.lastIndexOf('\n', from), text.lastIndexOf('。', from - 1)) + 1;
      const subject = text.slice(itemStart, from);
      out.push({ kind: 'rate', text: text.slice(from, q.end), start: from, end: q.end, ratio: q.value / 100, subject });
    }
  }
  for (const c of clauses) {
    const hasDone = c.text.includes('完成');
    if (!hasDone && !c.text.includes('超')) continue;
    const exceeded = EXCEEDED.exec(c.text);
    if (exceeded) {
      out.push({ kind: 'exceeded', text: exceeded[0], start: c.start + exceeded.index, end: c.start + exceeded.index + exceeded[0].length, ratio: null, subject: '' });
      continue;
    }
    if (!hasDone) continue;
    const done = DONE.exec(c.text) ?? DONE_AFTER_SUBJECT.exec(c.text);
    if (done && !testTail(PENDING, c.text.slice(0, done.index), 16)) {
      out.push({ kind: 'done', text: done[0].trim(), start: c.start + done.index, end: c.start + done.index + done[0].length, ratio: null, subject: '' });
    }
  }
  for (const t of needs.issued ? titles : []) {
    const clause = clauseAt(clauses, t.start);
    const before = text.slice(clause?.start ?? 0, t.start);
    const after = text.slice(t.end, clause?.end ?? text.length);
    const issued =
      (testTail(ISSUE_BEFORE, before, 12) && !testTail(PENDING, before.replace(ISSUE_BEFORE, ''), 16)) || ISSUE_AFTER.test(after);
    out.push({ kind: 'issued', text: text.slice(t.start, t.end), start: t.start, end: t.end, ratio: issued ? 1 : 0, subject: t.title });
  }
  for (const c of needs.built ? clauses : []) {
    if (!BUILT_HINT.test(c.text)) continue;
    BUILT.lastIndex = 0;
    for (let m = BUILT.exec(c.text); m; m = BUILT.exec(c.text)) {
      if (testTail(PENDING, c.text.slice(0, m.index), 16)) continue;
      const verb = m[0].replace(/^(?:已经|已|全面|顺利|如期|提前|基本)/u, '');
      out.push({ kind: 'built', text: c.text.trim(), start: c.start + m.index, end: c.start + m.index + m[0].length, ratio: 1, subject: c.text, verb });
      break;
    }
  }
  return out;
}
