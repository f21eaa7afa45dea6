import type { Role } from '../engine/profile/roles';
import type { Locale } from './locale';

export const roleLabels: Record<Locale, Record<Role, string>> = {
  'zh-CN': {
    seq: '序号', task: '重点任务', target: '目标/考核指标', measures: '工作举措', progress: '进展情况',
    plan: '工作计划', lead: '牵头单位', coop: '配合单位', status: '进展状态', ratio: '完成率',
    deadline: '完成时限', note: '备注',
  },
  'en-US': {
    seq: 'No.', task: 'Task', target: 'Target', measures: 'Measures', progress: 'Progress',
    plan: 'Next steps', lead: 'Lead unit', coop: 'Co-operating units', status: 'Status', ratio: 'Completion',
    deadline: 'Deadline', note: 'Note',
  },
};
