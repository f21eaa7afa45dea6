import type { CellValue } from '../../src/engine';
import { analyzeSnapshot, parseSettings } from '../../src/excel';

const sheet = (status: CellValue) => ({
  name: '台账',
  values: [
    ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
    [1, '投资', '完成投资100亿元', '完成投资60亿元', '市发改委', status],
  ] as CellValue[][],
  merges: [],
});

describe('the pane’s options reach the engine through the workbook settings', () => {
  it('reads the report date, margins (percent), overwrite and counting from "pane"', () => {
    const s = parseSettings({ locale: 'zh-CN', pane: { asOfDate: '2024-06-30', aheadMargin: 20, tolerance: 8, partlyBehindMargin: 15, overwrite: true, countAllUnits: true } });
    expect(s.judging).toEqual({
      asOf: '2024-06-30',
      thresholds: { aheadMargin: 0.2, tolerance: 0.08, partlyBehindMargin: 0.15 },
      overwrite: true,
      countBy: 'all',
      unitAliases: {},
    });
    expect(parseSettings({ pane: { asOfDate: '30/06/2024', aheadMargin: 400 } }).judging).toMatchObject({ asOf: null, thresholds: { aheadMargin: 0.1 } });
  });

  it('judges at the saved report date and overwrites only when asked', () => {
    const base = { locale: 'zh-CN' as const, profile: null, overrides: {} };
    const at = (asOf: string, overwrite: boolean) =>
      analyzeSnapshot({ ...base, snapshot: sheet('进度滞后'), judging: { ...parseSettings({ pane: { asOfDate: asOf, overwrite } }).judging } });
    const june = at('2024-06-30', false);
    const september = at('2024-09-30', false);
    const junei = june.analysis.status === 'checked' ? june.analysis.judgements.get(2) : undefined;
    const sepi = september.analysis.status === 'checked' ? september.analysis.judgements.get(2) : undefined;
    expect(junei?.computedStatus).toBe('按时推进');
    expect(sepi?.computedStatus).toBe('进度滞后');
    const statusCol = june.plan?.columns.find((c) => c.key === 'status');
    expect(june.plan?.blocks.find((b) => b.col === statusCol?.col)?.values[0]).toBeUndefined();
    const overwritten = at('2024-06-30', true);
    const col = overwritten.plan?.columns.find((c) => c.key === 'status')?.col;
    expect(overwritten.plan?.blocks.find((b) => b.col === col)?.values[0]).toBe('按时推进');
  });

  it('counts a unit under the name the pane’s aliases give it, in the summary', () => {
    const ledger = {
      name: '台账',
      values: [
        ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
        [1, '投资', '完成投资100亿元', '完成投资60亿元', '市数据局', '按时推进'],
        [2, '项目', '开工项目10个', '开工项目6个', '数据办', '按时推进'],
      ] as CellValue[][],
      merges: [],
    };
    const units = (unitAliases: string | undefined) => {
      const judging = parseSettings({ pane: unitAliases === undefined ? {} : { unitAliases } }).judging;
      const { plan } = analyzeSnapshot({ locale: 'zh-CN', profile: null, overrides: {}, snapshot: ledger, judging });
      const table = plan?.summarySheets[0]?.tables[0];
      return table?.rows.map((r) => r[0]);
    };
    expect(units(undefined)).toEqual(expect.arrayContaining(['市数据局', '数据办']));
    expect(units('数据办 = 市数据局\n无效的一行\n=缺别名')).toEqual(['市数据局']);
    expect(parseSettings({ pane: { unitAliases: '发改办＝市发改委\r\n发改局=市发改委' } }).judging.unitAliases).toEqual({ 市发改委: ['发改办', '发改局'] });
  });
});
