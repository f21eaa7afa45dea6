/**
 * Writes assets/samples/ledger-sample.xlsx: the demo workbook, a fictional 江川省 / 临江市 ledger in
 * the layouts TaskLedger reads, with the problems listed in scripts/sample-facts.ts planted in it.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/make-sample.js
 *
 * The output is byte-for-byte deterministic (fixed document dates and zip entry timestamps).
 */
import ExcelJS from 'exceljs';
import { estimateLines, fitRowHeights } from './row-heights';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { sampleFacts } from './sample-facts';
import type { SampleLedgerSheet } from './sample-facts';

type Cell = string | number | null;
type BodyRow = Cell[] | { band: string };

const FIXED_DATE = new Date(Date.UTC(2024, 9, 15, 9, 0, 0));
const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 10 };
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 18, bold: true };
const BAND_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11, bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const BAND_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const LINE = { style: 'thin' as const, color: { argb: 'FF7F7F7F' } };
const THIN: Partial<ExcelJS.Borders> = { top: LINE, left: LINE, bottom: LINE, right: LINE };

const MAIN_SHEET = '重点工作台账';
const HALF_SHEET = '半年进展';
const NOTES_SHEET = '说明';

// ---------------------------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------------------------

const MAIN_HEADERS = ['序号', '重大任务', '目标体系', '工作体系', '政策体系', '进展情况', '工作计划', '责任处室'];
const MAIN_WIDTHS = [6, 26, 30, 28, 28, 46, 28, 10];

