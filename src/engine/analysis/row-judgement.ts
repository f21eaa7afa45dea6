import type { Aggregate, Completion } from '../completion/task-completion';
import type { StatedRatio } from '../completion/stated-ratio';
import type { Measurability, UnmeasurableReason } from '../measurability';
import type { AsOf } from '../schedule/as-of';
import type { Deadline } from '../schedule/deadline';
import type { StatusLevel, StatusThresholds } from '../schedule/status-level';

export interface JudgeOptions {
  /** Report date YYYY-MM-DD (--as-of). */
  asOf?: string;
  /** 序时进度 set by the user, 0–1 (--expected, the pane's option): replaces the one read from date or title. */
  expected?: number;
  /** The workbook's file name, a fallback source of the report period. */
  fileName?: string;
  thresholds?: StatusThresholds;
  aggregate?: Aggregate;
  /** Write computed status and ratio over what a person wrote. */
  overwrite?: boolean;
}

/**
 * What a row keeps of taskCompletion: the indicators and pairings it worked through are left out (the
 * analysis of a large ledger holds every row; `taskledger explain` and the tests read them whole).
 */
export type RowCompletion = Pick<Completion, 'ratio' | 'evidence' | 'statedDone'>;

/** What a row keeps of classifyTarget: the verdict, its kinds, and the numbered items that are not measurable. */
export interface RowMeasurability extends Pick<Measurability, 'measurable' | 'kinds' | 'reason' | 'directionalVerbs'> {
  /** How many numbered items the target has (1 without numbering). */
  itemCount: number;
  /** The items that are not measurable, in order (none when the target is). */
  failing: readonly { index: number; text: string; reason: UnmeasurableReason | null }[];
}

export type StatusReason = 'ratio' | 'deadline-passed' | 'stated-done';

/** What TaskLedger concludes about one row: measurability, ratio, status and why. */
export interface RowJudgement {
  row: number;
  /** The text judged as the target (the target cell, or the task text where there is none). */
  targetText: string | null;
  /** The target's measurability, without its evidence spans (classifyTarget gives those). */
  measurability: RowMeasurability | null;
  /** The row's completion: ratio, what it rests on, and whether the progress states it done. */
  completion: RowCompletion | null;
  statedRatio: StatedRatio;
  statedStatus: string | null;
  statedLevel: StatusLevel | null;
  /** 序时进度 in force for this row (the sheet's, else the row's own period). */
  asOf: AsOf | null;
  deadline: Deadline | null;
  deadlinePassed: boolean;
  /** The computed status, before any stated one is kept. */
  computedLevel: StatusLevel | null;
  computedStatus: string | null;
  statusReason: StatusReason | null;
  /** The status reported and shown: the stated one unless overwriting, else the computed one. */
  status: string | null;
  statusSource: 'computed' | 'stated' | null;
}
