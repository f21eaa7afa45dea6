import { FakeExcel, dumpSheet, dumpWorkbook, loadGrid } from '../../src/excel-fake';
import type { GridValue } from '../../src/excel-fake/grid';
import { checkSheet, revertLast } from '../../src/excel';

const NOW = new Date(2026, 10, 23, 9, 30);

/**
 * A small ledger: row 3's progress gives no figure to compute with (E3, info), row 4 has no lead unit
 * (D4, error), row 5 a target that cannot be assessed (C5, warning).
 */
function workbook(options: { notes?: Record<string, string>; writeNotes?: boolean; apiMinor?: number } = {}): FakeExcel {
  const excel = new FakeExcel({ apiMinor: options.apiMinor ?? 20 });
  const values: GridValue[][] = [
    ['临江市重点工作进展情况（截至三季度）'],
    ['序号', '重点任务', '目标任务', '牵头单位', '进展情况', '进展状态'],
    [1, '稳企业', '新增企业120家', '市发改委', '已新增80家', '按时推进'],
    [2, '促投资', '完成投资290亿元', '', '完成215亿元', '按时推进'],
    [3, '优环境', '持续优化营商环境', '市商务局', '持续推进', '按时推进'],
  ];
  loadGrid(excel, { name: '台账', values, merges: ['A1:F1'], notes: options.notes ?? {} });
  excel.state.settings.set('taskledger.settings', JSON.stringify({ pane: { writeNotes: options.writeNotes ?? true } }));
  return excel;
}

const notesOf = (excel: FakeExcel): Record<string, string> => dumpSheet(excel, '台账')?.notes ?? {};

describe('notes on flagged cells (the pane’s “write notes”)', () => {
  test('each flagged cell gets a note saying why; a person’s note stays; revert restores the workbook exactly', async () => {
    const excel = workbook({ notes: { C5: '这是处室自己写的批注' } });
    const before = dumpWorkbook(excel);
    const out = await checkSheet(excel.host(), { now: NOW });
    const notes = notesOf(excel);
    expect(notes.D4?.split('\n')).toEqual(['【台账助手】', expect.stringMatching(/^【错误】未填写牵头单位/u)]);
    expect(notes.C5).toBe('这是处室自己写的批注');
    expect(Object.keys(notes).sort()).toEqual(['C5', 'D4', 'E3']);
    expect(notes.E3?.startsWith('【台账助手】\n【提示】')).toBe(true);
    expect(out.applied?.notesWritten).toBeGreaterThan(0);
    // Revert puts the workbook back exactly, the person's note included.
    await revertLast(excel.host());
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('a second check changes nothing on the ledger and its summary', async () => {
    const excel = workbook({ notes: { C5: '这是处室自己写的批注' } });
    await checkSheet(excel.host(), { now: NOW });
    const sheets = () => ['台账', '汇总'].map((name) => dumpSheet(excel, name));
    const first = sheets();
    await checkSheet(excel.host(), { now: NOW });
    expect(sheets()).toEqual(first);
  });

  test('a note of an earlier check goes when its problem is fixed, and comes back with the revert', async () => {
    const excel = workbook();
    await checkSheet(excel.host(), { now: NOW });
    expect(Object.keys(notesOf(excel))).toContain('D4');
    excel.state.sheet('台账')?.setValue(4, 4, '市财政局');
    const fixed = dumpSheet(excel, '台账');
    await checkSheet(excel.host(), { now: NOW });
    expect(Object.keys(notesOf(excel))).not.toContain('D4');
    await revertLast(excel.host());
    expect(dumpSheet(excel, '台账')).toEqual(fixed);
  });

  test('switched off, the next check removes TaskLedger’s notes and leaves a person’s', async () => {
    const excel = workbook({ notes: { B3: '备注：已与省厅对接' } });
    await checkSheet(excel.host(), { now: NOW });
    expect(Object.keys(notesOf(excel)).sort()).toEqual(['B3', 'C5', 'D4', 'E3']);
    excel.state.settings.set('taskledger.settings', JSON.stringify({ pane: { writeNotes: false } }));
    await checkSheet(excel.host(), { now: NOW });
    expect(notesOf(excel)).toEqual({ B3: '备注：已与省厅对接' });
  });

  test('off by default: no note is written', async () => {
    const excel = workbook();
    excel.state.settings.delete('taskledger.settings');
    await checkSheet(excel.host(), { now: NOW });
    expect(notesOf(excel)).toEqual({});
  });

  test('below ExcelApi 1.18 the notes are counted as not written, and nothing else changes', async () => {
    const excel = workbook({ apiMinor: 17 });
    const out = await checkSheet(excel.host(), { now: NOW });
    expect(notesOf(excel)).toEqual({});
    expect(out.applied?.notesSkipped).toBe(3);
  });
});
