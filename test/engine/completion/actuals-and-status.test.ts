import type { CellValue, CheckedSheet } from '../../../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../../src/engine';
import { progressActuals } from '../../../src/engine/completion/progress-actuals';
import { snapshot } from '../../support/snapshot';

function check(values: CellValue[][], options: Parameters<typeof analyzeSheet>[1] = {}): CheckedSheet {
  const a = analyzeSheet(snapshot(values, [], '台账'), options);
  if (a.status !== 'checked') throw new Error('skipped');
  return a;
}

describe('actuals carry the period they cover', () => {
  it.each([
    ['1-6月完成投资110.95亿元', '1-6月'],
    ['截至6月底，累计完成投资110亿元', '截至6月'],
    ['前三季度，全市完成投资80亿元', '前三季度'],
    ['完成投资110亿元', null],
  ])('%s → %s', (text, period) => {
    expect(progressActuals(text)[0]?.period ?? null).toBe(period);
  });
});

describe('序时进度 and status on a sheet', () => {
  const header = ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态', '完成率'];

  it('reads 序时进度 from the title, --as-of wins over it, and rows name their own period without either', () => {
    const rows: CellValue[][] = [header, [1, '投资', '完成投资100亿元', '1-6月完成投资65亿元', '市发改委', null, null]];
    const titled = check([['临江市重点工作进展情况（截至三季度）'], ...rows]);
    expect(titled.asOf).toMatchObject({ expected: 0.75, source: 'title' });
    expect(titled.judgements.get(3)?.computedStatus).toBe('进度滞后');
    const dated = check([['临江市重点工作进展情况（截至三季度）'], ...rows], { asOf: '2024-06-30' });
    expect(dated.asOf).toMatchObject({ expected: 0.5, source: 'as-of', date: '2024-06-30' });
    expect(dated.judgements.get(3)?.computedStatus).toBe('进度较快');
    const untitled = check(rows);
    expect(untitled.asOf).toBeNull();
    expect(untitled.judgements.get(2)?.asOf).toMatchObject({ expected: 0.5, source: 'row' });
    const named = check(rows, { fileName: '2024年1-8月重点工作台账.xlsx' });
    expect(named.asOf).toMatchObject({ expected: 8 / 12, source: 'file-name' });
  });

  it('fills empty status and ratio cells and keeps what a person wrote, flagging a contradiction', () => {
    const sheet: CellValue[][] = [
      header,
      [1, '甲', '完成投资100亿元', '完成投资90亿元', '市发改委', null, null],
      [2, '乙', '完成投资100亿元', '完成投资30亿元', '市发改委', '已完成', null],
      [3, '丙', '完成投资100亿元', '完成投资76亿元', '市发改委', '按时推进', '60%'],
      [4, '丁', '完成投资100亿元', '完成投资76亿元', '市发改委', null, '完成了'],
    ];
    const a = check(sheet, { asOf: '2024-09-30' });
    expect(a.judgements.get(2)).toMatchObject({ status: '进度较快', statusSource: 'computed' });
    expect(a.judgements.get(3)).toMatchObject({ status: '已完成', statusSource: 'stated', computedStatus: '进度滞后' });
    const codes = a.findings.map((f) => `${f.code}@${f.cell}`);
    expect(codes).toContain('status/inconsistent@F3');
    expect(codes).toContain('ratio/stated-mismatch@G4');
    expect(codes).toContain('ratio/invalid@G5');
    expect(codes).not.toContain('status/inconsistent@F4');

    const plan = buildWritePlan(a, new SheetModel(snapshot(sheet, [], '台账')), 'zh-CN');
    const status = plan.blocks.find((b) => b.col === 6);
    const ratio = plan.blocks.find((b) => b.col === 7);
    expect(status?.values.slice(0, 4)).toEqual(['进度较快', undefined, undefined, '按时推进']);
    expect(ratio?.values.slice(0, 4)).toEqual([0.9, 0.3, undefined, undefined]);
    expect(ratio?.numberFormat).toBe('0.0%');
  });

  it('overwrites stated values when asked, without flagging them', () => {
    const sheet: CellValue[][] = [header, [1, '乙', '完成投资100亿元', '完成投资30亿元', '市发改委', '已完成', '90%']];
    const a = check(sheet, { asOf: '2024-09-30', overwrite: true });
    expect(a.judgements.get(2)).toMatchObject({ status: '进度滞后', statusSource: 'computed' });
    expect(a.findings.map((f) => f.code)).not.toContain('status/inconsistent');
    const plan = buildWritePlan(a, new SheetModel(snapshot(sheet, [], '台账')), { locale: 'zh-CN', overwrite: true });
    expect(plan.blocks.find((b) => b.col === 6)?.values[0]).toBe('进度滞后');
    expect(plan.blocks.find((b) => b.col === 7)?.values[0]).toBe(0.3);
  });

  it('makes a task whose deadline has passed without a report of completion 进度滞后, whatever its ratio', () => {
    const a = check(
      [
        header,
        [1, '甲', '6月底前出台《临江市数据条例实施办法》', '已形成初稿，正在征求意见', '市数据局', null, null],
        [2, '乙', '年底前建成城市大脑平台', '平台已完成联调', '市数据局', null, null],
        [3, '丙', '6月底前出台《临江市养老服务办法》', '5月已印发《临江市养老服务办法》', '市民政局', null, null],
      ],
      { asOf: '2024-09-30' },
    );
    expect(a.judgements.get(2)).toMatchObject({ computedStatus: '进度滞后', statusReason: 'deadline-passed', deadlinePassed: true });
    expect(a.judgements.get(3)?.deadlinePassed).toBe(false);
    expect(a.judgements.get(4)).toMatchObject({ computedStatus: '已完成', deadlinePassed: false });
  });

  it('uses the status words the sheet already uses, 部分滞后 included', () => {
    const a = check(
      [
        ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'],
        [1, '新增学位3000个', '上半年新增学位1100个', '市教育局', null],
        [2, '新增床位1000张', '上半年新增床位480张', '市卫健委', '部分滞后'],
      ],
      { asOf: '2024-06-30' },
    );
    // 1100/3000 = 36.7% against 50%: 13 points behind → 部分滞后 (the sheet uses it)
    expect(a.judgements.get(2)?.computedStatus).toBe('部分滞后');
  });

  it('leaves a row without a ratio for a person to judge, and says so', () => {
    const a = check([header, [1, '甲', '打造5个高能级战略平台', '启动平台申报工作', '市发改委', null, null]], { asOf: '2024-09-30' });
    expect(a.judgements.get(2)).toMatchObject({ computedStatus: null, status: null });
    expect(a.findings.map((f) => f.code)).toContain('ratio/not-computable');
  });
});
