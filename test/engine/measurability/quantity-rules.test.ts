import type { Case } from './check-case';
import { check } from './check-case';

describe('"一次" after a minimum or a frequency is a count', () => {
  it.each<Case>([
    ['每季度至少组织一次应急演练', true],
    ['每年开展一次消防安全大检查', true],
    ['全年举办现场观摩会不少于一场', true],
    ['每周召集一次调度例会', true],
    ['开展一次全面排查', false],
    ['组织一次专项检查', false],
  ])('%s -> %s', check);
});

describe('数十/几十 are vague, 近千/上百/逾千/超千 are figures', () => {
  it.each<Case>([
    ['新招引外资企业数十家', false],
    ['新培育农业龙头企业几十家', false],
    ['带动农户近千户增收', true],
    ['新增市场主体上百家', true],
    ['培训技能人才逾千人次', true],
    ['引进高层次人才超千名', true],
    ['新增规上企业百余家', true],
  ])('%s -> %s', check);
});

describe('a dimensionless indicator set to a level is measurable without a unit', () => {
  it.each<Case>([
    ['城乡居民收入倍差缩小至1.6以内', true],
    ['城乡居民收入比缩小到1.9', true],
    ['新建数据中心PUE值降至1.3以下', true],
    ['恩格尔系数控制在30以下', true],
    ['空气质量综合指数降至3.8', true],
    ['营商环境评价综合得分达到85', true],
    ['城乡居民收入倍差为1.8', true],
    // no figure, or a figure that is not the level
    ['基尼系数保持在合理区间', false],
    ['综合指数排名第3', false],
    ['提升2024年营商环境指数', false],
    ['推进收入分配制度改革，缩小城乡收入比', false],
  ])('%s -> %s', check);
});

describe('an age is a target when it is reached, not when it says who', () => {
  it.each<Case>([
    ['人均预期寿命达到81.5岁', true],
    ['人均预期寿命提高到82岁', true],
    ['为65岁及以上老年人提供免费体检', false],
    ['60岁以上老年人健康体检', false],
    ['加强3岁以下婴幼儿照护服务', false],
    ['年满16周岁的青少年', false],
  ])('%s -> %s', check);
});

describe('a Chinese fraction or a half is a share', () => {
  it.each<Case>([
    ['全市三分之一以上的乡镇建成省级卫生乡镇', true],
    ['五分之四的社区实现垃圾分类', true],
    ['投资项目审批时间缩短一半', true],
    ['一半以上的行政村实现集体经济增收', true],
    ['过半数村社实现集体经济增收', true],
    ['做好上半年工作总结', false],
  ])('%s -> %s', check);
});

describe('一轮 without a frequency is the article, like 一次', () => {
  it.each<Case>([
    ['开展一轮专项检查', false],
    ['每季度开展一轮专项检查', true],
    ['全年至少组织一轮全覆盖排查', true],
  ])('%s -> %s', check);
});

describe('an amount threshold naming a class of projects or firms is not a level to reach', () => {
  it.each<Case>([
    ['强化对单项投资额500万元以上国有企业投资项目的全过程监管', false],
    ['加快推进亿元以上产业项目建设', false],
    ['推动年营收10亿元以上的企业上市', false],
    ['新增投资亿元以上产业项目20个', true],
    ['全年完成投资500万元以上', true],
    ['年营收亿元以上企业达到50家', true],
  ])('%s -> %s', check);
});

describe('残疾人两项补贴 names a programme, it is not a count', () => {
  it.each<Case>([
    ['提升残疾人两项补贴申领便利度', false],
    ['残疾人两项补贴发放1.2万人次', true],
    ['新增两项省级试点', true],
  ])('%s -> %s', check);
});

describe('a level that an uncounted many is to pass says no number of them', () => {
  it.each<Case>([
    ['力争更多村经营性收入突破30万元', false],
    ['推动一批企业营收超过1亿元', false],
    ['新增经营性收入突破30万元的村20个', true],
    ['村集体经营性收入全部达到30万元', true],
  ])('%s -> %s', check);
});

describe('the places a scope word counts are who the work is for, not a figure', () => {
  it.each<Case>([
    ['对全市12个县(市、区)加强统计业务指导', false],
    ['指导辖区内36个村完善村规民约', false],
    ['实现全市12个县(市、区)全覆盖', true],
    ['新建12个县级物流配送中心', true],
    ['全市新增3个省级示范村', true],
  ])('%s -> %s', check);
});

describe('a number that only says what the work is about is not a figure to reach', () => {
  it.each<Case>([
    ['围绕集成电路、生物医药等12条重点产业链,强化链式招商', false],
    ['面向全市3万名在校中职学生,深化产教融合', false],
    ['加强全市1200公里农村公路日常养护管理', false],
    ['加快推进年产10万吨锂电池正极材料项目建设', false],
    ['加快推进设计时速350公里的城际铁路前期工作', false],
    ['深化流域面积50平方公里以上河流的健康评价', false],
    ['对研发投入占营业收入比重3%以上的企业给予研发费用补助', false],
    ['加强已建成50万亩高标准农田的管护利用', false],
    ['完善覆盖全县10万农村人口的供水工程长效管护机制', false],
    // the same numbers as what is to be achieved
    ['新培育产业链链主企业12家', true],
    ['完成36个行政村人居环境整治', true],
    ['全市128个村全部完成改造', true],
    ['新增高标准农田50万亩', true],
    ['七成以上行政村实现生活垃圾分类', true],
    ['淘汰辖区内35蒸吨以下燃煤锅炉', true],
    ['年产30万吨高端铜箔项目年底前全面达产', true],
    ['全年为市场主体新增减税降费一千五百亿元以上(牵头单位:省税务局)', true],
  ])('%s -> %s', check);
});

