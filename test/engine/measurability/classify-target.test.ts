import { classifyTarget } from '../../../src/engine/measurability';
import type { MeasurableKind, UnmeasurableReason } from '../../../src/engine/measurability';

/** [target, kinds that must be present] — written in the style of real ledgers, not copied from them. */
const MEASURABLE: [string, MeasurableKind[]][] = [
  ['全市工业园区整合到80个以内', ['quantity']],
  ['培育3个千亿级先进制造业集群', ['quantity']],
  ['新增高新技术企业1200家以上', ['quantity']],
  ['全年完成重点项目投资3500亿元', ['quantity']],
  ['港口集装箱吞吐量达到1800万标箱', ['quantity']],
  ['新增城镇就业八万人', ['quantity']],
  ['建设改造农村公路一千公里', ['quantity']],
  ['新建5G基站1.5万个，实现乡镇以上区域连续覆盖', ['quantity']],
  ['创建省级示范村100个左右', ['quantity']],
  ['新增光伏装机容量50万千瓦', ['quantity']],
  ['淘汰落后产能涉及企业不少于200家', ['quantity']],
  ['推动5-8家企业在境内外上市', ['quantity']],
  ['累计培训农村劳动力3万人次', ['quantity']],
  ['研发经费支出占生产总值比重达到3%', ['rate']],
  ['单位生产总值能耗下降3.5%左右', ['rate']],
  ['城镇调查失业率控制在5.5%以内', ['rate']],
  ['服务业增加值占比提高1个百分点', ['rate']],
  ['数字经济核心产业增加值增长百分之十五', ['rate']],
  ['农村居民人均可支配收入增速高于城镇居民0.5个百分点', ['rate']],
  ['外贸出口规模达到2019年的1.2倍', ['rate']],
  ['政务服务事项网上可办率100%', ['rate', 'absolute']],
  ['出台《关于促进民营经济高质量发展的若干意见》', ['deliverable']],
  ['制定实施全省氢能产业发展行动方案', ['deliverable']],
  ['编制完成国土空间总体规划', ['deliverable']],
  ['研究出台支持企业上市的政策措施实施细则', ['deliverable']],
  ['印发实施数字乡村建设指南', ['deliverable']],
  ['发布年度重点产业链招商目录', ['deliverable']],
  ['制订全市养老服务设施布局专项规划', ['deliverable']],
  ['《城市更新条例》提请省人大常委会审议通过', ['deliverable']],
  ['杭州西站枢纽建成投运', ['milestone']],
  ['沿海高铁温州段开工建设', ['milestone']],
  ['城市大脑2.0版上线运行', ['milestone']],
  ['建成省级数据共享交换平台', ['milestone']],
  ['亚运场馆全部完工并通过验收', ['milestone']],
  ['六横公路大桥实现主线贯通', ['milestone']],
  ['省药品检验研究院新址竣工', ['milestone']],
  ['完成老旧管网改造', ['milestone']],
  ['自贸试验区联动创新区挂牌运行', ['milestone']],
  ['举办世界互联网大会数字经济论坛', ['milestone']],
  ['海上风电项目实现全容量并网', ['milestone']],
  ['实现5G网络行政村全覆盖', ['absolute']],
  ['存量问题动态清零', ['absolute']],
  ['城乡生活垃圾实现零增长、零填埋', ['absolute']],
  ['彻底消除城区黑臭水体', ['absolute']],
  ['确保不发生重大安全生产事故', ['absolute']],
  ['困难群众应保尽保', ['absolute']],
  ['年底前出台全省统一的企业投资项目审批办法', ['deadline', 'deliverable']],
  ['6月底前完成全部整改任务', ['deadline']],
  ['2022年9月30日前建成投用', ['deadline']],
  ['三季度前完成省级平台开发并上线', ['deadline', 'milestone']],
  ['3个月内办结信访积案', ['deadline']],
  ['1.全省开发区整合到120个以内。 2.打造4个高能级平台。', ['quantity']],
  ['（1）新建公共充电桩2000个；（2）出台充电设施建设运营管理办法。', ['quantity', 'deliverable']],
  ['①城镇化率提高0.8个百分点 ②建成未来社区50个', ['rate', 'quantity']],
  ['推进城市有机更新，改造老旧小区六百个', ['quantity']],
  ['加快推进高速公路建设，新增里程200公里', ['quantity']],
  ['持续深化“最多跑一次”改革，企业开办时间压缩至1个工作日', ['quantity']],
  ['完善社会信用体系。公共信用产品年调用量达到1亿次，部门覆盖率95%。', ['quantity', 'rate']],
];

const NOT_MEASURABLE: [string, UnmeasurableReason][] = [
  ['继续推进开发区整合提升', 'directional-only'],
  ['加快建设现代化基础设施体系', 'directional-only'],
  ['深化国资国企改革', 'directional-only'],
  ['持续优化营商环境，大力弘扬企业家精神', 'directional-only'],
  ['强化科技创新策源功能', 'directional-only'],
  ['健全现代流通体系，促进消费提质扩容', 'directional-only'],
  ['稳步推进农村宅基地制度改革试点', 'directional-only'],
  ['积极稳妥推进碳达峰碳中和', 'directional-only'],
  ['加快建成', 'directional-only'],
  ['开展第二批试点', 'directional-only'],
  ['全面实施“十四五”规划', 'directional-only'],
  ['贯彻落实《浙江省民营企业发展促进条例》', 'directional-only'],
  ['打造一个高效协同的整体政府', 'directional-only'],
  ['建立健全省级协调推进机制', 'directional-only'],
  ['基本建成以信用为基础的新型监管机制', 'no-criterion'],
  ['十四五规划', 'no-criterion'],
  ['确保固定资产投资增速与经济增速基本同步', 'comparison-only'],
  ['民间投资增速快于全部投资增速', 'comparison-only'],
  ['居民收入增长与经济增长基本同步', 'comparison-only'],
  ['实施一批打基础利长远的重大项目', 'vague-quantity'],
  ['谋划推进若干重大改革举措', 'vague-quantity'],
  ['唱好“双城记”，实施“六个千亿”产业投资工程', 'directional-only'],
  ['推进“4+1”重大项目建设计划', 'directional-only'],
  ['深入实施数字经济“一号工程”', 'directional-only'],
  ['开展“一地一站”巡回宣传活动', 'directional-only'],
  ['加强小城市培育，促进城乡协调发展', 'directional-only'],
  ['全面推进乡村振兴，加快农业农村现代化', 'directional-only'],
  ['   ', 'empty'],
  ['', 'empty'],
];