/** 序号 | 重大任务 | 目标体系 | 工作体系 | 政策体系 | 进展情况 | 工作计划 | 责任处室 */
const MAIN_ROWS: BodyRow[] = [
  { band: '2024年目标' },
  [
    1,
    '扩大有效投资，全年完成省重点建设项目投资2900亿元以上。',
    '1.省重点建设项目完成投资2900亿元以上。\n2.新开工省重点建设项目150个。',
    '1.建立省重点项目“月调度、季通报”机制。\n2.开展重大项目用地、用能要素保障专项行动。',
    '1.已印发《江川省2024年重点建设项目计划》。',
    '1.1-9月，省重点建设项目完成投资2215.3亿元，完成年度计划的76.4%。\n2.新开工省重点建设项目118个。',
    '1.四季度组织重大项目集中开工活动。\n2.加强项目调度，确保完成全年目标。',
    '投资处',
  ],
  [
    2,
    '稳定和扩大就业，全年新增城镇就业8万人以上。',
    '1.新增城镇就业8万人以上。\n2.城镇调查失业率控制在5.5%以内。',
    '1.落实援企稳岗政策。\n2.实施高校毕业生就业促进行动。',
    '1.已印发《江川省进一步稳就业若干措施》。',
    '1.1-9月，全省新增城镇就业6.52万人，完成年度目标的81.5%。\n2.9月末城镇调查失业率为4.9%。',
    '1.做好离校未就业高校毕业生帮扶。\n2.开展就业援助月活动。',
    '社会处',
  ],
  [
    3,
    '推进开发区（园区）整合提升，打造一批高能级产业平台。',
    '1.全省开发区（园区）整合到120个以内。\n2.认定省级高能级产业平台5个。',
    '1.发布江川省开发区（园区）目录（2024年版）。\n2.制定高能级产业平台认定办法。',
    '1.已印发《关于推进开发区整合提升的实施意见》。\n2.拟印发《江川省高能级产业平台认定办法》。',
    '1.7月印发《江川省开发区（园区）目录（2024年版）》，全省开发区（园区）已整合至124个。\n2.高能级产业平台申报工作已启动，收到申报材料8份。',
    '1.督促未完成整合的园区年底前整合到位。\n2.11月完成平台评审认定。',
    '地区处',
  ],
  [
    4,
    '推动先进制造业和现代服务业深度融合，培育两业融合试点单位。',
    '1.出台《江川省推动先进制造业和现代服务业深度融合实施方案》。\n2.新认定省级两业融合试点单位60家。',
    '1.开展试点单位评审认定。\n2.组织两业融合典型案例评选。',
    '1.已印发《江川省两业融合试点管理办法》。',
    '1.已印发《江川省推动先进制造业和现代服务业深度融合实施方案》。\n2.认定省级两业融合试点单位45家。',
    '1.年底前完成第二批试点评审。\n2.评选发布典型案例20个。',
    '产业处',
  ],
  [
    5,
    '促进消费扩容提质，社会消费品零售总额增长6%左右。',
    '社会消费品零售总额增长6%左右。',
    '1.开展“江川消费季”系列活动。\n2.推动汽车、家电以旧换新。',
    '1.已印发《江川省促进消费扩容提质若干措施》。',
    '1.1-9月，全省社会消费品零售总额同比增长5.8%。\n2.累计开展促消费活动420余场。',
    '1.办好“双十一”“年货节”等促消费活动。',
    null,
  ],
  [
    6,
    '加快综合交通基础设施建设，全年完成综合交通投资290亿元。',
    '1.完成综合交通投资290亿元。\n2.建成江川至临江高速公路并通车。',
    '1.实施交通强省建设年度计划。\n2.推进重大交通项目前期工作。',
    '1.已印发《江川省综合交通运输发展年度计划》。',
    '1.1-9月完成综合交通投资215.3亿元。\n2.江川至临江高速公路主线路面工程完成90%。',
    '1.确保江川至临江高速公路年底前建成通车。',
    '基础处',
  ],
  [
    7,
    '加强能源保供能力建设，推进清洁能源项目建设。',
    '1.建成临江抽水蓄能电站首台机组并投运。\n2.新增光伏装机200万千瓦。',
    '1.建立重大能源项目专班推进机制。\n2.推进整县屋顶分布式光伏开发。',
    '1.已印发《江川省能源发展2024年工作要点》。',
    '1.临江抽水蓄能电站首台机组已于9月28日正式投运。\n2.1-9月新增光伏装机156.4万千瓦。',
    '1.做好迎峰度冬能源保供。\n2.加快二号机组建设。',
    '能源处',
  ],
  [
    8,
    '推进节能降碳，单位地区生产总值能耗下降3%。',
    '单位地区生产总值能耗下降3%。',
    '1.实施能耗双控向碳排放双控转变。\n2.开展重点领域节能降碳改造。',
    '1.已印发《江川省节能降碳行动方案》。',
    '1-9月，全省单位地区生产总值能耗同比下降2.1%。',
    '1.加强重点用能单位节能监察。',
    '环资处',
  ],
  [
    null,
    null,
    '其中：完成重点用能单位节能改造100家。',
    '1.建立节能改造项目清单。',
    null,
    '已完成重点用能单位节能改造72家。',
    '1.督促剩余28家年底前完成改造。',
    '环资处',
  ],
  [
    9,
    '深化“放管服”改革，持续压减企业开办时间。',
    '企业开办全流程时间压缩至1个工作日以内。',
    '1.推行企业开办“一件事”集成办理。',
    '1.已印发《江川省企业开办“一件事”改革实施方案》。',
    '1.企业开办全流程平均用时0.9个工作日。\n2.全省“一件事”集成办理事项达到32项。',
    '1.推动企业注销“一件事”改革。',
    '体改处',
  ],
  [
    10,
    '加强社会信用体系建设。',
    '持续推进社会信用体系建设，加强信用监管。',
    '1.完善公共信用信息平台。\n2.推进信用分级分类监管。',
    '1.拟修订《江川省公共信用信息管理办法》。',
    '1.省公共信用信息平台3.0版上线运行。\n2.累计归集信用信息12.6亿条。',
    '1.开展诚信建设宣传月活动。',
    '信用处',
  ],
  [
    11,
    '实施乡村振兴示范工程，建设省级乡村振兴示范村300个。',
    '建设省级乡村振兴示范村300个。',
    '1.建立示范村建设项目库。\n2.开展示范村建设年度评估。',
    '1.已印发《江川省乡村振兴示范村建设指南》。',
    '已建成省级乡村振兴示范村186个，另有64个正在建设。',
    '1.加快在建示范村建设进度。',
    '/',
  ],
  [
    12,
    '加快养老服务体系建设，新增养老机构床位3000余张。',
    '1.新增养老机构床位3000余张。\n2.建成乡镇（街道）区域养老服务中心40个。',
    '1.实施养老服务设施补短板工程。',
    '1.已印发《江川省养老服务体系建设“十四五”规划》。',
    '1.新增养老机构床位2150张。\n2.建成乡镇（街道）区域养老服务中心31个。',
    '1.四季度集中验收一批养老服务设施。',
    '社会处',
  ],
  [
    13,
    '推进数字政府建设，建成省公共数据平台二期并投运。',
    '建成省公共数据平台二期并投运。',
    '1.推进平台二期建设和数据归集。',
    '1.已印发《江川省公共数据平台建设规范》。',
    '1.省公共数据平台二期已完成系统联调。\n2.计划11月上线试运行。',
    '1.11月完成二期上线。\n2.年底前完成验收。',
    '高技术处',
  ],
  [
    14,
    '稳外资促外贸，全年实际使用外资100亿美元。',
    '实际使用外资100亿美元。',
    '1.开展重点外资项目专班服务。\n2.举办江川投资推介会。',
    '1.已印发《江川省稳外资若干措施》。',
    '1.1-9月实际使用外资71.6亿美元，同比增长3.2%。\n2.新设外商投资企业685家。',
    '1.推动一批重大外资项目落地。',
    '外资处',
  ],
  [
    14,
    '加强重要民生商品价格调控，居民消费价格涨幅控制在3%左右。',
    '居民消费价格涨幅控制在3%左右。',
    '1.加强重要民生商品价格监测预警。\n2.落实社会救助和保障标准与物价上涨挂钩联动机制。',
    '1.已印发《江川省重要民生商品价格调控办法》。',
    '1-9月，全省居民消费价格同比上涨0.6%。',
    '1.做好元旦春节期间市场保供稳价。',
    '价格处',
  ],
  [
    16,
    '保障粮食安全，粮食播种面积稳定在1500万亩以上。',
    '粮食播种面积稳定在1500万亩以上。',
    '1.落实粮食安全党政同责。\n2.加强高标准农田建设。',
    '1.已印发《江川省粮食安全责任制考核办法》。',
    '全年粮食播种面积1508.6万亩，完成目标任务。',
    '1.做好秋粮收购工作。',
    '农经处',
  ],
  [
    17,
    '推进山区县高质量发展，实施山区县共同富裕项目100个。',
    '实施山区县共同富裕项目100个。',
    '1.建立山区县项目库和结对帮扶机制。',
    '1.已印发《江川省支持山区县高质量发展若干政策》。',
    null,
    '1.开展山区县项目年度评估。',
    '区域处',
  ],
  [
    18,
    '积极争取国家资金支持，全年争取中央预算内投资100亿元。',
    '争取中央预算内投资100亿元。',
    '1.加强项目储备和前期工作。',
    '1.已印发《江川省中央预算内投资项目管理办法》。',
    '1-9月争取中央预算内投资86.3亿元，完成年度目标的86.3%。',
    '1.做好第四批中央预算内投资申报。',
    '投资处',
  ],
  [
    19,
    '推进以人为本的新型城镇化，常住人口城镇化率提高0.8个百分点。',
    '常住人口城镇化率提高0.8个百分点。',
    '1.推进农业转移人口市民化。\n2.开展县城补短板强弱项建设。',
    '1.已印发《江川省新型城镇化2024年重点任务》。',
    '上半年全省常住人口城镇化率为73.9%，比上年末提高0.4个百分点。',
    '1.推动户籍制度改革政策落地。',
    '城镇处',
  ],
  [
    20,
    '推动服务业提质增效，服务业增加值增长6%。',
    '服务业增加值增长6%。',
    '1.实施现代服务业创新发展区建设。',
    '1.已印发《江川省现代服务业高质量发展三年行动计划》。',
    '1-9月，全省服务业增加值同比增长5.6%。',
    '1.培育认定第二批服务业创新发展区。',
    ' \n ',
  ],
  [
    21,
    '深入打好污染防治攻坚战，持续改善空气质量。',
    '地级城市PM2.5平均浓度控制在28微克/立方米以内。',
    '1.实施大气污染防治年度计划。\n2.推进重点行业超低排放改造。',
    '1.已印发《江川省空气质量持续改善行动计划》。',
    '1-9月，地级城市PM2.5平均浓度为26.4微克/立方米。',
    '1.做好秋冬季大气污染防治。',
    '环资处',
  ],
  [
    22,
    null,
    '编制《江川省“十五五”规划基本思路》。',
    '1.组建规划编制工作专班。\n2.开展重大课题研究。',
    '1.已印发《江川省“十五五”规划编制工作方案》。',
    '已形成《江川省“十五五”规划基本思路》初稿，正在征求省级有关部门意见。',
    '1.12月底前报省政府审议。',
    '规划处',
  ],
  [
    23,
    '深化国资国企改革。',
    '持续推进国有企业改革深化提升，完善中国特色现代企业制度。',
    '1.推进省属企业战略性重组。',
    '1.已印发《江川省国有企业改革深化提升行动实施方案》。',
    '省属企业已全面完成董事会应建尽建。',
    '1.开展改革成效评估。',
    '体改处',
  ],
  [
    24,
    '实施城乡居民增收计划，农村居民人均可支配收入增长7%。',
    '农村居民人均可支配收入增长7%。',
    '1.拓宽农民工资性、经营性收入渠道。',
    '1.已印发《江川省城乡居民增收行动计划》。',
    null,
    '1.加强收入分配监测分析。',
    '社会处',
  ],
  [
    25,
    '推进数字经济创新提质，数字经济核心产业增加值增长10%。',
    '数字经济核心产业增加值增长10%。',
    '1.实施数字经济核心产业培育工程。',
    '1.已印发《江川省数字经济创新提质行动方案》。',
    '1-9月，全省数字经济核心产业增加值同比增长9.1%。',
    '1.推动一批数字经济重大项目投产。',
    '高技术处',
  ],
];

