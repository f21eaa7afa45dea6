import { findNumbers } from '../../../src/engine/quantity';

/** [text, expected [matched text, value] in order] */
type Row = [string, [string, number][]];

function numbers(text: string): [string, number][] {
  return findNumbers(text).map((m) => [m.text, m.value]);
}

describe('findNumbers: quantity-numbers', () => {
  it.each<Row>([
    ['打造5个高能级战略平台', [['5', 5]]],
    ['整合到150个以内', [['150', 150]]],
    ['产业投资达到6000亿元以上', [['6000亿', 600000000000]]],
    ['集装箱吞吐量2900万TEU', [['2900万', 29000000]]],
    ['计划完成率达80.9%', [['80.9', 80.9]]],
    ['下降0.5个百分点', [['0.5', 0.5]]],
    ['日均使用量8万次', [['8万', 80000]]],
    ['改造提升老旧小区八百个', [['八百', 800]]],
    ['新增床位3000余张', [['3000', 3000]]],
    ['累计完成投资1,234.5亿元', [['1,234.5亿', 123450000000]]],
    ['全角数字１２３．５万元', [['１２３．５万', 1235000]]],
    ['惠及两千余户', [['两千', 2000]]],
    ['发放补贴一万二千人次', [['一万二千', 12000]]],
    ['惠及群众一万二', [['一万二', 12000]]],
    ['覆盖三分之一的乡镇', [['三分之一', 1 / 3]]],
    ['比重提高到百分之二十', [['二十', 20]]],
    ['建成5-10个示范区', [['5', 5], ['10', 10]]],
    ['用2年时间基本完成', [['2', 2]]],
    ['近一吨', [['一', 1]]],
    ['增长-3.2%', [['-3.2', -3.2]]],
    ['壹佰万元', [['壹佰万', 1000000]]],
  ])('%s', (text, expected) => {
    const got = numbers(text);
    expect(got.map(([t]) => t)).toEqual(expected.map(([t]) => t));
    got.forEach(([, v], i) => expect(v).toBeCloseTo(expected[i]?.[1] ?? NaN, 9));
  });

  it('reports exact UTF-16 spans', () => {
    const text = '1.全省开发区(园区)整合到150个以内。 2.打造5个高能级战略平台。';
    expect(findNumbers(text)).toEqual([
      { text: '150', start: 14, end: 17, value: 150 },
      { text: '5', start: 26, end: 27, value: 5 },
    ]);
    const emoji = '😀😀建成3个';
    expect(findNumbers(emoji)).toEqual([{ text: '3', start: 6, end: 7, value: 3 }]);
  });
});

describe('findNumbers: not quantities', () => {
  it.each<[string, string]>([
    ['plan names', '实施“十四五”规划，十三五期间，省“4+1”重大项目，“六个千亿”产业投资，两业融合，唱好“双城记”'],
    ['programme names unquoted', '六个千亿产业投资工程，数字经济“一号工程”，一地一站巡回宣传'],
    ['ordinals and phases', '开展第二批试点，地铁8号线一期、二期工程，第3季度，第18次协调例会'],
    ['batches counted from the front', '未来社区前两批试点'],
    ['bare years', '2021年目标，2020年是收官之年，2021-2025年'],
    ['months and periods', '1-8月，10月份，上半年，三季度，年底前，6月底，截至三季度'],
    ['dates', '9月3日，8月25日，2021年9月30日前，2021-09-30，2021.9.30，2021/9/30'],
    ['clock times', '20:00召开，会议于9:30开始'],
    ['document numbers', '浙政办发〔2021〕11号，浙委办发[2020]25号，(浙发改体改〔2019〕478 号)'],
    ['list markers', '1.全省 2.打造 （一）加强 (2)推进 ① 完善 一、总体要求 3、落实'],
    ['list marker before a date', '1.8月7日,印发。 2.9月3日,发放。 3.1-8月,全省'],
    ['editions and versions', '公告目录(2021版)，清单1.0版，(2.0版)'],
    ['titles', '印发《浙江省物流降本增效2021年度工作安排》《关于加快推进100个项目的意见》'],
    ['code names', '5G基站，PM2.5，G20峰会，“531X”工程，H7N9'],
    ['idioms with numerals', '一批项目，进一步加强，统一部署，一次性告知，新一轮，十分重要，一体化，之一'],
    ['sessions', '省十三届人大三次会议，十九届四中全会'],
    ['slogans', '增强“四个意识”，做到两个维护，五位一体'],
    ['vague spans', '三五年，二三十个，七八家'],
    ['Chinese-numeral year', '二〇二一年'],
    ['enumeration', '一是加强领导，二是完善机制'],
  ])('%s', (_label, text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it('keeps the quantity next to excluded numbers', () => {
    expect(numbers('1-8月,全省固定资产投资同比增长14%')).toEqual([['14', 14]]);
    expect(numbers('3.8月,我省2个区域、3家企业获批第二批国家两业融合试点')).toEqual([['2', 2], ['3', 3]]);
    expect(numbers('(浙政办发〔2021〕11号)明确新建5G基站1万个')).toEqual([['1万', 10000]]);
    expect(numbers('2021年新认定试点单位80家')).toEqual([['80', 80]]);
    expect(numbers('8号线二期建成3座车站')).toEqual([['3', 3]]);
  });
});
