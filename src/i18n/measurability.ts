/** Wording for measurability findings: why a target is not measurable and what to add. Pure. */
import type { MeasurableKind, UnmeasurableReason } from '../engine/measurability/types';

export type MeasurabilityLocale = 'zh-CN' | 'en-US';

export interface MeasurabilityMessages {
  reason: Record<UnmeasurableReason, (p: { verbs: string[] }) => string>;
  suggestion: (p: { verbs: string[] }) => string;
  kindLabel: Record<MeasurableKind, string>;
}

function zhVerbs(verbs: string[]): string {
  return verbs.slice(0, 3).join('、');
}

function enVerbs(verbs: string[]): string {
  return verbs.slice(0, 3).map((v) => `“${v}”`).join(', ');
}

export const measurabilityMessages: Record<MeasurabilityLocale, MeasurabilityMessages> = {
  'zh-CN': {
    reason: {
      'empty': () => '目标为空，无法考核',
      'directional-only': ({ verbs }) =>
        verbs.length > 0
          ? `仅有“${zhVerbs(verbs)}”等方向性表述，没有数量、比例、成果文件或完成节点`
          : '仅有方向性表述，没有数量、比例、成果文件或完成节点',
      'no-criterion': () => '没有可核验的标准：未写明数量、比例、成果文件、完成节点或时限',
      'vague-quantity': () => '使用“一批”“若干”等模糊数量，没有具体数字',
      'comparison-only': () => '只有“快于”“高于”“基本同步”等比较性表述，没有具体数值',
    },
    suggestion: ({ verbs }) =>
      verbs.length > 0
        ? `建议把“${zhVerbs(verbs)}”落到可核验的结果上，补充量化指标或完成时限，如“建成X个”“年底前出台《…》”`
        : '建议补充量化指标或完成时限，如“建成X个”“增长X%”“年底前出台《…》”',
    kindLabel: {
      quantity: '数量',
      rate: '比例',
      deliverable: '成果文件',
      milestone: '完成节点',
      absolute: '绝对目标',
      deadline: '完成时限',
    },
  },
  'en-US': {
    reason: {
      'empty': () => 'The target is empty; there is nothing to assess',
      'directional-only': ({ verbs }) =>
        verbs.length > 0
          ? `Only directional wording (${enVerbs(verbs)}); no quantity, rate, deliverable or milestone`
          : 'Only directional wording; no quantity, rate, deliverable or milestone',
      'no-criterion': () => 'No checkable criterion: no quantity, rate, deliverable, milestone or deadline',
      'vague-quantity': () => 'Vague amounts such as “一批” (a batch) or “若干” (several) instead of a number',
      'comparison-only': () => 'Only a comparison such as “快于” (faster than) or “基本同步” (in step) without a figure',
    },
    suggestion: ({ verbs }) =>
      verbs.length > 0
        ? `Turn ${enVerbs(verbs)} into a checkable result: add a figure or a deadline, e.g. “建成X个” (build X) or “年底前出台《…》” (issue … by year end)`
        : 'Add a figure or a deadline, e.g. “建成X个” (build X), “增长X%” (grow X%) or “年底前出台《…》” (issue … by year end)',
    kindLabel: {
      quantity: 'quantity',
      rate: 'rate',
      deliverable: 'deliverable',
      milestone: 'milestone',
      absolute: 'absolute outcome',
      deadline: 'deadline',
    },
  },
};