const HALF_HEADERS = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
const HALF_WIDTHS = [6, 44, 52, 22, 11];

/** 序号 | 主要工作任务 | 进展情况 | 牵头部门 | 进展状态 */
const HALF_ROWS: BodyRow[] = [
  [
    1,
    '稳定和扩大就业，全年新增城镇就业2.5万人。',
    '1.上半年新增城镇就业1.42万人，完成年度目标的56.8%。\n2.举办线上线下招聘会86场。',
    '市人力社保局',
    '按时推进',
  ],
  [
    2,
    '实施重大项目攻坚行动，全年完成市重点项目投资420亿元。',
    '1-6月完成市重点项目投资236.5亿元，完成年度计划的56.3%。',
    '市发改委\n市住建局',
    '进度较快',
  ],
  [
    3,
    '推进临江港二期码头建设，年内建成5万吨级泊位2个并投运。',
    '1.码头水工主体工程已完工。\n2.1号泊位完成装卸设备安装调试。',
    '市交通局牵头，市财政局、市自然资源局配合',
    '按时推进',
  ],
  [
    4,
    '新建改造城市地下管网150公里。',
    '已完成城市地下管网新建改造62公里，部分路段受汛期影响暂停施工。',
    '市住建局、市城管局',
    '部分滞后',
  ],
  [
    5,
    '完成市第三人民医院迁建工程主体结构封顶。',
    '主体结构已于5月封顶，进入内部装修阶段。',
    '市卫生健康委',
    '进度较快',
  ],
  [
    6,
    '新增公办幼儿园学位3000个。',
    '已开工建设公办幼儿园8所，建成后可新增学位2160个。',
    '市教育局',
    '按期推进',
  ],
  [
    7,
    '加强城乡社区治理，持续完善社区服务体系。',
    '开展社区工作者专题培训4期，新建社区综合服务中心9个。',
    '市民政局',
    '按时推进',
  ],
  [
    8,
    '推进城镇老旧小区改造，开工改造老旧小区45个。',
    '已开工改造老旧小区19个，部分项目因前期手续办理滞后尚未开工。',
    '市住建局',
    '进度滞后',
  ],
  [
    9,
    '加快发展低空经济，出台《临江市低空经济发展行动方案》。',
    '已完成方案初稿，正在征求相关部门意见。',
    '待定',
    '部分滞后',
  ],
  [
    10,
    '推进美丽河湖建设，新增市级美丽河湖5条。',
    '已完成3条河湖综合整治并通过验收。',
    '市水利局\n市生态环境局',
    '按时推进',
  ],
  [
    11,
    '提升政务服务效能，“一网通办”事项覆盖率达到95%以上。',
    '“一网通办”事项覆盖率达到96.2%，提前完成年度目标。',
    '市数据局',
    '进度较快',
  ],
  [
    12,
    '强化安全生产，持续加强重点行业领域安全监管。',
    '开展安全生产专项检查1260家次，督促整改隐患3470处。',
    '市应急管理局、市市场监管局',
    '按时推进',
  ],
];

