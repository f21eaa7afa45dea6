/** Word lists for the measurability classifier (simplified Chinese, as normalised by normalize-chars). */

/** Verbs that state a direction of effort, not a checkable result. Longer forms first. */
export const DIRECTIONAL_VERBS: readonly string[] = [
  '进一步', '全面推进', '深入推进', '加快推进', '持续推进', '推进', '加强', '完善', '深化', '提升', '加快', '推动',
  '强化', '健全', '优化', '促进', '持续', '积极', '稳步', '大力', '深入', '着力', '不断', '努力', '切实', '扎实',
  '坚持', '巩固', '拓展', '扩大', '提高', '增强', '做好', '抓好', '落实', '实施', '开展', '探索', '鼓励', '支持',
  '引导', '培育', '构建', '营造', '保障', '维护', '防范', '化解', '统筹', '谋划', '聚焦', '发挥',
  '改善', '规范', '激发', '加大', '全力', '争取', '助力', '细化', '迭代', '研究', '指导', '督促', '协调',
  '打造', '建立', '推广', '加速', '筹备', '启动',
];

export const DELIVERABLE_VERBS = '出台|印发|制定|制订|编制|发布|形成|修订|起草|颁布|编写|公布|完成编制|出版|报批|出具|签署|签订|编印|编发|刊发';

export const DOC_NOUNS =
  '实施方案|行动方案|工作方案|行动计划|实施计划|工作计划|工作要点|管理办法|实施细则|实施意见|指导意见|' +
  '办法|方案|意见|规划|条例|细则|导则|清单|指南|标准|规范|目录|计划|要点|文件|报告|名录|规定|指引|白皮书|' +
  '蓝皮书|纲要|规程|准则|规则|章程|决定|通知|通报|简报|专报|年鉴|汇编|政策措施|若干措施|政策|名单|手册|制度|路线图|任务书|时间表|' +
  // 签署…合作协议, 签订…备忘录; 编制发布…采购经理指数
  '协议|备忘录|合同|指数';

/** After a document noun these make it a system, not a document (标准体系, 政策机制). */
export const DOC_NOUN_BLOCK_NEXT = '体系|机制|框架|研究|体制|环境|工具|红利|落地|兑现|宣传|解读|储备|数';

/** Completion verbs that are a milestone with any named object in the clause. */
export const STRONG_MILESTONES =
  '建成投用|建成投运|建成运行|建成投产|投入使用|交付使用|投入运营|投入运行|正式运行|全线通车|试运行|通车|投运|投产|竣工|开工|完工|' +
  '并网|通水|开通|上线|挂牌|揭牌|封顶|合龙|贯通|开业|开港|开园|开馆|启用|通航|获批|签约|交付|成立|设立|组建|' +
  '结顶|获评|成功创建|创成|全面完成|全部完成|建设完成|完成|' +
  // 扩区方案获省政府批复, 规划获国务院批准: approved by a named authority (获批 alone is above).
  ['国务院', '国家发展改革委', '国家发改委', '省政府', '省人民政府', '市政府', '市人民政府', '省发展改革委', '省发改委']
    .flatMap((who) => [`获${who}批复`, `获${who}批准`])
    .join('|');

/** Nouns that make "建成" concrete (工程, 医院 …) rather than abstract (体系, 社会, 机制). */
export const CONCRETE_NOUNS =
  '工程|项目|铁路|公路|高速|机场|港口|码头|枢纽|管网|管道|电站|电厂|基地|园区|中心|平台|系统|医院|学校|' +
  '幼儿园|场馆|体育馆|图书馆|博物馆|展馆|文化馆|美术馆|科技馆|档案馆|纪念馆|新馆|文化站|大桥|桥梁|隧道|水库|泵站|污水处理厂|处理厂|设施|社区|小区|道路|' +
  '轨道交通|地铁|城际|航道|船闸|口岸|冷库|基站|数据中心|充电桩|公寓|住房|安置房|大楼|综合体|实验室|研究院|' +
  '产业园|示范区|网络|试验区|景区|绿道|公园|驿站|农房|厕所|电网|车站|高铁|大道|堤|闸|厂房|楼|仓|专区|模块|' +
  '应用|场景|工厂|农场|牧场|片区|街区|廊道|绿地|停车位|车位|泊位|书屋|书房|食堂|站点|网点|门户|专线|线路|通道';

/** Actions whose completion is checkable: 完成…改造, 完成…验收. */
export const COMPLETION_ACTIONS =
  '改造|建设|编制|整治|搬迁|安置|拆除|修复|验收|备案|注册|办理|审查|评估|创建|认定|评选|立项|签约|清理|' +
  '整改|核查|普查|调查|摸排|招标|选址|答复|评审|认证|部署|迁移|对接|贯通|收储|出让|征收|复垦|申报|审批|' +
  '开发|迭代|升级|接入|归集|注销|关停|淘汰|退出|转移|划定|确权|登记|销号|移交|挂牌|组建';

export const EVENT_NOUNS =
  '座谈会|推进会|现场会|发布会|博览会|交易会|洽谈会|论坛|峰会|展会|大会|年会|活动|大赛|赛事|仪式|会议|' +
  '马拉松|运动会|锦标赛|联赛|邀请赛|比赛|展览|艺术节|文化节|旅游节|音乐节|电影节|会';

