import type { Profile } from './profile-schema';

/** Common short and long forms of provincial and city departments (省… and 市… alike). */
const DEPARTMENT_ALIASES: [string, string[]][] = [
  ['发展改革委', ['发改委', '发展和改革委员会', '发展和改革委', '发展改革委员会']],
  ['经信厅', ['经济和信息化厅', '经济信息化厅']],
  ['经信局', ['经济和信息化局', '经济信息化局']],
  ['住房城乡建设厅', ['住建厅', '住房和城乡建设厅']],
  ['住房城乡建设局', ['住建局', '住房和城乡建设局']],
  ['卫生健康委', ['卫健委', '卫生健康委员会', '卫生和健康委员会']],
  ['人力社保厅', ['人社厅', '人力资源社会保障厅', '人力资源和社会保障厅']],
  ['人力社保局', ['人社局', '人力资源社会保障局', '人力资源和社会保障局']],
  ['市场监管局', ['市场监督管理局']],
  ['文化和旅游厅', ['文旅厅', '文化旅游厅']],
  ['文化和旅游局', ['文旅局', '文化旅游局', '文广旅游局']],
  ['科技厅', ['科学技术厅']],
  ['科技局', ['科学技术局']],
  ['生态环境厅', ['环保厅', '生态环境保护厅']],
  ['农业农村厅', ['农业厅']],
  ['应急管理厅', ['应急厅']],
  ['应急管理局', ['应急局']],
  ['医保局', ['医疗保障局']],
  ['国资委', ['国有资产监督管理委员会', '国有资产监管委']],
  ['大数据局', ['大数据发展管理局']],
  ['交通运输厅', ['交通厅']],
  ['交通运输局', ['交通局']],
];

/** The built-in alias list: each department above with 省 and with 市 in front. */
function departmentAliases(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const prefix of ['省', '市']) {
    for (const [name, aliases] of DEPARTMENT_ALIASES) out[prefix + name] = aliases.map((a) => prefix + a);
  }
  return out;
}

/**
 * The built-in profile. It covers the layouts in DOMAIN.md: provincial quarterly tables, city
 * annual indicator tables, city half-year tables and duty breakdowns.
 */
export const DEFAULT_PROFILE: Profile = {
  name: 'default',
  description: '重点工作台账（通用）',
  headerScanRows: 40,
  roles: {
    seq: { required: false, synonyms: ['序号', '编号', '序', 'No.', 'No'] },
    task: {
      required: true,
      synonyms: [
        '重点任务', '重大任务', '主要工作任务', '重点工作', '工作任务', '目标名称', '主要任务',
        '重点工作任务', '任务名称', '工作事项', '任务', '事项', '工作内容',
      ],
    },
    target: {
      required: false,
      synonyms: [
        '目标', '目标体系', '考核指标', '年度目标', '目标任务', '预期目标', '年度目标任务',
        '工作目标', '绩效目标', '指标', '主要目标',
      ],
    },
    measures: { required: false, synonyms: ['工作体系', '政策体系', '工作举措', '主要举措', '工作措施', '具体措施'] },
    progress: {
      required: false,
      synonyms: [
        '进展情况', '完成情况', '年度完成情况', '工作进展', '推进情况', '进展', '工作进展情况',
        '落实情况', '完成进展', '目前进展',
      ],
    },
    plan: { required: false, synonyms: ['工作计划', '下步计划', '下一步计划', '下步工作计划', '下一步工作'] },
    lead: {
      required: false,
      synonyms: ['牵头单位', '牵头部门', '责任单位', '责任处室', '主办单位', '责任部门', '牵头处室', '主责单位'],
    },
    coop: { required: false, synonyms: ['配合单位', '协办单位', '配合部门', '协同单位', '参与单位', '责任单位'] },
    status: { required: false, synonyms: ['进展状态', '完成状态', '状态', '进度状态', '推进状态', 'Status'] },
    ratio: {
      required: false,
      synonyms: ['完成率', '完成进度', '年度完成工作量', '完成比例', '完成百分比', '进度', 'Completion'],
    },
    deadline: { required: false, synonyms: ['完成时限', '完成时间', '时间节点', '时限', '截止时间', '计划完成时间'] },
    note: { required: false, synonyms: ['备注', '说明'] },
  },
  statusValues: ['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后', '正常推进', '滞后', '未启动', '基本完成'],
  unitAliases: departmentAliases(),
  placeholders: ['', '/', '-', '—', '——', '－', '无', '待定', '暂无', '未明确', '空', 'N/A', 'n/a'],
  rules: {
    'sheet/column-missing': { enabled: true, severity: 'error' },
    'lead/missing': { enabled: true, severity: 'error' },
    'lead/no-column': { enabled: true, severity: 'info' },
    'task/missing': { enabled: true, severity: 'error' },
    'seq/duplicate': { enabled: true, severity: 'warning' },
    'progress/missing': { enabled: true, severity: 'warning' },
    'status/invalid': { enabled: true, severity: 'warning' },
    'target/unmeasurable': { enabled: true, severity: 'warning' },
    'status/inconsistent': { enabled: true, severity: 'warning' },
    'ratio/stated-mismatch': { enabled: true, severity: 'warning' },
    'ratio/invalid': { enabled: true, severity: 'warning' },
    'ratio/not-computable': { enabled: true, severity: 'info' },
  },
};
