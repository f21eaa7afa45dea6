import type { ExcelHost } from './host';

/** What this Excel can do, from its ExcelApi requirement sets (checked once per command). */
export interface Capabilities {
  /** ExcelApi 1.7: the baseline (hyperlinks, freeze panes, conditional formats, settings, protection). */
  baseline: boolean;
  /** ExcelApi 1.9: getCellProperties/setCellProperties (exact format capture and restore, borders, header style), autoFilter, RangeAreas. */
  cellProperties: boolean;
  autoFilter: boolean;
  rangeAreas: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: cell notes. */
  notes: boolean;
  /** ExcelApi 1.20: Excel.run({ mergeUndoGroup }) makes a check one Ctrl+Z step. */
  undoGroup: boolean;
}

export const BASELINE_VERSION = '1.7';

export function detectCapabilities(host: ExcelHost): Capabilities {
  const has = (v: string): boolean => host.isSetSupported('ExcelApi', v);
  const v19 = has('1.9');
  return {
    baseline: has(BASELINE_VERSION),
    cellProperties: v19,
    autoFilter: v19,
    rangeAreas: v19,
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    undoGroup: has('1.20'),
  };
}
