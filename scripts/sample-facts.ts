/**
 * Facts about assets/samples/ledger-sample.xlsx (written by scripts/make-sample.ts): where each
 * sheet's header and data are, which column plays which role, and the problems planted on purpose,
 * so tests can check that `taskledger check` finds exactly these. Rows are 1-based and columns are
 * letters, as Excel shows them. make-sample.ts verifies these facts against the workbook it builds
 * and refuses to write the file if they disagree.
 */
import type { FindingCode, Role } from '../src/engine';

/** The engine's column roles (工作体系/政策体系/工作举措 are 'measures'). */
export type SampleRole = Role;

export type SampleProblemCode = Extract<FindingCode, 'lead/missing' | 'task/missing' | 'seq/duplicate' | 'progress/missing' | 'status/invalid'>;

export interface SampleProblem {
  sheet: string;
  row: number;
  code: SampleProblemCode;
  column: string;
  /** What was planted, for humans. */
  note: string;
}

export interface SampleLedgerSheet {
  name: string;
  kind: 'ledger';
  layout: 'provincial-quarterly' | 'city-half-year';
  titleRow: number;
  headerRow: number;
  headerRowCount: number;
  firstDataRow: number;
  lastDataRow: number;
  taskCount: number;
  /** Rows that start a task (band and continuation rows excluded). */
  taskRows: number[];
  bandRows: number[];
  /** Sub-item rows without their own 序号, row → the task row they belong to. */
  continuationRows: Record<number, number>;
  merges: string[];
  /** Role → column letter; for measures (工作体系, 政策体系), the first. */
  columns: Partial<Record<SampleRole, string>>;
  roleByColumn: Record<string, SampleRole>;
  headerTexts: Record<string, string>;
}

export interface SampleNotesSheet {
  name: string;
  kind: 'notes';
  headerRow: null;
}

export interface SampleLeadUnits {
  sheet: string;
  row: number;
  /** The first is the lead. */
  units: string[];
}

/** Rows where a completion ratio can be derived, and how (see DOMAIN.md "Completion and status"). */
export interface SampleRatioHint {
  sheet: string;
  row: number;
  ratio: number;
  basis: 'matched-quantity' | 'stated' | 'deliverable-done' | 'milestone-done';
  target: string;
  actual: string;
}

export interface SampleFacts {
  /** Relative to the repository root. */
  file: string;
  sheets: [SampleLedgerSheet, SampleLedgerSheet, SampleNotesSheet];
  problems: SampleProblem[];
  leadUnits: SampleLeadUnits[];
  ratioHints: SampleRatioHint[];
  /** Rows whose target is deliberately vague (directional verbs only, no measurable criterion). */
  vagueTargets: { sheet: string; row: number; column: string }[];
}

const MAIN = '重点工作台账';
const HALF = '半年进展';

