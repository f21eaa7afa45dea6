import type { Case } from './check-case';
import { check } from './check-case';

describe('a document already issued is not a deliverable', () => {
  it.each<Case>([
    ['认真执行市政府出台的各项惠企政策', false],
    ['贯彻落实国务院印发的指导意见', false],
    ['对照省里制定的实施方案抓好落实', false],
    ['严格执行上级发布的《企业投资项目管理办法》', false],
    ['形成长效管理制度', false],
    ['逐步形成常态长效监管制度', false],
    ['出台全市惠企政策实施细则', true],
    ['印发《关于支持数字经济发展的若干意见》', true],
    ['制定农村生活垃圾分类管理制度', true],
  ])('%s -> %s', check);
});

describe('a document noun with only "some" before it names no deliverable', () => {
  it.each<Case>([
    ['研究制定相关配套政策', false],
    ['出台有关政策', false],
    ['出台一系列政策措施', false],
    ['制定并印发相关实施细则', false],
    ['出台支持民营经济发展的配套政策', true],
    ['制定老旧小区改造配套政策', true],
    // A vague word opening the object, or the bare noun, names no document either (the twenty-first blind set).
    ['出台相关产业扶持办法', false],
    ['制定实施方案', false],
    ['制定老旧小区改造实施方案', true],
  ])('%s -> %s', check);
});

describe('absolute outcomes', () => {
  it.each<Case>([
    ['开展拖欠工资动态清零行动', false],
    ['实施安全隐患清零专项攻坚', false],
    ['年底前实现欠薪动态清零', true],
    ['存量隐患全部清零', true],
    ['实现乡镇“镇镇通高速”', true],
    ['行政村村村通客车', true],
    ['实施广播电视户户通工程', false],
    ['细颗粒物年均浓度稳定达标', true],
    ['地表水考核断面水质全面达标', true],
    ['工业企业废水排放达标', true],
    ['开展水质达标创建行动', false],
    ['确保不出现规模性致贫', true],
    ['守住不发生系统性金融风险的底线', true],
    ['严防出现重大安全事故', false],
    ['力争全年“零信访”', true],
    ['实现全年零投诉', true],
    ['确保一季度任务过半', true],
    ['确保一季度实现“开门红”，上半年实现“双过半”', true],
    ['主要经济指标实现双过半', true],
    ['开展“双过半”督查', false],
    ['实现“一码通”全市覆盖', true],
    ['实现本地上市企业零的突破', true],
    ['力争独角兽企业实现零突破', true],
    ['力求改革取得新突破', false],
    ['5G网络实现全县覆盖', true],
    ['逐步扩大全市覆盖面', false],
    ['组织双过半攻坚行动', false],
  ])('%s -> %s', check);
});

describe('progress towards an absolute outcome is not the outcome', () => {
  it.each<Case>([
    ['推动规上工业企业研发活动全覆盖取得新进展', false],
    ['农村生活污水治理全覆盖工作取得积极成效', false],
    ['历史遗留问题清零迈出坚实步伐', false],
    ['实现行政村5G网络全覆盖', true],
    ['年底前实现全覆盖，取得明显成效', true],
    ['欠薪案件动态清零', true],
  ])('%s -> %s', check);
});

describe('policy measures to issue are a deliverable', () => {
  it.each<Case>([
    ['出台支持“四链”融合的若干政策措施', true],
    ['出台支持民营经济发展的政策措施', true],
    ['制定促进消费的若干措施', true],
    ['出台稳经济一揽子政策措施', true],
    ['落实各项政策措施', false],
    ['加强政策措施宣传解读', false],
    ['制定防范措施', false],
    ['研究制定集体经济增收扶持政策', false],
    ['研究制定支持银发经济发展的若干政策措施', false],
    ['研究制定国有企业负责人经营业绩考核办法', true],
    ['制定集体经济增收扶持政策', true],
  ])('%s -> %s', check);
});

describe('a document opened by a vague word, or a bare document noun, names no document', () => {
  it.each<Case>([
    ['修订完善相关管理制度', false],
    ['出台一系列稳增长政策文件', false],
    ['制定有关技术标准规范', false],
    ['加快编制各类专项规划', false],
    ['制定出台实施方案', false],
    ['签订协议', false],
    ['出台支持外贸企业稳订单的若干政策措施', true],
    ['修订《市级专项资金管理办法》', true],
    ['制定海水养殖尾水排放地方标准', true],
  ])('%s -> %s', check);
});

describe('agreements signed and indices published are deliverables', () => {
  it.each<Case>([
    ['与福建省签署海洋经济合作备忘录', true],
    ['与国家电网浙江公司签署新型电力系统建设战略合作框架协议', true],
    ['签署《太湖流域水环境联保共治合作协议》', true],
    ['按季度编制发布全市制造业采购经理指数(PMI)', true],
    ['提升营商环境指数', false],
  ])('%s -> %s', check);
});

describe('应X尽X under a directional verb is a direction, asserted it is an outcome', () => {
  it.each<Case>([
    ['推动新就业形态劳动者应保尽保', false],
    ['持续推进社会保险扩面，推动灵活就业人员应保尽保', false],
    ['做到应保尽保', true],
    ['清理拖欠民营企业账款，实现应付尽付', true],
  ])('%s -> %s', check);
});

