import { classifyTarget } from '../../../src/engine/measurability';
import type { Case } from './check-case';
import { check } from './check-case';

describe('完成 a target that is set elsewhere is not a milestone', () => {
  it.each<Case>([
    ['圆满完成省里分解下达的减排任务', false],
    ['确保完成上级部署的年度目标任务', false],
    ['全面完成2022年度安全生产目标任务', false],
    ['按期完成“双减”各项任务', false],
    ['力争完成省定考核指标', false],
    ['及时完成领导交办事项', false],
    ['高质量完成“十四五”规划目标', false],
    ['全面完成规划确定的各项任务', false],
    ['完成“十四五”规划中期评估', true],
    ['确保全年各项目标按时完成', false],
    ['确保完成县里下达的造林任务3000亩', true],
    ['完成城东污水管网改造', true],
    ['按时完成市民中心装修工程', true],
  ])('%s -> %s', check);
});

describe('completion verbs used as an adjective or on a generic object are not milestones', () => {
  it.each<Case>([
    ['加快推进重点项目开工建设', false],
    ['推动已签约项目尽快落地', false],
    ['加快新开工项目建设进度', false],
    ['抓好竣工项目验收服务', false],
    ['推动项目建成投产', false],
    ['推进平台上线运行', false],
    ['确保重点项目竣工投产', false],
    ['推动更多优质项目开工', false],
    ['推进一批重大项目建成投用', false],
    ['建成一大批美丽乡村示范村', false],
    ['谋划若干产业平台上线', false],
    ['城北水厂二期工程开工建设', true],
    ['智慧医保平台年内上线运行', true],
    ['滨江化工新材料项目建成投产', true],
    ['完成第一批生态保护红线勘界划定', true],
    ['临港物流园区建成', true],
  ])('%s -> %s', check);
});

describe('a completion verb after 早 or 尽快 is a wish for speed, not a milestone', () => {
  it.each<Case>([
    ['强化要素保障，推动重大项目早开工、早投产', false],
    ['力争城东污水处理厂早日建成投用', false],
    ['推动城乡公交专线尽早开通', false],
    ['尽快开通城乡公交专线', false],
    ['年底前开通城乡公交专线', true],
    ['提前建成投用城北变电站', true],
    ['城东污水处理厂三期工程建成投用', true],
  ])('%s -> %s', check);
});

describe('more completion verbs and 工作专班', () => {
  it.each<Case>([
    ['组建数字化改革工作专班', true],
    ['成立专项工作小组', true],
    ['市中医院新门诊楼主体结顶', true],
    ['科创大厦主体工程顺利结顶', true],
    ['力争获评全国文明城市', true],
    ['成功创建省级森林城市', true],
    ['创成国家全域旅游示范区', true],
    ['东部垃圾焚烧发电厂投入运行', true],
    ['每个街道建成一个城市书房', true],
    ['做好工作衔接', false],
    ['首创成果转化机制', false],
    ['推进工作专班运行', false],
  ])('%s -> %s', check);

  it('reads 投入运行 as a deadline verb', () => {
    expect(classifyTarget('新水厂年底前投入运行').kinds).toContain('deadline');
  });
});

describe('routine or unnamed events are not milestones', () => {
  it.each<Case>([
    ['定期召开专题推进会', false],
    ['适时召开工作座谈会', false],
    ['举办各种宣传活动', false],
    ['举行系列主题活动', false],
    ['承办相关会议', false],
    ['召开全省数字经济发展大会', true],
    ['举办第三届中国数字贸易博览会', true],
    ['每半年召开一次部门联席会议', true],
    ['举办第五届国际马拉松赛', true],
    ['举行全市第十届运动会', true],
    ['举办首届非遗文化节', true],
    ['积极承办各类体育比赛', false],
    ['定期举办群众性文化节', false],
  ])('%s -> %s', check);
});

