import { summarySheetNames, hasSummaryMark, SUMMARY_MARK } from '../../src/engine';

describe('summary sheet names', () => {
  it('uses the base name for one ledger and "base-<sheet>" for several', () => {
    expect(summarySheetNames(['台账'], '汇总', [])).toEqual(['汇总']);
    expect(summarySheetNames(['省级', '市级'], '汇总', [])).toEqual(['汇总-省级', '汇总-市级']);
  });

  it('keeps to 31 characters without []:*?/\\ and stays unique', () => {
    const long = '2024年省政府重点工作任务分解落实情况台账（第三季度）';
    const names = summarySheetNames([`${long}A`, `${long}B`, 'a/b:c'], '汇总', []);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/u);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names[2]).toBe('汇总-a_b_c');
  });

  it('never takes the name of a sheet of the workbook, but reuses its own summary sheet', () => {
    expect(summarySheetNames(['台账'], '汇总', [{ name: '汇总', ours: false }])).toEqual(['汇总(2)']);
    expect(summarySheetNames(['台账'], '汇总', [{ name: '汇总', ours: true }])).toEqual(['汇总']);
    expect(summarySheetNames(['汇总'], '汇总', [])).toEqual(['汇总(2)']);
  });

  it('recognises a summary sheet by the mark in its first rows', () => {
    expect(hasSummaryMark([['重点工作进展情况汇总'], [], ['生成工具', SUMMARY_MARK]])).toBe(true);
    expect(hasSummaryMark([['序号', '重点任务'], [1, 'TaskLedger']])).toBe(false);
  });
});
