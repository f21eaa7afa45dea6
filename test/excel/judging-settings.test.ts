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
      expected: null,
      thresholds: { aheadMargin: 0.2, tolerance: 0.08, partlyBehindMargin: 0.15 },
      overwrite: true,
      countBy: 'all',
      unitAliases: {},
      notes: false,
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

  it('judges against a typed 序时进度 over the one of the date or title, and says it was set', () => {
    expect(parseSettings({ pane: { expectedPercent: '75' } }).judging.expected).toBe(0.75);
    expect(parseSettings({ pane: { expectedPercent: ' 62.5％ ' } }).judging.expected).toBe(0.625);
    for (const bad of ['', 'abc', '120', '-5', 75]) expect(parseSettings({ pane: { expectedPercent: bad } }).judging.expected).toBeNull();
    const judge = (pane: Record<string, unknown>) => {
      const { analysis, plan } = analyzeSnapshot({
        locale: 'zh-CN', profile: null, overrides: {}, snapshot: sheet(null), judging: parseSettings({ pane }).judging,
      });
      const j = analysis.status === 'checked' ? analysis.judgements.get(2) : undefined;
      const comment = plan?.columns.find((c) => c.key === 'comments');
      return { status: j?.computedStatus, asOf: j?.asOf, comment: String(plan?.blocks.find((b) => b.col === comment?.col)?.values[0] ?? '') };
    };
    // 60% done: behind at September (75%), on track against a typed 60%, ahead against a typed 40%.
    expect(judge({ asOfDate: '2024-09-30' }).status).toBe('进度滞后');
    const set = judge({ asOfDate: '2024-09-30', expectedPercent: '60' });
    expect(set.status).toBe('按时推进');
    expect(set.asOf).toMatchObject({ expected: 0.6, source: 'set', month: 9, day: 30 });
    expect(set.comment).toContain('序时进度 60%（设定值，报告期2024-09-30）');
    const alone = judge({ expectedPercent: '40' });
    expect(alone.status).toBe('进度较快');
    expect(alone.asOf).toMatchObject({ expected: 0.4, source: 'set', text: '' });
    expect(alone.comment).toContain('序时进度 40%（设定值）');
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