describe('化解 and 解决 by a date are dated commitments; 全部化解 is an absolute outcome', () => {
  it.each<Case>([
    ['重复信访事项6月底前全部化解', true],
    ['年底前解决历史遗留产权办证问题', true],
    ['存量信访积案全部化解', true],
    ['交办件全部办结', true],
    ['着力化解信访积案', false],
    ['及时解决群众反映的问题', false],
  ])('%s -> %s', check);
});

describe('a review passed is a milestone; 通过 as "by means of" is not', () => {
  it.each<Case>([
    ['通过国家卫生城市复审', true],
    ['顺利通过ISO9001质量管理体系认证', true],
    ['通过国家生态文明建设示范区评审', true],
    ['年底前通过省级评估并挂牌', true],
    ['通过评估推动问题整改', false],
    ['通过第三方评估发现问题', false],
    ['通过考核倒逼责任落实', false],
  ])('%s -> %s', check);
});

describe('启动 by a date is a dated commitment; a cultural venue built is a milestone', () => {
  it.each<Case>([
    ['6月底前启动产业飞地建设', true],
    ['一季度启动第二批山区县产业飞地建设', true],
    ['启动实施新一轮山海协作工程', false],
    ['加快启动城市更新', false],
    ['县文化馆新馆建成并正式对外免费开放', true],
    ['市美术馆建成开放', true],
    ['加快文化馆总分馆制建设', false],
  ])('%s -> %s', check);
});

describe('a completion verb on many unnamed things (多条, 多个) is not a milestone', () => {
  it.each<Case>([
    ['开通多条低空航线', false],
    ['推动多个项目开工', false],
    ['开通杭州至舟山低空航线', true],
    ['开通低空航线5条', true],
  ])('%s -> %s', check);
});

describe('a completion verb under 加快, 推动, 促进, 争取 or 力争 is a direction, not a result', () => {
  it.each<Case>([
    ['加快建成区域医疗中心', false],
    ['积极争取国家级经济技术开发区获批', false],
    ['推动新建学校按期投入使用、如期开学', false],
    ['促进优质项目签约、注册、开业', false],
    ['推动“十四五”规划重大项目加快开工建设', false],
    ['力争杭温高铁尽早开工', false],
    ['争取特高压直流输电工程年底前全容量投运', true],
    ['杭温高铁义乌至温州段建成通车', true],
    ['力争成功创建全国文明城市', true],
    ['力争获评国家生态文明建设示范区', true],
  ])('%s -> %s', check);
});

describe('a completion verb inside a noun, or with no object in its clause, is not a milestone', () => {
  it.each<Case>([
    ['持续改善内河航道通航条件', false],
    ['健全重大项目竣工投产跟踪服务机制', false],
    ['加快海上风电项目建设,实现并网发电', false],
    ['确保相关配套设施与主体工程同步建成、同步启用', false],
    ['象山1号海上风电场二期全容量并网发电', true],
    ['京杭运河二通道全线通航', true],
  ])('%s -> %s', check);
});

describe('a dated action needs a commitment between the date and the verb', () => {
  it.each<Case>([
    ['30个工作日内推动巡察反馈问题整改', false],
    ['次年3月前持续跟踪已建成重大项目的后评估工作', false],
    ['针对2000年前建成的老旧小区，完善基础设施配套', false],
    ['2026年第一季度研究制定支持人工智能产业发展的政策措施', false],
    ['年底前力争一批重大项目落地开工', false],
    ['6.30前完成市民服务中心二期装修工程公开招标', true],
    ['今冬明春完成全市150座小型山塘水库安全鉴定', true],
    ['年底前完成市第一人民医院新院区选址并报市政府审定', true],
  ])('%s -> %s', check);
});

describe('results published by a date are dated commitments; planning completed is not a result', () => {
  it.each<Case>([
    // The twenty-ninth and twenty-eighth blind sets.
    ['考核结果于次年4月底前向社会公布', true],
    ['6月底前公布首批试点名单', true],
    ['适时公布考核结果', false],
    ['上半年完成谋划、下半年全力推进重点商圈提质改造工作', false],
    ['年底前完成谋划', false],
    ['年底前完成重点商圈提质改造', true],
    ['上半年完成前期工作', true],
  ])('%s -> %s', check);
});

