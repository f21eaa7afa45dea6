import type { CellValue } from '../../src/engine';
import { DEFAULT_PROFILE, SheetModel } from '../../src/engine';
import { detectHeader } from '../../src/engine/header/detect-header';
import { snapshot } from '../support/snapshot';

function detect(values: CellValue[][], merges: string[] = [], overrides = {}) {
  const result = detectHeader(new SheetModel(snapshot(values, merges)), DEFAULT_PROFILE, overrides);
  if (!result.ok) throw new Error('no header');
  return result.profile;
}

function letters(values: CellValue[][], merges: string[] = []) {
  const p = detect(values, merges);
  return Object.fromEntries(Object.values(p.roles).map((r) => [r?.role, r?.letter]));
}

describe('header detection', () => {
  it('skips a merged title row and reads the provincial header with spaces inside names', () => {
    const p = detect(
      [
        ['某省发展改革委重点工作进展情况（截至三季度）'],
        ['序号', '重大任务', '目标体系', '工作 体系', '政策\n体系', '进展情况', '工作计划', '责任处室'],
        ['2024年目标'],
        [1, '任务', '目标', '', '', '进展', '', '地区处'],
      ],
      ['A1:H1', 'A3:H3'],
    );
    expect(p.headerRow).toBe(2);
    expect(p.headerRows).toEqual([2]);
    expect(p.dataStartRow).toBe(3);
    expect(p.lastColumn).toBe(8);
    expect(p.roles.seq?.letter).toBe('A');
    expect(p.roles.task?.letter).toBe('B');
    expect(p.roles.target?.letter).toBe('C');
    expect(p.roles.progress?.letter).toBe('F');
    expect(p.roles.plan?.letter).toBe('G');
    expect(p.roles.lead?.letter).toBe('H');
    expect(p.columns.find((c) => c.col === 4)?.role).toBe('measures');
    expect(p.roles.task?.confidence).toBe(1);
  });

  it('ignores full-width characters and line breaks in header text', () => {
    expect(letters([['序　号', '主要工作\n任务', '进展情况', '牵头部门', '进展状态']])).toEqual({
      seq: 'A', task: 'B', progress: 'C', lead: 'D', status: 'E',
    });
  });

  it('reads a two-row header with a group cell over sub-headers', () => {
    const p = detect(
      [
        ['序号', '重点任务', '目标任务', '责任单位', null, '进展情况', '完成率'],
        [null, null, null, '牵头单位', '配合单位', null, null],
        [1, '任务', '目标', '市发改委', '市财政局', '进展', 0.5],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2'],
    );
    expect(p.headerRows).toEqual([1, 2]);
    expect(p.dataStartRow).toBe(3);
    expect(p.roles.lead?.letter).toBe('D');
    expect(p.roles.coop?.letter).toBe('E');
    expect(p.roles.target?.letter).toBe('C');
    expect(p.roles.ratio?.letter).toBe('G');
  });

  it('maps the city annual table (目标名称 is the task, 年度完成工作量 the ratio)', () => {
    expect(letters([['序号', '目标名称', '考核指标', '年度完成情况', '年度完成工作量']])).toEqual({
      seq: 'A', task: 'B', target: 'C', progress: 'D', ratio: 'E',
    });
  });

  it('gives a lower confidence to a header that only contains a synonym', () => {
    const p = detect([['序号', '重点任务', '牵头单位（部门）']]);
    expect(p.roles.lead?.letter).toBe('C');
    expect(p.roles.lead?.confidence).toBeLessThan(1);
    expect(p.roles.lead?.confidence).toBeGreaterThan(0.5);
  });

  it('keeps unknown columns unmapped and finds the table edge', () => {
    const p = detect([['序号', '联系人', '重点任务', '联系电话', '牵头单位', '督办级别']]);
    expect(p.columns.filter((c) => c.role === null).map((c) => c.letter)).toEqual(['B', 'D', 'F']);
    expect(p.lastColumn).toBe(6);
  });

  it('finds a header far down the sheet', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 29; i++) rows.push([i === 0 ? '说明：本表由各单位填报' : null]);
    rows.push(['序号', '重点任务', '牵头单位']);
    expect(detect(rows).headerRow).toBe(30);
  });

  it('excludes TaskLedger’s own 校验意见 column from the roles', () => {
    const p = detect([['序号', '重点任务', '牵头单位', '校验意见']]);
    expect(p.commentsColumn).toBe(4);
    expect(p.lastColumn).toBe(3);
  });

  it('applies user overrides, moving a role and freeing the column it took', () => {
    const p = detect([['序号', '重点任务', '单位', '牵头单位']], [], { lead: 3 });
    expect(p.roles.lead).toMatchObject({ letter: 'C', source: 'override', confidence: 1 });
    expect(p.columns.find((c) => c.col === 4)?.role).toBeNull();
  });

  it('reports the headers it looked for when there is none', () => {
    const result = detectHeader(
      new SheetModel(snapshot([['今天天气'], ['一些文字', 12, 3]])),
      DEFAULT_PROFILE,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.lookedFor).toContain('重点任务');
      expect(result.lookedFor).toContain('牵头单位');
    }
  });

  it('does not take a title mentioning 进展情况 for a header', () => {
    const p = detect([['重点工作进展情况', null, null], ['序号', '重点工作', '责任单位']], ['A1:C1']);
    expect(p.headerRow).toBe(2);
  });
});
