import { targetIndicators } from '../../../src/engine/completion/target-indicators';
import { taskCompletion } from '../../../src/engine/completion/task-completion';

const ratioOf = (target: string, progress: string) => taskCompletion(target, progress).ratio;

describe('completion: a target quantity matched with a reported actual', () => {
  it.each([
    // at least / reach
    ['完成投资290亿元', '1-6月完成投资110.95亿元', 0.3826],
    ['全年新增城镇就业8万人以上', '1-9月全市新增城镇就业6.2万人', 0.775],
    ['新建改造城市地下管网150公里', '已完成城市地下管网新建改造62公里', 0.4133],
    ['实际使用外资100亿美元', '1-9月实际使用外资71.6亿美元，同比增长3.2%', 0.716],
    // magnitudes converted: 万元 ↔ 亿元, 万吨 ↔ 吨
    ['完成农田水利投资5亿元', '已完成农田水利投资32000万元', 0.64],
    ['新增港口吞吐能力300万吨', '新增港口吞吐能力1500000吨', 0.5],
    // a rate level
    ['公共信用产品部门覆盖率90%', '部门覆盖率达81%', 0.9],
    // decrease by: decreases compared
    ['单位地区生产总值能耗下降3%', '全省单位地区生产总值能耗同比下降2.1%', 0.7],
    ['社会物流总费用占生产总值比重下降0.5个百分点', '社会物流总费用占生产总值比重比上年下降0.3个百分点', 0.6],
    // increase by: increases compared
    ['常住人口城镇化率提高0.8个百分点', '常住人口城镇化率为73.9%，比上年末提高0.4个百分点', 0.5],
    ['服务业增加值增长6%', '1-9月，全省服务业增加值同比增长5.4%', 0.9],
  ])('%s ← %s = %d', (target, progress, expected) => {
    expect(ratioOf(target, progress)).toBeCloseTo(expected, 3);
  });

  it('meets an at-most target at or under the limit, and gives no ratio over it', () => {
    expect(ratioOf('城镇调查失业率控制在5.5%以内', '9月末城镇调查失业率为4.9%')).toBe(1);
    expect(ratioOf('企业开办时间压缩至1个工作日以内', '企业开办平均用时0.9个工作日')).toBe(1);
    expect(ratioOf('全省开发区（园区）整合到120个以内', '全省开发区（园区）已整合至124个')).toBeNull();
  });

  it('averages several indicators by default and takes the lowest with min', () => {
    const target = '1.新增养老机构床位3000张。\n2.建成区域养老服务中心40个。';
    const progress = '1.新增养老机构床位2100张。\n2.建成区域养老服务中心32个。';
    expect(taskCompletion(target, progress).ratio).toBeCloseTo((0.7 + 0.8) / 2, 4);
    expect(taskCompletion(target, progress, 'min').ratio).toBeCloseTo(0.7, 4);
  });

  it('reads a numbered item that opens with its figure as that item, not as a decimal or as the previous item', () => {
    // "2.6个" after "1.…" is item 2 with six sites; its metric is its own words, not item 1's.
    const target = '1.新增养老机构床位3000张。 2.6个街道建成区域养老服务中心。';
    const c = taskCompletion(target, '1-9月新增养老机构床位2100张，4个街道建成区域养老服务中心');
    const quantities = c.indicators.flatMap((i) => (i.kind === 'quantity' ? [[i.quantity.text, i.metric.before, i.metric.after]] : []));
    expect(quantities).toEqual([['3000张', '养老机构床位', ''], ['6个', '', '街道建成区域养老服务中心']]);
    expect(c.ratio).toBeCloseTo((0.7 + 4 / 6) / 2, 4);
  });

  it('keeps evidence a person can verify', () => {
    const c = taskCompletion('完成综合交通投资290亿元', '1-9月完成综合交通投资215.3亿元');
    expect(c.evidence[0]).toMatchObject({ kind: 'pair', actual: '1-9月完成综合交通投资215.3亿元', target: '完成综合交通投资290亿元' });
  });
});

