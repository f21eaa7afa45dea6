import type { Profile } from './profile-schema';

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
