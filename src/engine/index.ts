/** The engine's public surface: snapshot in, analysis and write plan out. Pure: no host, no I/O. */
export type { CellValue, ExcelErrorValue, MergedArea, SheetSnapshot } from './sheet/snapshot';
export { isErrorValue } from './sheet/snapshot';
export { SheetModel, cellText } from './sheet/sheet-model';
export { cellAddress, columnLetter, columnNumber, parseAddress } from './sheet/a1';
export type { Role } from './profile/roles';
export { ROLES, isRole } from './profile/roles';
export type { Profile } from './profile/profile-schema';
export { profileSchema } from './profile/profile-schema';
export { DEFAULT_PROFILE } from './profile/default-profile';
export type { ProfileIssue, ProfileResult } from './profile/load-profile';
export { parseProfileJson, validateProfile } from './profile/load-profile';
export type { FindingCode, Severity } from './findings/codes';
export { FINDING_CODES, SEVERITIES } from './findings/codes';
export type { Finding, FindingParams } from './findings/finding';
export type { ColumnProfile, HeaderColumn, RoleColumn } from './header/column-profile';
export type { RoleOverrides } from './header/detect-header';
export type { GroupRecord, TaskRecord } from './rows/task-record';
export type { CheckedSheet, SheetAnalysis, SkippedSheet, SheetCounts } from './analysis/sheet-analysis';
export type { AnalyzeOptions } from './analysis/analyze-sheet';
export { analyzeSheet } from './analysis/analyze-sheet';
export type {
  CellNote, ColumnBlock, Highlight, PlanValue, PlannedColumn, PlannedColumnKey, StatusColorRule, SummaryCell,
  SummaryChart, SummarySheetPlan, SummaryTable, WritePlan,
} from './plan/write-plan';
export { OWN_RULE_FORMULA } from './plan/write-plan';
export type { PlanOptions } from './plan/build-plan';
export { buildWritePlan, commentLine } from './plan/build-plan';
export { statusRuleFormula, TRAFFIC_LIGHTS } from './plan/status-colors';
export type { RowJudgement, JudgeOptions } from './analysis/row-judgement';
export type { AsOf } from './schedule/as-of';
export type { RatioEvidence } from './completion/evidence';
export { DEFAULT_THRESHOLDS } from './schedule/status-level';
export type { StatusLevel, StatusThresholds } from './schedule/status-level';
export type { FindingReport, RowReport, SheetReport } from './report/sheet-report';
export { sheetReport } from './report/sheet-report';
