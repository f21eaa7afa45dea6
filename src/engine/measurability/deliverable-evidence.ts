/** Deliverables: 出台/印发/制定/编制/发布/形成 + 《…》, or + a concrete document noun (办法, 方案, 规划 …). */
import { regexEvidence } from './regex-evidence';
import type { TextSpan } from './text-span';
import { T_DELIVER, T_TITLE } from './triggers';
import type { Evidence } from './types';
import { DELIVERABLE_VERBS, DOC_NOUNS, DOC_NOUN_BLOCK_NEXT } from './vocabulary';

/**
 * A deliverable verb followed by 的 describes a document already issued (落实省委印发的实施意见, 按照省政府印发的
 * 《…》): not one to be delivered.
 */
const TITLED = new RegExp(`(?:${DELIVERABLE_VERBS})(?!的|[”"’])[^，。；;,]{0,16}?《[^》\\n]{1,120}》`, 'g');
const TITLE_FIRST = new RegExp(`《[^》\\n]{1,120}》[^，。；;,《]{0,8}?(?:印发|出台|发布|编制完成|审议通过|通过审议|正式实施)`, 'g');
/**
 * 开发区公告目录（2022版）正式发布: a named document, noun first and without 《…》, then its issuing verb (not
 * 政策发布会, 方案印发后, 方案出台率, nor 已印发).
 */
const NOUN_FIRST = new RegExp(
  `[\\u4e00-\\u9fff]{2}(?:${DOC_NOUNS})(?:[（(][^）)\\n]{1,10}[）)])?(?:正式)?(?:印发|发布|出台|公布)(?!的|会|后|前|以来|率|数|情况)`,
  'g',
);
const UNTITLED = new RegExp(
  // Not a verb closing a quoted name (“统一登记、统一编号、统一印发”制度).
  `(?:${DELIVERABLE_VERBS})(?!的|[”"’])(?:(?:并?实施|印发|出台|发布)(?!的))?[^，。；;,《》\\n]{0,40}?(?:${DOC_NOUNS})(?!${DOC_NOUN_BLOCK_NEXT})`,
  'g',
);

/** 形成长效管理制度: a standing practice, not a document (制度 after 长效). */
const STANDING_PRACTICE = /长效[^，。；;,《》\n]{0,8}制度$/;

/**
 * 制定相关配套政策, 出台有关政策, 出台一系列政策措施: the words between the verb and the document noun say only
 * that there will be some documents, naming none.
 */
const UNNAMED_OBJECT = new RegExp(
  `^(?:${DELIVERABLE_VERBS})(?:并?(?:实施|印发|出台|发布))?(?:相关|有关|配套|系列|一系列|各类|各项|若干|一批|必要的?|具体|的)+(?:${DOC_NOUNS})$`,
);

/**
 * 研究制定集体经济增收扶持政策, 研究出台…若干政策措施: a policy still to be studied, with no title, is no
 * document yet (研究制定…考核办法 names the kind of document, and stays one).
 */
const STUDIED_POLICY = /(?:政策|措施)$/;
/** …政策措施实施细则: the policy is the subject of a document named after it. */
const DOC_AFTER = new RegExp(`^[^，。；;,《》\\n]{0,12}?(?:${DOC_NOUNS})`);

/**
 * 修订完善相关管理制度, 出台一系列稳增长政策文件, 编制各类专项规划: a vague word opens the object, so no
 * particular document is named (出台支持…的若干措施 names its subject first, and stays a document).
 */
const VAGUE_OBJECT = new RegExp(
  `^(?:${DELIVERABLE_VERBS})(?:并?(?:实施|印发|出台|发布|完善))?(?:相关|有关|配套|系列|一系列|各类|各项|一批|若干)[^，。；;,《》\\n]{0,10}?(?:${DOC_NOUNS})$`,
);
/** 制定出台实施方案, 签订协议: the document noun alone, with nothing that says which. */
const BARE_NOUN = new RegExp(`^(?:${DELIVERABLE_VERBS})(?:并?(?:${DELIVERABLE_VERBS}|实施))*(?:${DOC_NOUNS})$`);

/** 修订完善内部控制制度, 制定完善…办法: improving what exists, a direction rather than a document to deliver. */
const IMPROVING = new RegExp(`^(?:${DELIVERABLE_VERBS})完善`);

/** The position is inside a 《…》 title: 按照《关于印发…办法的通知》要求 cites a document, its 印发 delivers nothing. */
export function insideTitle(slice: string, at: number): boolean {
  const open = slice.lastIndexOf('《', at);
  return open >= 0 && slice.lastIndexOf('》', at) < open;
}

/** 制定河湖管理保护相关配套政策: the object says only "related supporting" documents, after naming a topic. */
const VAGUE_INSIDE = /(?:相关|有关)配套/;

/** 编制床位数, 核定编制内人员: 编制 as the staffing or bed quota, a noun. */
const QUOTA_NOUN = /^编制(?:床位|数|人员|内|外)/;

function keepUntitled(m: RegExpExecArray, slice: string): boolean {
  if (insideTitle(slice, m.index) || IMPROVING.test(m[0]) || QUOTA_NOUN.test(m[0]) || VAGUE_INSIDE.test(m[0])) return false;
  if (STANDING_PRACTICE.test(m[0]) || UNNAMED_OBJECT.test(m[0]) || VAGUE_OBJECT.test(m[0]) || BARE_NOUN.test(m[0])) return false;
  if (!STUDIED_POLICY.test(m[0]) || !slice.endsWith('研究', m.index)) return true;
  // …政策文件: the policy's documents in general, not one named after it.
  if (slice.startsWith('文件', m.index + m[0].length)) return false;
  return DOC_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16));
}

export function deliverableEvidence(span: TextSpan, out: Evidence[]): void {
  // TITLED and TITLE_FIRST need a 《 title: skip both when the span has none.
  if ((span.triggers & T_TITLE) !== 0) {
    regexEvidence(TITLED, 'deliverable', span, out);
    regexEvidence(TITLE_FIRST, 'deliverable', span, out);
  }
  if ((span.triggers & T_DELIVER) !== 0) {
    regexEvidence(UNTITLED, 'deliverable', span, out, keepUntitled);
    regexEvidence(NOUN_FIRST, 'deliverable', span, out, (m, slice) => !insideTitle(slice, m.index));
  }
}
