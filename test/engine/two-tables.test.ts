import type { CellValue, CheckedSheet } from '../../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../src/engine';
import { snapshot } from '../support/snapshot';

const HEADER = ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'];

function check(values: CellValue[][], merges: string[] = []): { a: CheckedSheet; model: SheetModel } {
  const snap = snapshot(values, merges, '台账');
  const a = analyzeSheet(snap);
  if (a.status !== 'checked') throw new Error(`skipped: ${a.reason}`);
  return { a, model: new SheetModel(snap) };
}

describe('two tables on one sheet', () => {
  it('checks a second table under a repeated header; the header row is not a task and numbering restarts', () => {
    const { a, model } = check(
      [
        ['临江市重点工作台账（截至三季度）'],
        HEADER,
        [1, '稳企业', '新增企业120家', '已新增80家', '市发改委', '按时推进'],
        [2, '促投资', '完成投资290亿元', '完成215亿元', '', '按时推进'],
        [],
        HEADER,
        [1, '新增托位', '新增托位3000个', '已新增2100个', '市卫健委', '按期推进'],
        [2, '老旧小区', '改造老旧小区80个', '已改造60个', '市住建局', '按时推进'],
      ],
      ['A1:F1'],
    );
    expect(a.columns.repeatedHeaderRows).toEqual([6]);
    expect(a.columns.otherTableRow).toBeNull();
    expect(a.columns.dataEndRow).toBe(8);
    expect(a.records.map((r) => [r.row, r.seq, r.group])).toEqual([[3, '1', null], [4, '2', null], [7, '1', null], [8, '2', null]]);
    const codes = a.findings.map((f) => `${f.code}@${f.row ?? '-'}`);
    expect(codes).toContain('lead/missing@4');
    expect(codes).toContain('status/invalid@7');
    expect(codes.filter((c) => c.endsWith('@6'))).toEqual([]);
    expect(codes.filter((c) => c.startsWith('seq/duplicate'))).toEqual([]);
    // TaskLedger's own column gets its header in the second table's header row too.
    const plan = buildWritePlan(a, model, 'zh-CN');
    const comments = plan.blocks.find((b) => b.col === plan.columns.find((c) => c.key === 'comments')?.col);
    expect(comments?.values[6 - (comments?.startRow ?? 0)]).toBe('校验意见');
  });

  it('puts the second table under the band row just above its header', () => {
    const { a } = check(
      [
        HEADER,
        ['一、省级任务'],
        [1, '稳企业', '新增企业120家', '已新增80家', '市发改委', '按时推进'],
        [],
        ['二、市级任务'],
        HEADER,
        [1, '新增托位', '新增托位3000个', '已新增2100个', '市卫健委', '按时推进'],
      ],
      ['A2:F2', 'A5:F5'],
    );
    expect(a.records.map((r) => [r.row, r.group])).toEqual([[3, '一、省级任务'], [7, '二、市级任务']]);
  });

  it('stops at a table with a different header and says where it starts; nothing is written into it', () => {
    const { a, model } = check(
      [
        HEADER,
        [1, '稳企业', '新增企业120家', '已新增80家', '市发改委', '按时推进'],
        [2, '促投资', '完成投资290亿元', '完成215亿元', '市财政局', '按时推进'],
        [],
        ['附表：各单位任务完成情况统计'],
        ['单位', '任务数', '已完成', '进展情况说明'],
        ['市发改委', 1, 0, '按计划推进'],
      ],
      ['A5:D5'],
    );
    expect(a.columns.otherTableRow).toBe(6);
    expect(a.columns.dataEndRow).toBe(3);
    expect(a.records.map((r) => r.row)).toEqual([2, 3]);
    expect(a.groups).toEqual([]);
    const plan = buildWritePlan(a, model, 'zh-CN');
    for (const b of plan.blocks) expect(b.startRow + b.values.length - 1).toBe(3);
  });

  it('does not take a header repeated with a two-row header for a different table', () => {
    const two = [
      ['序号', '重点任务', '责任单位', null, '进展情况'],
      [null, null, '牵头单位', '配合单位', null],
    ];
    const { a } = check(
      [
        ...two,
        [1, '稳企业', '市发改委', '市财政局', '已新增80家'],
        [],
        ...two,
        [1, '新增托位', '市卫健委', null, '已新增2100个'],
      ],
      ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'C5:D5', 'A5:A6', 'B5:B6', 'E5:E6'],
    );
    expect(a.columns.headerRows).toEqual([1, 2]);
    expect(a.columns.repeatedHeaderRows).toEqual([5, 6]);
    expect(a.columns.otherTableRow).toBeNull();
    expect(a.records.map((r) => r.row)).toEqual([3, 7]);
  });
});
