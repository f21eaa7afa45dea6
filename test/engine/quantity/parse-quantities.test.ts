import { parseQuantities } from '../../../src/engine/quantity';
import type { Quantity } from '../../../src/engine/quantity';

type Expect = Partial<Quantity> & { text: string };

function only(text: string): Quantity {
  const qs = parseQuantities(text);
  expect(qs).toHaveLength(1);
  const q = qs[0];
  if (!q) throw new Error('no quantity');
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

describe('parseQuantities: values, units and kinds', () => {
  it.each<[string, Expect]>([
    ['投资6000亿元', { text: '6000亿元', value: 600000000000, unit: '元', kind: 'amount' }],
    ['补助1.65亿元', { text: '1.65亿元', value: 165000000, unit: '元', kind: 'amount' }],
    ['降低成本772.5万元', { text: '772.5万元', value: 7725000, unit: '元', kind: 'amount' }],
    ['利用外资50亿美元', { text: '50亿美元', value: 5000000000, unit: '美元', kind: 'amount' }],
    ['贷款8亿元人民币', { text: '8亿元人民币', value: 800000000, unit: '元', kind: 'amount' }],
    ['吞吐量2900万TEU', { text: '2900万TEU', value: 29000000, unit: 'TEU', kind: 'measure' }],
    ['吞吐量3000万标箱', { text: '3000万标箱', value: 30000000, unit: 'TEU', kind: 'measure' }],
    ['产能30万吨/年', { text: '30万吨/年', value: 300000, unit: '吨/年', kind: 'measure' }],
    ['淘汰35蒸吨/小时以下燃煤锅炉', { text: '35蒸吨/小时', value: 35, unit: '蒸吨/小时', kind: 'measure' }],
    ['新增装机5万千瓦', { text: '5万千瓦', value: 50000, unit: '千瓦', kind: 'measure' }],
    ['用电量2.5亿度', { text: '2.5亿度', value: 250000000, unit: '度', kind: 'measure' }],
    ['发电量1.2亿千瓦时', { text: '1.2亿千瓦时', value: 120000000, unit: '千瓦时', kind: 'measure' }],
    ['节能10万吨标准煤', { text: '10万吨标准煤', value: 100000, unit: '吨标准煤', kind: 'measure' }],
    ['新建改造管网120公里', { text: '120公里', value: 120, unit: '公里', kind: 'measure' }],
    ['新建雨污分流管网4500延米', { text: '4500延米', value: 4500, unit: '延米', kind: 'measure' }],
    ['新打抗旱机井25眼', { text: '25眼', value: 25, unit: '眼', kind: 'count' }],
    ['新建过路涵洞12孔', { text: '12孔', value: 12, unit: '孔', kind: 'count' }],
    ['购置设备30台套', { text: '30台套', value: 30, unit: '台套', kind: 'count' }],
    ['新打抗旱机电井15口', { text: '15口', value: 15, unit: '口', kind: 'count' }],
    ['新增标准机架5000架', { text: '5000架', value: 5000, unit: '架', kind: 'count' }],
    ['新增智能算力2000PFlops以上', { text: '2000PFlops', value: 2000, unit: 'PFlops', kind: 'measure' }],
    ['算力总规模突破5EFLOPS', { text: '5EFLOPS', value: 5, unit: 'EFlops', kind: 'measure' }],
    ['整治面积3.5平方公里', { text: '3.5平方公里', value: 3.5, unit: '平方公里', kind: 'measure' }],
    ['建成高标准农田80万亩', { text: '80万亩', value: 800000, unit: '亩', kind: 'measure' }],
    ['造林1.2万公顷', { text: '1.2万公顷', value: 12000, unit: '公顷', kind: 'measure' }],
    ['改造老旧小区800个', { text: '800个', value: 800, unit: '个', kind: 'count' }],
    ['改造提升老旧小区八百个', { text: '八百个', value: 800, unit: '个', kind: 'count' }],
    ['新认定试点单位80家', { text: '80家', value: 80, unit: '家', kind: 'count' }],
    ['推进67项具体工作任务', { text: '67项', value: 67, unit: '项', kind: 'count' }],
    ['培训10万人次', { text: '10万人次', value: 100000, unit: '人次', kind: 'count' }],
    ['新增养老床位3000张', { text: '3000张', value: 3000, unit: '张', kind: 'count' }],
    ['新增公办幼儿园20所', { text: '20所', value: 20, unit: '所', kind: 'count' }],
    ['新能源公交车500辆', { text: '500辆', value: 500, unit: '辆', kind: 'count' }],
    ['建成5G基站1万个', { text: '1万个', value: 10000, unit: '个', kind: 'count' }],
    ['日均使用量8万次', { text: '8万次', value: 80000, unit: '次', kind: 'count' }],
    ['增长14%', { text: '14%', value: 14, unit: '%', kind: 'rate' }],
    ['保留率１００％', { text: '１００％', value: 100, unit: '%', kind: 'rate' }],
    ['提高到百分之二十五', { text: '百分之二十五', value: 25, unit: '%', kind: 'rate' }],
    ['下降0.5个百分点', { text: '0.5个百分点', value: 0.5, unit: '个百分点', kind: 'rate' }],
    ['翻了2倍', { text: '2倍', value: 2, unit: '倍', kind: 'rate' }],
    ['七成以上', { text: '七成', value: 7, unit: '成', kind: 'rate' }],
    ['人口自然增长率千分之五', { text: '千分之五', value: 5, unit: '‰', kind: 'rate' }],
    ['办理时限压缩至3个工作日', { text: '3个工作日', value: 3, unit: '个工作日', kind: 'duration' }],
    ['用2年时间', { text: '2年', value: 2, unit: '年', kind: 'duration' }],
    ['30天内办结', { text: '30天', value: 30, unit: '天', kind: 'duration' }],
    ['用两个半月', { text: '两个半月', value: 2.5, unit: '个月', kind: 'duration' }],
    ['缴获近一吨', { text: '一吨', value: 1, unit: '吨', kind: 'measure' }],
    ['一吨半', { text: '一吨半', value: 1.5, unit: '吨', kind: 'measure' }],
    ['价格¥300', { text: '¥300', value: 300, unit: '元', kind: 'amount' }],
    ['单价50元6角三分', { text: '50元6角三分', value: 50.63, unit: '元', kind: 'amount' }],
  ])('%s', (text, expected) => {
    const q = only(text);
    expect(q).toMatchObject({ ...expected, value: expect.closeTo(expected.value ?? NaN, 9) });
  });

  it('reports offsets in the input', () => {
    const text = '1.1-8月,“六个千亿”产业投资项目共有2154个项目完成投资5422.2亿元,计划完成率达80.9%。';
    expect(parseQuantities(text).map((q) => [q.text, q.start, q.end])).toEqual([
      ['2154个', 21, 26], ['5422.2亿元', 32, 40], ['80.9%', 47, 52],
    ]);
  });
});

describe('parseQuantities: qualifiers', () => {
  it.each<[string, Quantity['qualifier']]>([
    ['达到6000亿元以上', 'atLeast'], ['不低于10%', 'atLeast'], ['不少于50家', 'atLeast'],
    ['整合到150个以内', 'atMost'], ['控制在3%以内', 'atMost'], ['不超过20天', 'atMost'], ['降至5万吨以下', 'atMost'],
    ['100个左右', 'about'], ['约20亿元', 'about'], ['超过10万人', 'over'], ['突破180亿元', 'over'],
    ['达到100个', 'reach'], ['达24%', 'reach'], ['近一吨', 'nearly'], ['3000余张', 'more'], ['1000多家', 'more'],
    ['力争全省社会物流总费用占生产总值比重比上年下降0.5个百分点', 'strive'], ['3年内', 'atMost'],
    ['不足5%', 'under'], ['建成80家', null],
  ])('%s -> %s', (text, qualifier) => {
    expect(only(text).qualifier).toBe(qualifier);
  });
});

describe('parseQuantities: ranges', () => {
  it.each<[string, string, number, number]>([
    ['建成5-10个', '5-10个', 5, 10], ['建成5至10个', '5至10个', 5, 10], ['建成5~10个', '5~10个', 5, 10],
    ['投资20-30万元', '20-30万元', 200000, 300000], ['增长5%-8%', '5%-8%', 5, 8], ['三至五年', '三至五年', 3, 5],
    ['提高2—3个百分点', '2—3个百分点', 2, 3],
  ])('%s', (text, span, min, max) => {
    const q = only(text);
    expect(q.text).toBe(span);
    expect(q.range).toEqual({ min, max });
    expect(q.value).toBe(max);
  });
});

describe('parseQuantities: a bare 百 or 千 with 万/亿 and a currency is an amount', () => {
  it.each<[string, string, number]>([
    ['基金实缴规模突破百亿元', '百亿元', 1e10],
    ['实现产值千亿元', '千亿元', 1e11],
    ['投资千万元以上', '千万元', 1e7],
    ['争取百亿美元外资', '百亿美元', 1e10],
  ])('%s -> %s', (text, expected, value) => {
    const q = only(text);
    expect(q).toMatchObject({ text: expected, unit: expected.endsWith('美元') ? '美元' : '元', kind: 'amount' });
    expect(q.value).toBeCloseTo(value, 0);
  });

  it.each(['千亿元级产业集群', '百亿级企业', '千万工程', '百万人口大县', '启动百万亩国土绿化行动', '千万吨级港口', '百姓满意'])('not in %s', (text) => {
    expect(parseQuantities(text)).toEqual([]);
  });
});

describe('parseQuantities: not quantities', () => {
  it.each([
    '2021年', '1-8月', '9月3日', '第二批', '一期工程', '8号线', '第3季度', '上半年', '三季度', '年底前', '6月底',
    '浙政办发〔2021〕11号', '[2020]25号', '(2021版)', '“十四五”', '“4+1”', '“六个千亿”', '两业融合', '双城记', '一号工程',
    '一地一站', '一批项目', '5G基站', '十三届人大三次会议', '建党100周年', '八八战略', '三年行动计划', '60岁以上老人', '20时', '一孔之见', '着眼长远', '一眼望去', '签订框架协议', '三口之家', '一口价',
  ])('%s', (text) => {
    const qs = parseQuantities(text).filter((q) => q.unit !== '岁');
    expect(qs).toEqual([]);
  });

  it('keeps counts that only look like idioms', () => {
    expect(only('召开3次会议').text).toBe('3次');
    expect(only('新建3个健康驿站').text).toBe('3个');
    expect(only('3个区域').text).toBe('3个');
  });
});
