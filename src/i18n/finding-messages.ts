import type { FindingCode, Severity } from '../engine/findings/codes';
import type { Finding, FindingParams } from '../engine/findings/finding';
import type { UnmeasurableReason } from '../engine/measurability/types';
import { UNMEASURABLE_REASONS } from '../engine/measurability/types';
import { isRole } from '../engine/profile/roles';
import { measurabilityMessages } from './measurability';
import type { Locale } from './locale';
import { roleLabels } from './role-labels';

type Template = (p: FindingParams, locale: Locale) => string;

const str = (v: FindingParams[string] | undefined): string =>
  v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v);

const pct = (v: FindingParams[string] | undefined): string => {
  const n = typeof v === 'number' ? v : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? `${(Math.round(n * 1000) / 10).toString()}%` : '';
};

const verbsOf = (p: FindingParams): string[] => (Array.isArray(p.verbs) ? p.verbs.map(String) : []);

function unmeasurable(p: FindingParams, locale: Locale): string {
  const m = measurabilityMessages[locale];
  const r = str(p.reason);
  const reason: UnmeasurableReason = (UNMEASURABLE_REASONS as readonly string[]).includes(r) ? (r as UnmeasurableReason) : 'no-criterion';
  const items = Array.isArray(p.items) && p.items.length > 0 ? p.items.map(String) : [];
  const which = items.length === 0 ? '' : locale === 'zh-CN' ? `第 ${items.join('、')} 项目标` : `Target item${items.length > 1 ? 's' : ''} ${items.join(', ')}`;
  const because = m.reason[reason]({ verbs: verbsOf(p) });
  const lead = locale === 'zh-CN' ? `${which ? `${which}不可考核：` : '目标不可考核：'}` : `${which ? `${which} cannot be assessed: ` : 'The target cannot be assessed: '}`;
  return `${lead}${because}。${m.suggestion({ verbs: verbsOf(p) })}`.replace('。。', '。');
}

const role = (p: FindingParams, locale: Locale): string => {
  const r = str(p.role);
  return isRole(r) ? roleLabels[locale][r] : r;
};

const zh: Record<FindingCode, Template> = {
  'sheet/column-missing': (p, l) =>
    `缺少“${role(p, l)}”列：表头中没有找到 ${str(p.synonyms)} 等列名；可用 --map ${str(p.role)}=列号 指定`,
  'lead/missing': (p) =>
    str(p.value)
      ? `牵头单位填写为“${str(p.value)}”，未明确具体单位，请填写牵头单位（多个单位用“、”分隔，第一位为牵头单位）`
      : p.hasLeadColumn
        ? '未填写牵头单位，请填写具体牵头单位（多个单位用“、”分隔，第一位为牵头单位）'
        : '未明确牵头单位：表中没有牵头单位列，任务文字中也没有“牵头单位：…”或“（责任单位：…）”',
  'lead/no-column': () =>
    '本表没有牵头单位列，任务中也未注明“牵头单位：…”；如需检查牵头单位，请增加“牵头单位”列，或用 --map lead=列号 指定',
  'task/missing': (p) => `序号 ${str(p.seq) || '（空）'} 的任务内容为空，请填写重点任务`,
  'seq/duplicate': (p) => `序号“${str(p.seq)}”与第 ${str(p.firstRow)} 行重复`,
  'progress/missing': () => '未填写进展情况',
  'status/invalid': (p) =>
    `进展状态“${str(p.value)}”不在可选值中` + (str(p.closest) ? `，是否应为“${str(p.closest)}”？` : '') +
    `（可选：${str(p.allowed)}）`,
  'target/unmeasurable': (p) => unmeasurable(p, 'zh-CN'),
  'status/inconsistent': (p) =>
    `填写的状态“${str(p.stated)}”与测算不符：` +
    (str(p.reason) === 'deadline-passed'
      ? '完成时限已过而进展未报告完成'
      : `完成率 ${pct(p.ratio)}` + (pct(p.expected) ? `，序时进度 ${pct(p.expected)}` : '')) +
    `，测算应为“${str(p.computed)}”；已保留填写的状态，请核实`,
  'ratio/stated-mismatch': (p) =>
    `填写的完成率 ${pct(p.stated)} 与按进展测算的 ${pct(p.computed)} 相差超过 5 个百分点，请核实`,
  'ratio/invalid': (p) => `完成率“${str(p.value)}”不是数字或百分比，请填写如“85%”`,
  'ratio/not-computable': () => '目标可考核，但进展中没有可对应的完成数据，无法测算完成率，需人工判断',
};

const en: Record<FindingCode, Template> = {
  'sheet/column-missing': (p, l) =>
    `No "${role(p, l)}" column: none of the headers ${str(p.synonyms)} was found; use --map ${str(p.role)}=COLUMN`,
  'lead/missing': (p) =>
    str(p.value)
      ? `The lead unit is given as "${str(p.value)}", which names no unit: name the lead unit (separate several with "、"; the first leads)`
      : p.hasLeadColumn
        ? 'No lead unit: name the lead unit (separate several with "、"; the first leads)'
        : 'No lead unit: the sheet has no lead column and the task text names none ("牵头单位：…" or "（责任单位：…）")',
  'lead/no-column': () =>
    'The sheet has no lead-unit column and no task names one ("牵头单位：…"); add a "牵头单位" column or use --map lead=COLUMN to check lead units',
  'task/missing': (p) => `Task No. ${str(p.seq) || '(blank)'} has no task text`,
  'seq/duplicate': (p) => `No. "${str(p.seq)}" repeats row ${str(p.firstRow)}`,
  'progress/missing': () => 'No progress reported',
  'status/invalid': (p) =>
    `Status "${str(p.value)}" is not in the vocabulary` + (str(p.closest) ? `; did you mean "${str(p.closest)}"?` : '') +
    ` (allowed: ${str(p.allowed)})`,
  'target/unmeasurable': (p) => unmeasurable(p, 'en-US'),
  'status/inconsistent': (p) =>
    `The stated status "${str(p.stated)}" disagrees with the figures: ` +
    (str(p.reason) === 'deadline-passed'
      ? 'the deadline has passed and the progress does not report it done'
      : `completion ${pct(p.ratio)}` + (pct(p.expected) ? ` against an expected ${pct(p.expected)}` : '')) +
    `, which gives "${str(p.computed)}"; the stated status is kept, please verify`,
  'ratio/stated-mismatch': (p) =>
    `The stated completion ${pct(p.stated)} is more than 5 points from the ${pct(p.computed)} computed from the progress; please verify`,
  'ratio/invalid': (p) => `Completion "${str(p.value)}" is not a number or percentage; write e.g. "85%"`,
  'ratio/not-computable': () =>
    'The target is measurable, but the progress reports no matching figure: no completion can be computed; needs a person’s judgement',
};

export const findingMessages: Record<Locale, Record<FindingCode, Template>> = { 'zh-CN': zh, 'en-US': en };

export const severityLabels: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function formatFinding(finding: Finding, locale: Locale): string {
  return findingMessages[locale][finding.code](finding.params, locale);
}
