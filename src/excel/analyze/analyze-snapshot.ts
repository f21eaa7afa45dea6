import type { Profile, RoleOverrides, SheetAnalysis, SheetSnapshot, WritePlan } from '../../engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../engine';
import type { Locale } from '../../i18n/locale';
import type { JudgingSettings } from '../settings';
import { withUnitAliases } from './unit-aliases';

export interface AnalyzeRequest {
  snapshot: SheetSnapshot;
  locale: Locale;
  profile: Profile | null;
  overrides: RoleOverrides;
  /** Report date, margins, overwrite, counting and unit aliases; the defaults when absent. */
  judging?: JudgingSettings;
  /** Hidden columns of the sheet (1-based): a column TaskLedger adds is never one of them. */
  hiddenColumns?: number[];
  /** When the check ran, in local time ("2024-10-08 10:30"), shown on the summary sheet. */
  generatedAt?: string;
}

export interface AnalyzeResult {
  analysis: SheetAnalysis;
  plan: WritePlan | null;
}

/** Runs the engine on a snapshot: the same call in the Web Worker and in the synchronous fallback. */
export function analyzeSnapshot(request: AnalyzeRequest): AnalyzeResult {
  const judging = request.judging;
  const analysis = analyzeSheet(request.snapshot, {
    ...(request.profile ? { profile: request.profile } : {}),
    overrides: request.overrides,
    ...(judging?.asOf ? { asOf: judging.asOf } : {}),
    ...(typeof judging?.expected === 'number' ? { expected: judging.expected } : {}),
    ...(judging ? { thresholds: judging.thresholds, overwrite: judging.overwrite } : {}),
  });
  // The pane's unit aliases join the profile's for the summary (who is counted under which unit).
  const planProfile = withUnitAliases(request.profile, judging?.unitAliases);
  const plan =
    analysis.status === 'checked'
      ? buildWritePlan(analysis, new SheetModel(request.snapshot), {
          locale: request.locale,
          ...(planProfile ? { profile: planProfile } : {}),
          overwrite: judging?.overwrite === true,
          summary: { countBy: judging?.countBy ?? 'lead', ...(request.generatedAt ? { generatedAt: request.generatedAt } : {}) },
          hiddenColumns: request.hiddenColumns ?? [],
          notes: judging?.notes === true,
        })
      : null;
  return { analysis, plan };
}

/** Analysis off the caller's thread (a Web Worker) or in-line (the fallback, and tests). */
export type Analyzer = (request: AnalyzeRequest) => Promise<AnalyzeResult>;

export const analyzeInline: Analyzer = (request) => Promise.resolve(analyzeSnapshot(request));