const NOTES_LINES = [
  '填报说明',
  '1.本台账为演示样例，江川省、临江市及表中单位、数据均为虚构。',
  '2.“重点工作台账”为省发展改革委季度进展表，“半年进展”为市政府重点任务半年推进表。',
  '3.请各责任单位于每季度末月25日前更新“进展情况”和“工作计划”，能量化的请写明截至报告期的实物工作量。',
  '4.牵头单位列第一位者为牵头或汇总单位；“X牵头，Y、Z配合”的，X为牵头单位。',
  '5.进展状态请从“已完成、进度较快、按时推进、部分滞后、进度滞后”中选择。',
  '6.本样例中故意保留了若干问题（责任单位缺失、序号重复、进展情况空白等），供台账助手检查演示。',
];

// ---------------------------------------------------------------------------------------------
// Styling
// ---------------------------------------------------------------------------------------------


function addTitle(ws: ExcelJS.Worksheet, text: string, ncols: number): void {
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = TITLE_FONT;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, ncols);
  ws.getRow(1).height = 42;
}

function addHeader(ws: ExcelJS.Worksheet, row: number, headers: string[]): void {
  headers.forEach((h, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = h;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(row).height = 30;
}

function addBody(ws: ExcelJS.Worksheet, firstRow: number, ncols: number, rows: BodyRow[], center: number[]): number {
  let r = firstRow;
  for (const data of rows) {
    if (!Array.isArray(data)) {
      const cell = ws.getCell(r, 1);
      cell.value = data.band;
      ws.mergeCells(r, 1, r, ncols);
      cell.font = BAND_FONT;
      cell.fill = BAND_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: 'left', vertical: 'middle', indent: 1 };
      ws.getRow(r).height = 24;
    } else {
      for (let c = 1; c <= ncols; c++) {
        const cell = ws.getCell(r, c);
        const v = data[c - 1];
        if (v !== null && v !== undefined) cell.value = v;
        cell.font = BODY_FONT;
        cell.border = THIN;
        const centred = center.includes(c);
        cell.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
      }
    }
    r++;
  }
  return r - 1;
}

function setupSheet(ws: ExcelJS.Worksheet, widths: number[], headerRow: number): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
  ws.pageSetup = {
    paperSize: 8 as ExcelJS.PaperSize, // A3 (not in exceljs's enum)
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
}

// ---------------------------------------------------------------------------------------------
// The workbook
// ---------------------------------------------------------------------------------------------

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TaskLedger sample';
  wb.lastModifiedBy = 'TaskLedger sample';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = '重点工作台账（演示样例）';

  // Provincial commission, quarterly: the main sheet.
  const main = wb.addWorksheet(MAIN_SHEET, { properties: { tabColor: { argb: 'FF2F5597' } } });
  setupSheet(main, MAIN_WIDTHS, 2);
  addTitle(main, '江川省发展改革委2024年重点工作进展情况（截至三季度）', MAIN_HEADERS.length);
  addHeader(main, 2, MAIN_HEADERS);
  const mainLast = addBody(main, 3, MAIN_HEADERS.length, MAIN_ROWS, [1, 8]);
  // Task 8 has a sub-item row: 序号 and 重大任务 merged over both rows.
  main.mergeCells('A11:A12');
  main.mergeCells('B11:B12');
  main.getCell('B11').alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  fitRowHeights(main, 4, mainLast);

  // City government, half-year.
  const half = wb.addWorksheet(HALF_SHEET, { properties: { tabColor: { argb: 'FF548235' } } });
  setupSheet(half, HALF_WIDTHS, 2);
  addTitle(half, '临江市2024年政府工作报告重点任务上半年推进情况', HALF_HEADERS.length);
  addHeader(half, 2, HALF_HEADERS);
  const halfLast = addBody(half, 3, HALF_HEADERS.length, HALF_ROWS, [1, 4, 5]);
  fitRowHeights(half, 3, halfLast);

  // Notes: not a ledger.
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.getColumn(1).width = 110;
  NOTES_LINES.forEach((line, i) => {
    const cell = notes.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { name: '黑体', size: 14, bold: true } : { name: '宋体', size: 11 };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    notes.getRow(i + 1).height = i === 0 ? 30 : Math.max(22, estimateLines(line, 110) * 15 + 6);
  });
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Self-check: the facts in sample-facts.ts must describe this workbook exactly
// ---------------------------------------------------------------------------------------------

const VALID_STATUS = ['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后'];
const LEAD_PLACEHOLDERS = ['', '/', '／', '待定', '-', '—', '无'];

function cellText(ws: ExcelJS.Worksheet, address: string): string {
  const v = ws.getCell(address).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

function findProblems(ws: ExcelJS.Worksheet, facts: SampleLedgerSheet): string[] {
  const found: string[] = [];
  const col = facts.columns;
  const seen = new Set<string>();
  const rows = [...facts.taskRows, ...Object.keys(facts.continuationRows).map(Number)].sort((a, b) => a - b);
  for (const r of rows) {
    const continuation = r in facts.continuationRows;
    if (col.seq && !continuation) {
      const seq = cellText(ws, `${col.seq}${r}`).trim();
      if (seq && seen.has(seq)) found.push(`${r}:seq/duplicate:${col.seq}`);
      seen.add(seq);
    }
    if (col.task && !continuation && !cellText(ws, `${col.task}${r}`).trim()) found.push(`${r}:task/missing:${col.task}`);
    if (col.progress && !cellText(ws, `${col.progress}${r}`).trim()) found.push(`${r}:progress/missing:${col.progress}`);
    if (col.lead && LEAD_PLACEHOLDERS.includes(cellText(ws, `${col.lead}${r}`).trim())) {
      found.push(`${r}:lead/missing:${col.lead}`);
    }
    if (col.status) {
      const status = cellText(ws, `${col.status}${r}`).trim();
      if (status && !VALID_STATUS.includes(status)) found.push(`${r}:status/invalid:${col.status}`);
    }
  }
  return found.sort();
}

/** Returns the disagreements between sampleFacts and the workbook (empty when they agree). */
export function checkSampleFacts(wb: ExcelJS.Workbook): string[] {
  const errors: string[] = [];
  const names = wb.worksheets.map((w) => w.name);
  const expectedNames = sampleFacts.sheets.map((s) => s.name);
  if (names.join('|') !== expectedNames.join('|')) errors.push(`sheets ${names.join(',')} != ${expectedNames.join(',')}`);
  for (const facts of sampleFacts.sheets) {
    if (facts.kind !== 'ledger') continue;
    const ws = wb.getWorksheet(facts.name);
    if (!ws) {
      errors.push(`missing sheet ${facts.name}`);
      continue;
    }
    for (const [c, h] of Object.entries(facts.headerTexts)) {
      const got = cellText(ws, `${c}${facts.headerRow}`);
      if (got !== h) errors.push(`${facts.name}!${c}${facts.headerRow}: header "${got}" != "${h}"`);
    }
    if (ws.lastRow?.number !== facts.lastDataRow) errors.push(`${facts.name}: last row ${ws.lastRow?.number} != ${facts.lastDataRow}`);
    if (facts.taskRows.length !== facts.taskCount) errors.push(`${facts.name}: taskRows length != taskCount`);
    const merges = [...ws.model.merges].sort().join(',');
    if (merges !== [...facts.merges].sort().join(',')) errors.push(`${facts.name}: merges ${merges}`);
    for (const r of facts.bandRows) {
      if (!ws.getCell(`A${r}`).isMerged) errors.push(`${facts.name}: band row ${r} not merged`);
    }
    const expected = sampleFacts.problems
      .filter((p) => p.sheet === facts.name)
      .map((p) => `${p.row}:${p.code}:${p.column}`)
      .sort();
    const found = findProblems(ws, facts);
    if (found.join(',') !== expected.join(',')) {
      errors.push(`${facts.name}: problems found [${found.join(', ')}] != listed [${expected.join(', ')}]`);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** Sets every zip entry's DOS timestamp to a fixed value, so the file is byte-for-byte repeatable. */
export function fixZipTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const dosTime = 9 << 11; // 09:00:00
  const dosDate = ((2024 - 1980) << 9) | (10 << 5) | 15; // 2024-10-15
  const count = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < count; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local file header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

export async function writeSample(outPath: string): Promise<void> {
  const wb = buildSample();
  const errors = checkSampleFacts(wb);
  if (errors.length > 0) throw new Error(`sample-facts.ts does not match the sample:\n${errors.join('\n')}`);
  const data = await wb.xlsx.writeBuffer();
  mkdirSync(path.dirname(outPath), { recursive: true });
  writeFileSync(outPath, fixZipTimestamps(Buffer.from(data as ArrayBuffer)));
}

if (require.main === module) {
  const outPath = path.resolve(__dirname, '../../assets/samples/ledger-sample.xlsx');
  writeSample(outPath).then(
    () => {
      process.stdout.write(`wrote ${path.relative(process.cwd(), outPath) || outPath}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