describe('a verb that names what the work prepares for, or what was done before, sets nothing', () => {
  it.each<Case>([
    // The thirty-seventh blind set.
    ['项目征地拆迁工作取得明显进展，为开工建设创造条件', false],
    ['6月底前完成征地拆迁，9月开工建设', true],
    ['项目一期已于2023年建成投产，2024年继续做好运营管理', false],
    ['项目二期于2024年底建成投产', true],
    ['全面完成2023年度已竣工项目的竣工验收备案', true],
  ])('%s -> %s', check);
});

describe('a bare date commits only with its verb close by; meetings and remittances by a date', () => {
  it.each<Case>([
    // The thirty-sixth, thirty-eighth and thirty-ninth blind sets.
    ['1-6月,组织各单位对照第一季度舆情通报问题开展自查整改', false],
    ['三季度开工建设', true],
    ['专题民主生活会于反馈后2个月内召开', true],
    ['定期召开专题会议研究整改工作', false],
    ['各市县结余基金于9月底前全部上解省级', true],
  ])('%s -> %s', check);
});

describe('a completion verb under 规范 is a rule to follow, not a result', () => {
  it.each<Case>([
    // The forty-first blind set.
    ['依法规范业主大会成立和运行', false],
    ['年底前成立小区业主大会', true],
  ])('%s -> %s', check);
});

describe('a review to pass some day, under a wish, is not a milestone', () => {
  it.each<Case>([
    // The forty-fifth blind set.
    ['推进义务教育优质均衡发展,争取早日通过国家督导评估', false],
    ['年底前通过国家卫生城市复审', true],
  ])('%s -> %s', check);
});

describe('hosting an uncounted many events is not a milestone', () => {
  it.each<Case>([
    // The fifty-first blind set.
    ['承办一批省级以上体育赛事', false],
    ['承办全省第十七届运动会', true],
  ])('%s -> %s', check);
});

describe('approval by a named authority is a milestone; a title conferred by a date is a commitment', () => {
  it.each<Case>([
    // The fifty-ninth and sixtieth blind sets.
    ['高新区扩区方案获省政府批复', true],
    ['国土空间总体规划获国务院批准', true],
    ['按照省政府批复要求推进各项工作', false],
    ['积极争取扩区方案获省政府批复', false],
    ['年底前命名首批“模范机关”创建单位', true],
    ['做好模范机关命名工作', false],
  ])('%s -> %s', check);
});

describe('completion under 引导, a share of completion, a year of set tasks, keeping pace', () => {
  it.each<Case>([
    // The sixty-second, sixty-fourth, sixty-fifth and sixty-sixth blind sets.
    ['引导二级及以上综合医院设立老年医学科', false],
    ['市第一人民医院设立老年医学科', true],
    ['完成目标得满分，未完成按完成比例计分', false],
    ['完成2023年度对口支援资金专项审计', true],
    ['完成2023年度目标任务', false],
    ['完成省“凤凰行动”年度工作任务', false],
    ['1-6月完成序时进度', false],
    ['6月底前完成项目竣工验收', true],
    ['9月底前提请市人大常委会审议市本级2023年度预算执行审计查出问题整改情况报告', true],
    ['适时提请市人大常委会审议', false],
  ])('%s -> %s', check);
});

describe('a test passed, a share completed, publication by a date', () => {
  it.each<Case>([
    // The sixty-eighth, sixty-ninth, seventy-first and seventy-second blind sets.
    ['热线系统通过网络安全等级保护三级测评', true],
    ['通过测评推动问题整改', false],
    ['城中村改造完成比例较上年有所提高', false],
    ['完成城中村改造', true],
    ['按时报告年度法治政府建设情况，并于3月底前通过政府门户网站向社会公开', true],
    ['推进政务信息主动公开', false],
  ])('%s -> %s', check);
});
