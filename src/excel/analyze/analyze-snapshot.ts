import type { Profile, RoleOverrides, SheetAnalysis, SheetSnapshot, WritePlan } from '../../engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../engine';
import type { Locale } from '../../i18n/locale';

export interface AnalyzeRequest {
  snapshot: SheetSnapshot;
  locale: Locale;
  profile: Profile | null;
  overrides: RoleOverrides;
}

export interface AnalyzeResult {
  analysis: SheetAnalysis;
  plan: WritePlan | null;
}

/** Runs the engine on a snapshot: the same call in the Web Worker and in the synchronous fallback. */
export function analyzeSnapshot(request: AnalyzeRequest): AnalyzeResult {
  const analysis = analyzeSheet(request.snapshot, {
    ...(request.profile ? { profile: request.profile } : {}),
    overrides: request.overrides,
  });
  const plan = analysis.status === 'checked' ? buildWritePlan(analysis, new SheetModel(request.snapshot), request.locale) : null;
  return { analysis, plan };
}

/** Analysis off the caller's thread (a Web Worker) or in-line (the fallback, and tests). */
export type Analyzer = (request: AnalyzeRequest) => Promise<AnalyzeResult>;

export const analyzeInline: Analyzer = (request) => Promise.resolve(analyzeSnapshot(request));
