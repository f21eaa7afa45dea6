import type { CellValue, CheckedSheet } from '../../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../src/engine';
import { CELL_MAX_CHARS, fitCellText } from '../../src/engine/plan/cell-limit';
import { snapshot } from '../support/snapshot';

function repeat(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

function analyze(values: CellValue[][]): { a: CheckedSheet; model: SheetModel } {
  const snap = snapshot(values, [], '台账');
  const a = analyzeSheet(snap);
  if (a.status !== 'checked') throw new Error('skipped');
  return { a, model: new SheetModel(snap) };
}

describe('what the plan writes fits in a cell', () => {
  it('cuts a text over 32,767 characters with an ellipsis, never inside a surrogate pair', () => {
    expect(fitCellText('短')).toBe('短');
    const long = fitCellText('x'.repeat(40000));
    expect(long).toHaveLength(CELL_MAX_CHARS);
    expect(long.endsWith('…')).toBe(true);
    const emoji = fitCellText(`${'a'.repeat(CELL_MAX_CHARS - 2)}😀😀`);
    expect(emoji.length).toBeLessThanOrEqual(CELL_MAX_CHARS);
    expect(emoji.endsWith('a…')).toBe(true);
  });

  it('keeps 校验意见 within 32,767 characters for targets and progress of 32,767 characters', () => {
    const target = repeat('新增高新技术企业120家；继续推进开发区优化提升，加快建设现代化基础设施体系；', CELL_MAX_CHARS);
    const progress = repeat('已新增高新技术企业80家，推进开发区优化提升；', CELL_MAX_CHARS);
    const { a, model } = analyze([
      ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
      [1, '任务一', target, progress, '市发改委', '按期推进'],
    ]);
    const plan = buildWritePlan(a, model, 'zh-CN');
    const comments = plan.columns.find((c) => c.key === 'comments');
    const block = plan.blocks.find((b) => b.col === comments?.col);
    const note = block?.values[0];
    expect(typeof note).toBe('string');
    expect(String(note).length).toBeLessThanOrEqual(CELL_MAX_CHARS);
    expect(String(note)).toContain('【警告】');
    for (const b of plan.blocks) for (const v of b.values) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(CELL_MAX_CHARS);
  });
});

describe('hidden columns', () => {
  it('never places a column TaskLedger adds in a hidden column', () => {
    const { a, model } = analyze([
      ['临江市重点工作进展情况（截至三季度）'],
      ['序号', '重点任务', '目标任务', '进展情况', '牵头单位'],
      [1, '任务一', '新增高新技术企业120家', '1-9月新增高新技术企业80家', '市发改委'],
    ]);
    const plain = buildWritePlan(a, model, 'zh-CN');
    expect(plain.columns.map((c) => c.letter)).toEqual(['F', 'G', 'H']);
    const hidden = buildWritePlan(a, model, { locale: 'zh-CN', hiddenColumns: [6, 8] });
    expect(hidden.columns.map((c) => c.letter)).toEqual(['G', 'I', 'J']);
  });
});
