import type { SheetSnapshot } from '../../src/engine';
import { SheetModel, analyzeSheet, buildSummarySheet, buildWritePlan, summarizeSheet } from '../../src/engine';
import { CELL_MAX_CHARS } from '../../src/engine/plan/cell-limit';
import { applyToSnapshot } from '../support/apply-to-snapshot';

function plan(s: SheetSnapshot) {
  const a = analyzeSheet(s, { asOf: '2024-09-30' });
  if (a.status !== 'checked') throw new Error('not a ledger');
  return buildWritePlan(a, new SheetModel(s), 'zh-CN');
}

describe('plan details the add-in property tests found', () => {
  it('colours the same status words on a second check as on the first (the profile’s whole vocabulary)', () => {
    const sheet: SheetSnapshot = { name: '台账', values: [['临江市重点工作进展情况（截至三季度）'], ['序号', '重点任务', '序号'], [{ error: '#N/A' }, '6月底前建成并投运']], merges: [] };
    const first = plan(sheet);
    const second = plan(applyToSnapshot(sheet, first));
    expect(second.statusColors).toEqual(first.statusColors);
    expect(first.statusColors.length).toBeGreaterThan(1);
  });

  it('cuts every text of the summary sheet to Excel’s 32,767 characters', () => {
    const sheet: SheetSnapshot = { name: '台账', values: [['进展状态', '序号'], ['长'.repeat(CELL_MAX_CHARS)]], merges: [] };
    const s = plan(sheet).summarySheets[0];
    const texts = [...(s?.cells.map((c) => c.value) ?? []), ...(s?.tables.flatMap((t) => [...t.header, ...t.rows.flat(), ...(t.totals ?? [])]) ?? [])];
    expect(texts.some((v) => typeof v === 'string' && v.endsWith('…'))).toBe(true);
    expect(texts.every((v) => typeof v !== 'string' || v.length <= CELL_MAX_CHARS)).toBe(true);
  });

  it('leaves texts that fit as they are (table headers included)', () => {
    const sheet: SheetSnapshot = { name: '台账', values: [['序号', '重点任务', '牵头单位', '进展状态'], [1, '完成投资100亿元', '市发改委', '按时推进']], merges: [] };
    const a = analyzeSheet(sheet, { asOf: '2024-09-30' });
    if (a.status !== 'checked') throw new Error('not a ledger');
    const fitted = buildWritePlan(a, new SheetModel(sheet), 'zh-CN').summarySheets[0];
    const raw = buildSummarySheet(summarizeSheet(a), { name: '汇总', locale: 'zh-CN' });
    expect(fitted?.tables).toEqual(raw.tables);
    expect(fitted?.cells).toEqual(raw.cells);
  });
});

describe('an existing column sharing a merged area with a person’s column', () => {
  it('is left alone in that area, so the person’s column reads the same after the check', () => {
    const sheet: SheetSnapshot = {
      name: '台账',
      values: [['序号', 'Check notes', '牵头部门'], [1, null, '市发改委'], [2, '长期保留的说明', null]],
      merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
    };
    const first = plan(sheet);
    const comments = first.blocks.find((b) => b.col === 2);
    expect(comments?.values[1]).toBeUndefined();
    const second = plan(applyToSnapshot(sheet, first));
    expect(second.summarySheets).toEqual(first.summarySheets);
  });
});

describe('TaskLedger’s own 校验意见 texts', () => {
  it('do not make the row below the header a second header row (they quote header words such as 进展情况)', () => {
    const sheet: SheetSnapshot = { name: '台账', values: [['序号', '年度完成情况'], ['0.5']], merges: [{ top: 1, left: 3, bottom: 2, right: 3 }] };
    const first = plan(sheet);
    const checked = applyToSnapshot(sheet, first);
    expect(checked.values[1]?.some((v) => typeof v === 'string' && v.includes('进展情况'))).toBe(true);
    const again = analyzeSheet(checked, { asOf: '2024-09-30' });
    expect(again.status === 'checked' ? again.columns.headerRows : null).toEqual([1]);
    expect(plan(checked).highlights).toEqual(first.highlights);
  });
});

describe('text in TaskLedger’s own 校验意见 column below the last row a person filled', () => {
  it('is left alone, so the table the next check sees is as long as this one', () => {
    const sheet: SheetSnapshot = { name: '台账', values: [['序号', 'Check notes', '完成状态', '年度完成情况', '序号'], [], [null, '123']], merges: [] };
    const first = plan(sheet);
    expect(first.blocks.every((b) => b.startRow + b.values.length - 1 <= 2)).toBe(true);
    const second = plan(applyToSnapshot(sheet, first));
    expect(second.statusColors).toEqual(first.statusColors);
    expect(second.blocks).toEqual(first.blocks);
  });
});