export const sampleFacts: SampleFacts = {
  file: 'assets/samples/ledger-sample.xlsx',
  sheets: [
    {
      name: MAIN,
      kind: 'ledger',
      layout: 'provincial-quarterly',
      titleRow: 1,
      headerRow: 2,
      headerRowCount: 1,
      firstDataRow: 3,
      lastDataRow: 29,
      taskCount: 25,
      taskRows: [4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
      bandRows: [3],
      continuationRows: { 12: 11 },
      merges: ['A1:H1', 'A3:H3', 'A11:A12', 'B11:B12'],
      columns: { seq: 'A', task: 'B', target: 'C', measures: 'D', progress: 'F', plan: 'G', lead: 'H' },
      roleByColumn: { A: 'seq', B: 'task', C: 'target', D: 'measures', E: 'measures', F: 'progress', G: 'plan', H: 'lead' },
      headerTexts: {
        A: '序号',
        B: '重大任务',
        C: '目标体系',
        D: '工作体系',
        E: '政策体系',
        F: '进展情况',
        G: '工作计划',
        H: '责任处室',
      },
    },
    {
      name: HALF,
      kind: 'ledger',
      layout: 'city-half-year',
      titleRow: 1,
      headerRow: 2,
      headerRowCount: 1,
      firstDataRow: 3,
      lastDataRow: 14,
      taskCount: 12,
      taskRows: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
      bandRows: [],
      continuationRows: {},
      merges: ['A1:E1'],
      columns: { seq: 'A', task: 'B', progress: 'C', lead: 'D', status: 'E' },
      roleByColumn: { A: 'seq', B: 'task', C: 'progress', D: 'lead', E: 'status' },
      headerTexts: { A: '序号', B: '主要工作任务', C: '进展情况', D: '牵头部门', E: '进展状态' },
    },
    { name: '说明', kind: 'notes', headerRow: null },
  ],
  problems: [
    { sheet: MAIN, row: 8, code: 'lead/missing', column: 'H', note: '责任处室 blank' },
    { sheet: MAIN, row: 15, code: 'lead/missing', column: 'H', note: '责任处室 "/"' },
    { sheet: MAIN, row: 19, code: 'seq/duplicate', column: 'A', note: '序号 14 repeated (should be 15)' },
    { sheet: MAIN, row: 21, code: 'progress/missing', column: 'F', note: '进展情况 blank' },
    { sheet: MAIN, row: 24, code: 'lead/missing', column: 'H', note: '责任处室 whitespace with a line break' },
    { sheet: MAIN, row: 26, code: 'task/missing', column: 'B', note: '重大任务 blank, target and progress filled' },
    { sheet: MAIN, row: 28, code: 'progress/missing', column: 'F', note: '进展情况 blank' },
    { sheet: HALF, row: 8, code: 'status/invalid', column: 'E', note: '进展状态 "按期推进" is not in the list' },
    { sheet: HALF, row: 11, code: 'lead/missing', column: 'D', note: '牵头部门 "待定"' },
  ],
  leadUnits: [
    { sheet: MAIN, row: 4, units: ['投资处'] },
    { sheet: MAIN, row: 8, units: [] },
    { sheet: MAIN, row: 11, units: ['环资处'] },
    { sheet: MAIN, row: 12, units: ['环资处'] },
    { sheet: MAIN, row: 15, units: [] },
    { sheet: MAIN, row: 24, units: [] },
    { sheet: HALF, row: 4, units: ['市发改委', '市住建局'] },
    { sheet: HALF, row: 5, units: ['市交通局', '市财政局', '市自然资源局'] },
    { sheet: HALF, row: 6, units: ['市住建局', '市城管局'] },
    { sheet: HALF, row: 11, units: [] },
    { sheet: HALF, row: 12, units: ['市水利局', '市生态环境局'] },
    { sheet: HALF, row: 14, units: ['市应急管理局', '市市场监管局'] },
  ],
  ratioHints: [
    {
      sheet: MAIN,
      row: 4,
      ratio: 0.764,
      basis: 'stated',
      target: '省重点建设项目完成投资2900亿元以上',
      actual: '完成年度计划的76.4%',
    },
    {
      sheet: MAIN,
      row: 5,
      ratio: 0.815,
      basis: 'stated',
      target: '新增城镇就业8万人以上',
      actual: '完成年度目标的81.5%',
    },
    {
      sheet: MAIN,
      row: 9,
      ratio: 0.742,
      basis: 'matched-quantity',
      target: '完成综合交通投资290亿元',
      actual: '1-9月完成综合交通投资215.3亿元',
    },
    {
      sheet: MAIN,
      row: 10,
      ratio: 1,
      basis: 'milestone-done',
      target: '建成临江抽水蓄能电站首台机组并投运',
      actual: '首台机组已于9月28日正式投运',
    },
    {
      sheet: MAIN,
      row: 12,
      ratio: 0.72,
      basis: 'matched-quantity',
      target: '完成重点用能单位节能改造100家',
      actual: '已完成重点用能单位节能改造72家',
    },
    {
      sheet: MAIN,
      row: 15,
      ratio: 0.62,
      basis: 'matched-quantity',
      target: '建设省级乡村振兴示范村300个',
      actual: '已建成省级乡村振兴示范村186个',
    },
    {
      sheet: MAIN,
      row: 18,
      ratio: 0.716,
      basis: 'matched-quantity',
      target: '实际使用外资100亿美元',
      actual: '1-9月实际使用外资71.6亿美元',
    },
    {
      sheet: MAIN,
      row: 22,
      ratio: 0.863,
      basis: 'stated',
      target: '争取中央预算内投资100亿元',
      actual: '完成年度目标的86.3%',
    },
    {
      sheet: HALF,
      row: 3,
      ratio: 0.568,
      basis: 'stated',
      target: '新增城镇就业2.5万人',
      actual: '完成年度目标的56.8%',
    },
    {
      sheet: HALF,
      row: 4,
      ratio: 0.563,
      basis: 'stated',
      target: '全年完成市重点项目投资420亿元',
      actual: '完成年度计划的56.3%',
    },
    {
      sheet: HALF,
      row: 6,
      ratio: 0.413,
      basis: 'matched-quantity',
      target: '新建改造城市地下管网150公里',
      actual: '已完成城市地下管网新建改造62公里',
    },
  ],
  vagueTargets: [
    { sheet: MAIN, row: 14, column: 'C' },
    { sheet: MAIN, row: 27, column: 'C' },
    { sheet: HALF, row: 9, column: 'B' },
    { sheet: HALF, row: 14, column: 'B' },
  ],
};
