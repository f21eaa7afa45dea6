import fc from 'fast-check';
import type { CellValue } from '../../src/engine';

/** Ways the sample units are written, and the unit each one is. */
export const SPELLINGS: [string, string][] = [
  ['省发展改革委', '省发展改革委'],
  ['省发改委', '省发展改革委'],
  [' 省发展和改革委员会 ', '省发展改革委'],
  ['省财政厅', '省财政厅'],
  ['省财政厅 ', '省财政厅'],
  ['省教育厅', '省教育厅'],
  ['省卫健委', '省卫生健康委'],
  ['ＡＢＣ中心', 'ABC中心'],
  ['ABC中心', 'ABC中心'],
];
export const NO_LEAD = ['', '/', '待定'];
/** Status words and the level they count under; null: no status (blank or outside the vocabulary). */
export const STATUS_WORDS: [string | null, string][] = [
  ['已完成', 'done'], ['进度较快', 'ahead'], ['按时推进', 'onTrack'], ['正常推进', 'onTrack'], ['部分滞后', 'partlyBehind'],
  ['进度滞后', 'behind'], ['滞后', 'behind'], [null, 'none'], ['按期推进', 'none'],
];

export interface GenTask {
  lead: number | null; // index into SPELLINGS, null: no lead (NO_LEAD[noLead])
  noLead: number;
  second: number | null; // a second unit in the lead cell
  coop: number | null;
  status: number; // index into STATUS_WORDS
  subitems: number;
}

export const genTask: fc.Arbitrary<GenTask> = fc.record({
  lead: fc.option(fc.nat(SPELLINGS.length - 1), { freq: 5 }),
  noLead: fc.nat(NO_LEAD.length - 1),
  second: fc.option(fc.nat(SPELLINGS.length - 1), { freq: 2 }),
  coop: fc.option(fc.nat(SPELLINGS.length - 1), { freq: 2 }),
  status: fc.nat(STATUS_WORDS.length - 1),
  subitems: fc.nat(2),
});

const unitName = (i: number | null): string => (i === null ? '' : (SPELLINGS[i]?.[0] ?? ''));
export const unitOf = (i: number | null): string | null => (i === null ? null : (SPELLINGS[i]?.[1] ?? null));

/** A ledger: 序号 | 重点任务 | 进展情况 | 牵头单位 | 配合单位 | 进展状态; sub-item rows have no 序号. */
export function ledgerRows(tasks: readonly GenTask[]): { values: CellValue[][]; taskRows: number[] } {
  const values: CellValue[][] = [['序号', '重点任务', '进展情况', '牵头单位', '配合单位', '进展状态']];
  const taskRows: number[] = [];
  tasks.forEach((t, i) => {
    const leads = t.lead === null ? NO_LEAD[t.noLead] ?? '' : [unitName(t.lead), ...(t.second === null ? [] : [unitName(t.second)])].join('、');
    taskRows.push(values.length + 1);
    values.push([i + 1, `第${i + 1}项重点任务`, `已推进第${i + 1}项工作`, leads, unitName(t.coop), STATUS_WORDS[t.status]?.[0] ?? null]);
    for (let s = 0; s < t.subitems; s++) values.push([null, `第${i + 1}项任务的子项${s + 1}`, '正在推进', null, null, null]);
  });
  return { values, taskRows };
}
