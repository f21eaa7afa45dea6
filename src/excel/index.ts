/** The Office.js adapter: reads sheets into snapshots, applies write plans, reverts, settings. */
export type { ExcelHost, HostRunOptions } from './host';
export { officeHost } from './host';
export type { Capabilities } from './capabilities';
export { detectCapabilities, BASELINE_VERSION } from './capabilities';
export type { AddinErrorCode } from './addin-error';
export { AddinError } from './addin-error';
export type { CheckOptions, CheckOutcome } from './check-sheet';
export { checkSheet, revertLast } from './check-sheet';
export type { RevertOutcome } from './revert';
export type { AddinSettings } from './settings';
export { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings } from './settings';
export type { Analyzer, AnalyzeRequest, AnalyzeResult } from './analyze/analyze-snapshot';
export { analyzeInline, analyzeSnapshot } from './analyze/analyze-snapshot';
export { workerAnalyzer } from './analyze/worker-client';
export { UNDO_SHEET } from './undo/undo-store';
export { REQUEST_BUDGET_BYTES, RESPONSE_BUDGET_BYTES } from './payload';
