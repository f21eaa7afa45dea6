import { FakeExcel, loadGrid } from '../../src/excel-fake';
import { checkSheet } from '../../src/excel';
import { describeCheck } from '../../src/excel/ui/describe';

describe('a second table with another header on the checked sheet', () => {
  test('the check says from which row it was not checked, in zh-CN and en-US', async () => {
    const excel = new FakeExcel({ apiMinor: 20 });
    loadGrid(excel, {
      name: '台账',
      values: [
        ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
        [1, '稳企业', '新增企业120家', '已新增80家', '市发改委', '按时推进'],
        [2, '促投资', '完成投资290亿元', '完成215亿元', '市发改委', '按时推进'],
        [],
        ['附表：各单位任务完成情况统计'],
        ['单位', '任务数', '已完成', '进展情况说明'],
        ['市发改委', 2, 0, '按计划推进'],
      ],
    });
    const out = await checkSheet(excel.host(), { now: new Date(2026, 10, 23, 9, 0) });
    expect(out.analysis.status === 'checked' ? out.analysis.columns.otherTableRow : undefined).toBe(6);
    expect(describeCheck(out, 'zh-CN').split('\n')).toContain('第 6 行起是另一张表（表头不同），未检查');
    expect(describeCheck(out, 'en-US')).toContain('Another table with a different header starts at row 6: not checked');
    // The second table is left as it was.
    expect([5, 6, 7, 8].map((col) => excel.state.sheet('台账')?.value(7, col))).toEqual(['', '', '', '']);
    expect(excel.state.sheet('台账')?.value(7, 4)).toBe('按计划推进');
  });
});
