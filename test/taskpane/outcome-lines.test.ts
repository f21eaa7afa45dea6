import type { CellValue } from '../../src/engine';
import { analyzeSheet } from '../../src/engine';
import { taskpaneMessages } from '../../src/i18n/taskpane-messages';
import { describeOutcome } from '../../src/taskpane/ui/outcome-lines';

const ledger = (extra: CellValue[][]) => analyzeSheet({
  name: '台账',
  values: [
    ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
    [1, '稳企业', '新增企业120家', '已新增80家', '市发改委', '按时推进'],
    ...extra,
  ],
  merges: [],
});

const shown = (analysis: ReturnType<typeof analyzeSheet>, locale: 'zh-CN' | 'en-US') =>
  describeOutcome({ kind: 'checked', result: { sheet: '台账', analysis, notesSkipped: 0, summarySheet: '汇总' } }, taskpaneMessages[locale], locale);

describe('the pane’s message after a check', () => {
  it('says that a second table with another header was not checked, and from which row', () => {
    const two = ledger([[], ['附表：各单位任务完成情况统计'], ['单位', '任务数', '已完成', '进展情况说明'], ['市发改委', 1, 0, '按计划推进']]);
    expect(shown(two, 'zh-CN').lines).toContain('第 5 行起是另一张表（表头不同），未检查；如需检查，请把它移到单独的工作表。');
    expect(shown(two, 'en-US').lines.join('\n')).toContain('starts at row 5 and was not checked');
    expect(shown(ledger([]), 'zh-CN').lines.join('\n')).not.toContain('另一张表');
  });
});
