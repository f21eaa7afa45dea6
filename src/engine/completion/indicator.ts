import type { Quantity } from '../quantity';
import type { Metric } from './metric';

/**
 * at least (达到/以上/不少于), at most (以内/不超过/控制在), increase by (增长7%), decrease by
 * (下降0.5个百分点), or reach a level (覆盖率90%).
 */
export type Direction = 'atLeast' | 'atMost' | 'increaseBy' | 'decreaseBy' | 'level';

/** Something a target commits to that progress can be measured against. */
export type Indicator =
  | {
      kind: 'quantity'; text: string; start: number; end: number; quantity: Quantity; metric: Metric; direction: Direction;
      /** The words as written, for evidence: "完成综合交通投资290亿元". */
      phrase: string;
      /** "高于全省…2个百分点": the side of a comparison the figure is on. */
      side: 'above' | 'below' | null;
    }
  | { kind: 'deliverable'; text: string; start: number; end: number; title: string }
  | { kind: 'milestone'; text: string; start: number; end: number; verb: string; object: string };

/** A figure reported in the progress text. */
export interface Actual {
  text: string;
  start: number;
  end: number;
  quantity: Quantity;
  metric: Metric;
  /** Increase/decrease figures ("同比增长14%", "下降0.3个百分点") are changes, not levels. */
  change: 'increase' | 'decrease' | null;
  /** The period it covers, as written ("1-8月", "截至6月底"), or null. */
  period: string | null;
  /** The words as written, for evidence: "1-9月完成综合交通投资215.3亿元". */
  phrase: string;
  side: 'above' | 'below' | null;
}

/** A statement of completion in the progress text: "计划完成率达80.9%", "超额完成", "已印发《…》". */
export interface Statement {
  kind: 'rate' | 'exceeded' | 'done' | 'issued' | 'built';
  text: string;
  start: number;
  end: number;
  /** For rate statements: the ratio, 0–n. */
  ratio: number | null;
  /** For issued documents: the title; for built objects: the clause. */
  subject: string;
  /** For built objects: the completion verb ("建成", "封顶"). */
  verb?: string;
}
