import type { FindingCode, Severity } from '../engine/findings/codes';
import type { Finding, FindingParams } from '../engine/findings/finding';
import { isRole } from '../engine/profile/roles';
import type { Locale } from './locale';
import { roleLabels } from './role-labels';

type Template = (p: FindingParams, locale: Locale) => string;

const str = (v: FindingParams[string] | undefined): string =>
  v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v);

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
};

export const findingMessages: Record<Locale, Record<FindingCode, Template>> = { 'zh-CN': zh, 'en-US': en };

export const severityLabels: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  'en-US': { error: 'Error', warning: 'Warning', info: 'Info' },
};

export function formatFinding(finding: Finding, locale: Locale): string {
  return findingMessages[locale][finding.code](finding.params, locale);
}
