import type { CellValue } from '../../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan, isOwnNote } from '../../src/engine';

const sheet = {
  name: '台账',
  values: [
    ['序号', '重点任务', '目标任务', '牵头单位', '进展情况', '进展状态'],
    [1, '稳企业', '新增企业120家', '', '已新增80家', '按期推进'],
    [2, '优环境', '持续优化营商环境', '市商务局', '持续推进', '按时推进'],
  ] as CellValue[][],
  merges: [],
};

function plan(locale: 'zh-CN' | 'en-US', notes?: boolean) {
  const a = analyzeSheet(sheet);
  if (a.status !== 'checked') throw new Error('not checked');
  return buildWritePlan(a, new SheetModel(sheet), { locale, ...(notes === undefined ? {} : { notes }) });
}

describe('notes in the write plan', () => {
  it('are off unless asked for', () => {
    expect(plan('zh-CN').notes).toEqual([]);
    expect(plan('zh-CN', false).notes).toEqual([]);
  });

  it('give each flagged cell one note: the mark, then a line per finding on it, in the user’s language', () => {
    const zh = plan('zh-CN', true).notes;
    expect(zh.map((n) => `${n.row},${n.col}`)).toEqual(['2,4', '2,5', '2,6', '3,3']);
    expect(zh[0]?.text.split('\n')).toEqual(['【台账助手】', expect.stringMatching(/^【错误】未填写牵头单位/u)]);
    expect(zh[2]?.text).toMatch(/^【台账助手】\n【警告】/u);
    const en = plan('en-US', true).notes;
    expect(en[0]?.text.split('\n')[0]).toBe('[TaskLedger]');
    expect(en.every((n) => isOwnNote(n.text))).toBe(true);
  });

  it('tells TaskLedger’s notes from a person’s by the mark', () => {
    expect(isOwnNote('【台账助手】\n【错误】…')).toBe(true);
    expect(isOwnNote('[TaskLedger]\n[Error] …')).toBe(true);
    expect(isOwnNote('请核实台账助手的意见')).toBe(false);
    expect(isOwnNote(null)).toBe(false);
  });
});