describe('an absolute word naming a campaign, a reform or a rule is not the outcome', () => {
  it.each<Case>([
    ['深入开展安全生产重大事故隐患“清零”行动', false],
    ['开展“零事故”班组创建活动', false],
    ['持续深化“零跑次”改革', false],
    ['巩固污水零直排区建设成果', false],
    ['落实应收尽收要求，加强非税收入征管', false],
    ['按照应检尽检原则完善检测工作机制', false],
    ['省级以上工业园区全面实现污水“零直排”', true],
    ['企业开办全流程网上办理，实现“零跑次”、零费用', true],
    ['低保对象动态调整一户不漏', true],
  ])('%s -> %s', check);
});

describe('rules to draw up are deliverables; nothing of a kind (为零) is an absolute outcome', () => {
  it.each<Case>([
    // The twenty-ninth blind set.
    ['制定全市建设用地节余指标跨区域交易规则', true],
    ['修订协会章程', true],
    ['健全交易规则体系', false],
    ['遵守市场交易规则', false],
    ['全年新增隐性债务为零', true],
    ['欠薪投诉保持为0', true],
    ['坚持化整为零，分批推进', false],
    ['新增隐性债务为0.5亿元以内', true],
  ])('%s -> %s', check);
});

describe('none of a harm, every case closed by its due date, and bulletins compiled', () => {
  it.each<Case>([
    // The thirty-fourth and thirty-fifth blind sets.
    ['实现“四零”目标：零越级上访、零非正常上访、零群体性事件、零极端事件', true],
    ['妥善化解零星上访', false],
    ['对违法行为零容忍', false],
    ['迎峰度夏期间不发生拉闸限电', true],
    ['做好迎峰度夏电力保供', false],
    ['重点督办件全部按期办结', true],
    ['代表建议全部在规定时限内办结答复', true],
    ['加快督办件办理进度', false],
    ['全年编发督查通报四期', true],
    ['每半年编印一期《批示件办理情况通报》', true],
    ['建立督查通报机制', false],
  ])('%s -> %s', check);
});

describe('a verb inside a cited title, or 修订完善, delivers no document', () => {
  it.each<Case>([
    // The thirty-sixth and thirty-eighth blind sets.
    ['按照《关于印发志愿服务工作考核办法的通知》要求,健全志愿服务激励回馈机制', false],
    ['印发《志愿服务工作考核办法》', true],
    ['修订完善内部控制制度', false],
    ['修订内部控制制度', true],
  ])('%s -> %s', check);
});

describe('covering every one of a set is an absolute outcome; moving towards it is not', () => {
  it.each<Case>([
    // The fortieth blind set.
    ['DRG付费改革覆盖全市所有二级以上定点医疗机构', true],
    ['逐步覆盖所有乡镇', false],
    ['扩大改革覆盖范围', false],
  ])('%s -> %s', check);
});

describe('every one meeting a standard, 零差率, and not 健全覆盖', () => {
  it.each<Case>([
    // The forty-sixth blind set (and the tenth's borderline 全部达到二级甲等).
    ['县级中医医院全部达到二级甲等以上水平', true],
    ['推动县级医院达到二级甲等水平', false],
    ['药品和耗材实行零差率销售', true],
    ['围绕“一老一小”，健全覆盖城乡的老年健康服务体系', false],
    ['实现村级便民服务全覆盖', true],
  ])('%s -> %s', check);
});

describe('a document named noun first, without 《…》; 编制 as a quota is no document', () => {
  it.each<Case>([
    // The forty-sixth and forty-ninth blind sets.
    ['全省开发区（园区）公告目录（2022版）正式发布', true],
    ['政策发布会顺利召开', false],
    ['各市细化工作方案出台率达到', false],
    ['编制床位数不超过区域卫生规划数', false],
    ['编制国土空间总体规划', true],
  ])('%s -> %s', check);
});

describe('related supporting policies name no document; no flooding or dam failure is an outcome', () => {
  it.each<Case>([
    // The fiftieth blind set.
    ['研究制定河湖管理保护相关配套政策文件', false],
    ['研究制定支持政策措施实施细则', true],
    ['汛期全市水库不垮坝、重要堤防不决口、城区不发生严重内涝', true],
    ['加强城区排水防涝能力建设', false],
  ])('%s -> %s', check);
});

describe('no petitions to Beijing and the three service pledges of 获得电力 are outcomes', () => {
  it.each<Case>([
    // The fifty-seventh and fifty-eighth blind sets.
    ['重大活动和敏感节点期间实现“零进京非访”', true],
    ['实现零越级进京访', true],
    ['加强进京非访人员稳控工作', false],
    ['低压小微企业用电报装实现“零上门、零审批、零投资”', true],
    ['开展“零上门”服务专项行动', false],
    ['优化用电报装服务流程', false],
  ])('%s -> %s', check);
});

describe('no petitions to the province or Beijing, no deaths in a flood season, a casebook published', () => {
  it.each<Case>([
    // The sixty-second and sixty-fifth blind sets.
    ['不发生赴省进京非正常上访和重大群体性事件', true],
    ['汛期确保不死人、少伤人、少损失', true],
    ['做好防汛防台各项准备工作', false],
    ['发布全市审计整改典型案例汇编', true],
    ['加强政策汇编宣传解读', false],
  ])('%s -> %s', check);
});

describe('no forest fires is an outcome; a verb inside a quoted name issues nothing', () => {
  it.each<Case>([
    // The seventieth and seventy-second blind sets.
    ['全年不发生较大及以上森林火灾', true],
    ['实现林区零重大人为火灾', true],
    ['加强森林火灾预防', false],
    ['继续抓好行政规范性文件“统一登记、统一编号、统一印发”制度落实', false],
    ['年底前印发行政规范性文件管理制度', true],
  ])('%s -> %s', check);
});