describe('completion: statements in the progress text', () => {
  it.each([
    ['全年产业投资达到6000亿元以上', '完成投资5422.2亿元，计划完成率达80.9%', 0.809],
    ['新增城镇就业8万人', '新增城镇就业6.2万人，完成年度目标的77.5%', 0.775],
    ['完成市重点项目投资420亿元', '1-6月完成市重点项目投资236.5亿元，占年度计划56.3%', 0.563],
    ['完成重点工程总投资80亿元', '已完成总投资的45%', 0.45],
    ['完成年度造林任务10万亩', '完成率为92%', 0.92],
  ])('%s ← %s = %d (stated)', (target, progress, expected) => {
    const c = taskCompletion(target, progress);
    expect(c.ratio).toBeCloseTo(expected, 4);
    expect(c.evidence[0]?.kind).toBe('stated-rate');
  });

  it('lets an explicit statement win over a computed pair, and keeps both as evidence', () => {
    const c = taskCompletion('全年产业投资达到6000亿元以上', '产业投资完成5422.2亿元，计划完成率达80.9%');
    expect(c.ratio).toBeCloseTo(0.809, 4);
    expect(c.evidence.map((e) => e.kind)).toEqual(['stated-rate', 'pair']);
  });

  it('reads 超额完成 and 已完成 as done', () => {
    expect(taskCompletion('新增市级美丽河湖5条', '已超额完成年度任务').ratio).toBe(1);
    expect(taskCompletion('“一网通办”覆盖率达到95%以上', '“一网通办”覆盖率达到96.2%，提前完成年度目标').ratio).toBeCloseTo(1.0126, 4);
    expect(taskCompletion('粮食播种面积稳定在1500万亩以上', '全年粮食播种面积1508.6万亩，已全面完成').statedDone).toBe(true);
  });

  it('ignores a stated rate about something the target does not name', () => {
    const c = taskCompletion('临江都市圈经济总量占全省比重达23%', '1-8月，都市圈重大项目完成投资2220亿元，完成年度计划的74.2%');
    expect(c.ratio).toBeNull();
  });

  it('does not take other rates for a completion rate', () => {
    expect(taskCompletion('建设高标准农田20万亩', '工程验收合格率达100%').ratio).toBeNull();
  });
});

describe('completion: documents and milestones', () => {
  it('counts an issued document as done and a draft as no ratio', () => {
    expect(ratioOf('出台《临江市低空经济发展行动方案》', '3月已印发《临江市低空经济发展行动方案》')).toBe(1);
    expect(ratioOf('出台《临江市低空经济发展行动方案》', '《临江市低空经济发展行动方案》已正式印发实施')).toBe(1);
    expect(ratioOf('编制《江川省“十五五”规划基本思路》', '已形成《江川省“十五五”规划基本思路》初稿，正在征求意见')).toBeNull();
    expect(ratioOf('出台《临江市低空经济发展行动方案》', '拟印发《临江市低空经济发展行动方案》')).toBeNull();
  });

  it('counts a reported milestone of the same object as done', () => {
    expect(ratioOf('年底前建成城市大脑平台并上线运行', '城市大脑平台已建成并上线运行')).toBe(1);
    expect(ratioOf('完成市第三人民医院迁建工程主体结构封顶', '主体结构已于5月封顶，进入内部装修阶段')).toBe(1);
    expect(ratioOf('建成省公共数据平台二期并投运', '省公共数据平台二期已完成系统联调，计划11月上线试运行')).toBeNull();
  });
});

describe('completion: no credible pair, no ratio', () => {
  it.each([
    ['a different metric with the same unit', '新认定省级两业融合试点单位80家', '649家物流企业参与电力直接交易试点'],
    ['a different unit family', '完成投资290亿元', '新开工项目42个'],
    ['a plan, not a result', '完成投资290亿元', '计划完成投资300亿元'],
    ['an application, not a result', '新认定省级试点单位80家', '各地申报省级试点单位95家'],
    ['a growth rate against a level target', '居民人均可支配收入达到6万元', '居民人均可支配收入同比增长5.8%'],
    ['no figure at all', '打造5个高能级战略平台', '启动高能级战略平台申报工作'],
    ['an empty progress', '完成投资290亿元', ''],
  ])('%s', (_why, target, progress) => {
    expect(ratioOf(target, progress)).toBeNull();
  });
});

describe('completion: comparisons, levels reached and articles', () => {
  it('does not take a figure below a benchmark for one above it', () => {
    expect(ratioOf('舟山群岛新区GDP增速高于全省GDP增速2个百分点', '上半年舟山群岛新区GDP增速低于全省GDP增速0.2个百分点')).toBeNull();
    expect(ratioOf('海洋经济增加值增速高于全省GDP增速1个百分点', '海洋经济增加值增速高于全省GDP增速0.8个百分点')).toBeCloseTo(0.8, 4);
  });

  it('reads 不少于 as a floor, not as a comparison', () => {
    expect(ratioOf('开展宣传活动全省不少于11场', '全省已开展宣传活动15场')).toBeCloseTo(15 / 11, 4);
  });

  it('reads 提高到 as a level to reach, not an increase', () => {
    expect(ratioOf('非化石能源占一次能源比重提高到20.8%', '非化石能源占一次能源比重提高到20.3%')).toBeCloseTo(20.3 / 20.8, 4);
  });

  it('does not measure 一 used as an article ("一次能源")', () => {
    const quantities = (text: string) =>
      targetIndicators(text).filter((i) => i.kind === 'quantity').map((i) => (i.kind === 'quantity' ? i.quantity.text : ''));
    expect(quantities('非化石能源占一次能源比重提高到20.8%')).toEqual(['20.8%']);
    expect(quantities('建设一个综合服务中心，新增床位1张')).toEqual(['1张']);
  });
});