describe('classifyTarget: measurable targets', () => {
  it.each(MEASURABLE)('%s', (text, kinds) => {
    const m = classifyTarget(text);
    expect(m.measurable).toBe(true);
    expect(m.reason).toBeNull();
    for (const k of kinds) expect(m.kinds).toContain(k);
    for (const e of m.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('classifyTarget: not measurable', () => {
  it.each(NOT_MEASURABLE)('%s', (text, reason) => {
    const m = classifyTarget(text);
    expect(m.measurable).toBe(false);
    expect(m.evidence).toEqual([]);
    expect(m.reason).toBe(reason);
  });

  it('names the directional verbs it found', () => {
    expect(classifyTarget('继续推进开发区优化提升').directionalVerbs).toEqual(['推进', '优化', '提升']);
    expect(classifyTarget('打造5个平台').directionalVerbs).toEqual([]);
  });
});

describe('classifyTarget: numbered items', () => {
  it('requires every item to be measurable', () => {
    const m = classifyTarget('1.编制印发长三角一体化发展实施方案。 2.实施一批一体化发展年度重大项目。');
    expect(m.measurable).toBe(false);
    expect(m.items.map((i) => i.measurable)).toEqual([true, false]);
    expect(m.items[1]?.reason).toBe('vague-quantity');
    expect(m.reason).toBe('vague-quantity');
    expect(m.kinds).toEqual(['deliverable']);
  });

  it('reports item spans and evidence spans in the input', () => {
    const text = '1.整合到150个以内。 2.出台高能级平台评审办法。';
    const m = classifyTarget(text);
    expect(m.measurable).toBe(true);
    expect(m.items.map((i) => [i.index, i.text])).toEqual([[1, '整合到150个以内。'], [2, '出台高能级平台评审办法。']]);
    expect(m.evidence.map((e) => [e.kind, e.text, e.start])).toEqual([
      ['quantity', '150个', 5],
      ['deliverable', '出台高能级平台评审办法', 15],
    ]);
    expect(m.kinds).toEqual(['quantity', 'deliverable']);
  });

  it('does not let a list marker or a date count as a quantity', () => {
    expect(classifyTarget('1.加强统筹协调。2.完善工作机制。').measurable).toBe(false);
    expect(classifyTarget('2021年目标：深化改革').measurable).toBe(false);
    expect(classifyTarget('（浙政办发〔2021〕11号）落实相关要求').measurable).toBe(false);
  });
});

describe('classifyTarget: traps met in duty breakdowns', () => {
  it.each<[string, boolean]>([
    ['全年为企业减负2700亿元', true],
    ['培育汽车及零部件等一批先进制造业集群', false],
    ['严格落实中央八项规定精神', false],
    ['推进投资项目审批竣工验收前“最多80天”改革', false],
    ['探索组建城乡教育共同体', false],
    ['力争中欧班列全年运行1000列', true],
    ['完成事业单位改革', true],
    ['落实第二轮土地承包到期后再延长30年政策', false],
    ['加强3岁以下婴幼儿照护服务工作', false],
    ['以“两山”理念提出15周年为契机，深化改革', false],
    ['布局首批省实验室2—3家', true],
    ['新建5G基站5万个，实现县城以上全覆盖', true],
    ['启动实施新一轮山海协作工程', false],
    ['确保浙石化一期项目稳定运行、二期项目加快建设', false],
    ['启动建设10个省级文化生态保护区', true],
    ['开展低风险小型项目“最多20个工作日”试点', false],
  ])('%s -> %s', (text, measurable) => {
    expect(classifyTarget(text).measurable).toBe(measurable);
  });
});

describe('classifyTarget: amounts without a unit and issued reports', () => {
  it('counts a figure with 亿 or 万 as an amount even without 元', () => {
    expect(classifyTarget('示范区重点项目投资额达40亿').measurable).toBe(true);
    expect(classifyTarget('带动就业3万').measurable).toBe(true);
  });

  it('counts a report to be issued (出具…报告) as a deliverable', () => {
    expect(classifyTarget('出具市域铁路工程可行性研究评估报告').kinds).toContain('deliverable');
  });

  it('still ignores 万 and 亿 inside names', () => {
    expect(classifyTarget('深入实施“千万工程”，持续改善农村人居环境').measurable).toBe(false);
  });
});

describe('classifyTarget: a time limit is a measured duration', () => {
  it('counts "压缩至1个工作日以内" and ignores the span in a plan name', () => {
    expect(classifyTarget('企业开办全流程时间压缩至1个工作日以内').kinds).toContain('quantity');
    expect(classifyTarget('工程建设项目审批时间控制在80个工作日以内').measurable).toBe(true);
    expect(classifyTarget('实施三年行动计划').measurable).toBe(false);
  });
});
