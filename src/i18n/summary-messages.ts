import type { CountBy } from '../engine/summary/sheet-summary';
import type { Locale } from './locale';

/** Wording of the summary sheets, the roll-up workbook and the by-unit table on the terminal. */
export interface SummaryMessages {
  /** The summary sheet's default name ("汇总"); with several ledgers "汇总-<sheet>". */
  sheetName: string;
  title: (sheet: string) => string;
  rollupTitle: string;
  facts: {
    sourceSheet: string;
    sheetTitle: string;
    reportDate: string;
    expected: string;
    countBy: string;
    generatedAt: string;
    generator: string;
    files: string;
    tasks: string;
  };
  countBy: Record<CountBy, string>;
  sections: { byUnit: string; byStatus: string; findings: (n: number) => string; sources: string; nearDuplicates: string };
  unit: Record<CountBy, string>;
  tasks: string;
  avgRatio: string;
  missingLead: string;
  unmeasurable: string;
  findings: string;
  noStatus: string;
  noLead: string;
  total: string;
  status: string;
  share: string;
  file: string;
  sheet: string;
  cell: string;
  leadUnit: string;
  severity: string;
  code: string;
  message: string;
  /** Shown where there is no figure (no ratio, no report date). */
  none: string;
  note: (countBy: CountBy) => string;
  nearDuplicate: (a: string, b: string) => string;
  listSep: string;
  chartTitle: string;
}

const zh: SummaryMessages = {
  sheetName: '汇总',
  title: (sheet) => `重点工作进展情况汇总（${sheet}）`,
  rollupTitle: '重点工作进展情况汇总（多个台账合计）',
  facts: {
    sourceSheet: '来源工作表', sheetTitle: '台账标题', reportDate: '报告日期', expected: '序时进度', countBy: '统计口径',
    generatedAt: '生成时间', generator: '生成工具', files: '台账数', tasks: '任务数',
  },
  countBy: { lead: '按牵头单位（第一位）', all: '按所列全部单位' },
  sections: {
    byUnit: '一、按牵头单位统计', byStatus: '二、按进展状态统计', findings: (n) => `三、问题清单（共 ${n} 条）`,
    sources: '三、来源台账', nearDuplicates: '疑似同一单位（请核对；确为同一单位的，可在模板配置 unitAliases 中合并）：',
  },
  unit: { lead: '牵头单位', all: '责任单位' },
  tasks: '任务数',
  avgRatio: '平均完成率',
  missingLead: '未明确牵头',
  unmeasurable: '不可考核目标',
  findings: '问题数',
  noStatus: '无状态',
  noLead: '未明确牵头单位',
  total: '合计',
  status: '进展状态',
  share: '占比',
  file: '文件',
  sheet: '工作表',
  cell: '单元格',
  leadUnit: '牵头单位',
  severity: '严重程度',
  code: '代码',
  message: '说明',
  none: '—',
  note: (countBy) =>
    '注：平均完成率只计能测算完成率的任务，单项超过100%的按100%计；不可考核目标按目标行计；问题数含错误、警告和提示。' +
    (countBy === 'all' ? '一项任务计入所列每个单位，各单位之和大于合计。' : ''),
  nearDuplicate: (a, b) => `${a} ≈ ${b}`,
  listSep: '；',
  chartTitle: '各单位任务进展状态',
};

const en: SummaryMessages = {
  sheetName: 'Summary',
  title: (sheet) => `Work-plan progress summary (${sheet})`,
  rollupTitle: 'Work-plan progress summary (all ledgers)',
  facts: {
    sourceSheet: 'Source sheet', sheetTitle: 'Ledger title', reportDate: 'Report date', expected: 'Expected',
    countBy: 'Counted by', generatedAt: 'Generated', generator: 'Tool', files: 'Ledgers', tasks: 'Tasks',
  },
  countBy: { lead: 'lead unit (first)', all: 'every listed unit' },
  sections: {
    byUnit: '1. By lead unit', byStatus: '2. By status', findings: (n) => `3. Findings (${n})`, sources: '3. Source ledgers',
    nearDuplicates: 'Possibly the same unit (check; merge confirmed ones with unitAliases in the profile): ',
  },
  unit: { lead: 'Lead unit', all: 'Unit' },
  tasks: 'Tasks',
  avgRatio: 'Avg. completion',
  missingLead: 'No lead',
  unmeasurable: 'Unmeasurable',
  findings: 'Findings',
  noStatus: 'No status',
  noLead: 'No lead unit',
  total: 'Total',
  status: 'Status',
  share: 'Share',
  file: 'File',
  sheet: 'Sheet',
  cell: 'Cell',
  leadUnit: 'Lead unit',
  severity: 'Severity',
  code: 'Code',
  message: 'Message',
  none: '—',
  note: (countBy) =>
    'Note: the average covers tasks with a completion ratio, each counted at most 100%; unmeasurable counts target rows; ' +
    'findings include errors, warnings and info.' +
    (countBy === 'all' ? ' A task counts under every unit it lists, so the rows add up to more than the total.' : ''),
  nearDuplicate: (a, b) => `${a} ≈ ${b}`,
  listSep: '; ',
  chartTitle: 'Task status by unit',
};

export const summaryMessages: Record<Locale, SummaryMessages> = { 'zh-CN': zh, 'en-US': en };

/** The label of a status column: the sheet's word, or "无状态" for tasks without one. */
export function statusLabel(word: string, locale: Locale): string {
  return word === '' ? summaryMessages[locale].noStatus : word;
}