describe('ratios written N:1 from a base, ages gained, and plan-named goals', () => {
  it.each<Case>([
    ['全县城乡居民收入比由2.05:1缩小到1.9:1', true],
    ['人均预期寿命比全国平均水平高出2岁以上', true],
    ['人均预期寿命提高1岁', true],
    ['为60岁以上老人提供上门服务', false],
    ['确保完成“十四五”目标', false],
    ['全面完成“十四五”规划任务', false],
  ])('%s -> %s', check);
});

describe('numbers that pick out whom the work is for are scope; levels and stocks held are results', () => {
  it.each<Case>([
    // The thirty-third to thirty-fifth blind sets.
    ['对市长热线反映集中的10类民生问题开展专题督办', false],
    ['对市长热线反映集中的10类民生问题全部办结', true],
    ['对考评排名后3位的部门开展约谈督办', false],
    ['全省考核排名前3位', true],
    ['对受威胁人口100人以上的地质灾害隐患点加强汛期巡查', false],
    ['完成受威胁人口100人以上的地质灾害隐患点搬迁避让', true],
    ['道路交通万车死亡率控制在1.6以下', true],
    ['道路交通万车死亡率明显下降', false],
    ['全市新能源汽车车桩比不高于2.5:1', true],
    ['电煤库存保持在15天以上可用水平', true],
    ['用3年时间推进区域物流体系建设', false],
  ])('%s -> %s', check);
});

describe('a project\'s size, a voltage class and 人社 are not figures; people held to account are', () => {
  it.each<Case>([
    // The thirty-sixth, thirty-seventh and thirty-ninth blind sets.
    ['项目总投资8.5亿元，建设期2024—2026年', false],
    ['总投资20亿元、规划用地300亩的智能装备产业园项目，加快推进建设', false],
    ['年度计划投资5亿元，总投资20亿元', true],
    ['总投资达到50亿元', true],
    ['全年处置闲置低效用地1.2万亩', true],
    ['110千伏输变电工程加快前期工作', false],
    ['新建110千伏变电站3座', true],
    ['优化12333人社服务热线接听服务', false],
    ['新增就业3000人', true],
    ['对负有审核把关责任的3名工作人员予以问责', true],
  ])('%s -> %s', check);
});

describe('places listed after a scope word, categories counted after 等, and 每半年一次', () => {
  it.each<Case>([
    // The forty-first, forty-third and forty-fourth blind sets.
    ['全市12个乡镇、186个行政村全面推进人居环境整治提升', false],
    ['全市186个行政村全部完成人居环境整治', true],
    ['持续开展电梯、锅炉、压力容器、起重机械等8类特种设备隐患排查治理', false],
    ['完成电梯、锅炉等8类特种设备检验', true],
    ['网格员集中培训每半年一次', true],
    ['适时组织一次网格员培训', false],
  ])('%s -> %s', check);
});

describe('places listed with 和 after a scope word', () => {
  it.each<Case>([
    // The forty-ninth blind set.
    ['在全省11个设区市和90个县（市、区）全面深化营商环境评价工作', false],
    ['全省11个设区市和90个县（市、区）全部完成营商环境评价', true],
  ])('%s -> %s', check);
});

describe('a size with 级 names a class of berth or unit, not a figure', () => {
  it.each<Case>([
    // The forty-seventh blind set.
    ['推进30万吨级原油码头及配套航道前期研究', false],
    ['建成5万吨级泊位3个', true],
    ['新增港口吞吐能力300万吨', true],
  ])('%s -> %s', check);
});

describe('一个 after its noun is a count; 二次供水 is a name; 新增 acts on a covered population', () => {
  it.each<Case>([
    // The fiftieth and fifty-first blind sets.
    ['创建省级夜间文化和旅游消费集聚区一个', true],
    ['建设一个数字化平台', false],
    ['持续推进个人和企业全生命周期“一件事”全流程最多跑一次', false],
    ['完成老旧小区二次供水设施改造一批', false],
    ['完成老旧小区二次供水设施改造12个', true],
    ['新增城乡一体化供水覆盖人口15万人', true],
    ['城乡一体化供水覆盖人口15万人的区域加强水质监测', false],
  ])('%s -> %s', check);
});

describe('a score weight, a slogan of pace and a share covered', () => {
  it.each<Case>([
    // The sixty-second, sixty-fourth and sixty-fifth blind sets.
    ['规模以上工业增加值增速（5分）', false],
    ['意识形态工作责任制(权重3分)', false],
    ['交通建设（2分）：新改建农村公路120公里', true],
    ['年度综合考核得分不低于90分', true],
    ['巡视反馈问题做到整改一个、销号一个', false],
    ['建设区域性应急救援中心一个', true],
    ['老年助餐服务点覆盖80%以上城市社区', true],
    ['加快建设覆盖全县10万农村人口的供水工程', false],
  ])('%s -> %s', check);
});

describe('a comparison sign sets a threshold; hours of service are a standard', () => {
  it.each<Case>([
    // The sixty-seventh and sixty-eighth blind sets.
    ['亿元GDP生产安全事故死亡率≤0.012', true],
    ['指标：政务服务事项“一网通办”率；2024年目标值：≥90', true],
    ['亿元GDP生产安全事故死亡率持续下降', false],
    ['12345热线实行7×24小时人工服务', true],
    ['12345热线优化人工服务', false],
  ])('%s -> %s', check);
});