/** Completion verbs that turn a time expression into a deadline. */
export const DEADLINE_VERBS =
  '全面完成|完成|建成|出台|印发|上线|开工|投运|投产|到位|落地|办结|销号|交付|通车|验收|发布|启用|开通|' +
  '提交|报送|审定|批复|竣工|完工|挂牌|制定|编制|清零|整改|揭牌|并网|投入运行|化解|解决|启动|公布|召开|上解|上缴|' +
  // 年底前命名首批…创建单位: a title conferred by a date.
  '命名|' +
  // 9月底前提请市人大常委会审议…报告: submitted for review by a date; 于3月底前…向社会公开: published by a date.
  '提请|公开';

export const VAGUE_QUANTITY = /一批|一大批|若干|一系列|多个|一些|部分|大批|众多|多项|多家|多种|一揽子|数个|多批/;
export const COMPARISON = /快于|高于|低于|好于|优于|同步|持平|领先|前列|不低于|不高于|居全国|居全省|位居|稳中有|合理区间|逐步|明显|显著|大幅/;

/** After 清零 or 村村通, these make it the name of a campaign (欠薪清零专项行动, 户户通工程), not an outcome. */
/** 清零行动, “零事故”班组创建活动, 零直排区, “零上门”服务专项行动: the name of a campaign or a place, not the outcome. */
const NOT_ACTION_NAME = '(?![”"’]?(?:服务)?(?:专项)?(?:行动|攻坚|工程|计划|活动|班组|创建|改革|区))';
/** 不发生/不出现 … a harm: 不发生重大事故, 不出现规模性返贫, 不发生赴省进京非正常上访. */
const UNTIL_HARM = '[^，。；;,\\n]{0,12}?(?:事故|事件|风险|案件|疫情|返贫|致贫|拉闸限电|停电|停水|断供|欠薪|内涝|溃坝|垮坝|上访|信访|非访|火灾)';

/**
 * Absolute outcomes (see absolute-evidence), as regex alternatives. Each starts with a literal character:
 * triggers reads those first characters.
 */
export const ABSOLUTE_PATTERNS: readonly string[] = [
  // Not 健全覆盖城乡的…体系 (健全 is the verb).
  '全(?<!健全)覆盖', '全面覆盖', '全域覆盖',
  // 改革覆盖全市所有二级以上医疗机构: every one of a set reached.
  '覆盖(?:全[市省县区])?(?:所有|全部)', '全(?:市|省|县|区|镇|乡)覆盖(?!面|范围|率)', `动态清零${NOT_ACTION_NAME}`, `清零${NOT_ACTION_NAME}`, '零增长', '零填埋', '零排放',
  // 实现上市企业零的突破: the first one, which is checkable (at least one).
  '零的?突破',
  // 零事故, 零伤亡, 零上访 … are read by the pattern for none of a harm below.
  ...['零感染', '零发生', '零新增', '零拖欠', '零容量',
    '零直排', '零跑次', '零费用', '零收费', '零差率',
    // 用电报装“零上门、零审批、零投资”: the usual service pledges of 获得电力, each checkable.
    '零上门', '零审批', '零投资'].map((w) => `${w}${NOT_ACTION_NAME}`),
  // 一户不漏: every one of a defined set (件件有回音 is left out: readers split on it as an outcome or a slogan).
  '一户不漏', '一人不漏',
  '彻底消除', '全面消除', '全部消除', '基本消除',
  // 零越级上访, 零群体性事件, 零进京非访: none of a harm (not 零星上访, sporadic ones, nor 零容忍, a stance).
  `零(?<![一二三四五六七八九十百千万〇两]零)(?!星|散|售|工|部件|容忍)[^，。；;、,\\n“”"]{0,5}?(?:上访|信访|非访|进京访|事件|事故|火灾|案件|投诉|伤亡|死亡|发案|欠薪)${NOT_ACTION_NAME}`,
  // 督办件全部按期办结, 全部在规定时限内办结: every one of a set, by its due date.
  '全部(?:按期|按时|如期|在规定时限内|在规定期限内)(?:办结|完成|整改|销号|答复|化解)',
  // 县级医院全部达到二级甲等以上水平, 全部达标: every one of a set meets the standard.
  '全部达到[^，。；;,\\n]{0,10}?(?:标准|水平|要求)', '全部达标',
  '全部完成', '全部实现', '全部建成', '全部纳入', '全部到位', '全部销号', '全部清理', '全部整改', '全部化解', '全部办结', '百分之百',
  // 新增隐性债务为零, 欠薪投诉为0: nothing of a kind, ending the clause (not 化整为零, nor 行为零容忍).
  '为[零0](?=$|[，。；;,、\\n”"）)])(?<!化整为零)',
  '应([\\u4e00-\\u9fff])尽\\1', `不发生${UNTIL_HARM}`,
  // 汛期确保不死人: the first aim of flood control, no deaths.
  '不死人', `不出现${UNTIL_HARM}`, '无一例', '全员覆盖', '任务过半',
  // 上半年实现“双过半” (half the time, half the work): not the campaign or meeting named after it.
  '双过半(?![^，。；;,\\n]{0,2}(?:督查|检查|调度|会|行动|攻坚|活动|竞赛))',
  // 县县通高速, 村村通公交: every county, village or household reached (not the programme 户户通工程).
  ...['县县通', '乡乡通', '镇镇通', '村村通', '户户通'].map((w) => `${w}${NOT_ACTION_NAME}`),
  // PM2.5浓度稳定达标, 断面水质全面达标, 污水排放达标: meeting the standard (not 达标率, 达标创建).
  ...['浓度', '水质', '断面', '排放'].map((w) => `${w}[^，。；;,\\n]{0,6}?(?:稳定|全面|全部)?达标(?!率|创建|建设|行动|工作|整治|改造|攻坚)`),
];
