/**
 * The task pane's service over the Office.js adapter (src/excel). Loaded lazily: it brings the
 * engine (for the in-line fallback) and the adapter, which the pane's first paint does not need.
 */
import type { Analyzer } from '../../excel/analyze/analyze-snapshot';
import { analyzeInline } from '../../excel/analyze/analyze-snapshot';
import { workerAnalyzer } from '../../excel/analyze/worker-client';
import { AddinError, toAddinError } from '../../excel/addin-error';
import { detectCapabilities } from '../../excel/capabilities';
import { checkSheet, revertLast } from '../../excel/check-sheet';
import type { ExcelHost } from '../../excel/host';
import { readSheet } from '../../excel/read-snapshot';
import { parseSettings } from '../../excel/settings';
import { SYNC_TIMEOUT_MS } from '../../excel/sync';
import type { Locale } from '../../i18n/locale';
import type { LedgerService } from '../service';
import { CANCELLED } from '../service';
import { layoutOf } from '../model/layout-of';
import { phasedAnalyzer } from './phased-analyzer';
import { loadPaneSettings, savePaneSettings } from './settings-store';

export interface ExcelServiceOptions {
  /** URL of the analysis worker (worker.js); null to analyse in-line. */
  workerUrl: string | null;
  /** Office's display language, used while the workbook has no saved language. */
  displayLocale: Locale;
  /** Selects a cell; defaults to activating the sheet and Range.select(). */
  select?: (sheet: string, cell: string) => Promise<void>;
  /** Stores the settings JSON; defaults to Workbook.settings.add (the preview writes its in-memory workbook directly). */
  writeSettings?: (key: string, json: string) => Promise<void>;
}

export function createExcelService(host: ExcelHost, options: ExcelServiceOptions): LedgerService {
  const analyzer: Analyzer = options.workerUrl ? workerAnalyzer(options.workerUrl) : analyzeInline;
  const fallback = options.displayLocale;
  const run = { delayForCellEdit: true };

  return {
    loadSettings: () => loadPaneSettings(host, fallback),
    saveSettings: (settings) => savePaneSettings(host, settings, fallback, options.writeSettings),

    async inspect() {
      const caps = detectCapabilities(host);
      if (!caps.baseline) throw new AddinError('unsupported-host');
      try {
        const read = await host.run(run, (context) => readSheet(context, caps, { timeoutMs: SYNC_TIMEOUT_MS, sheet: null }));
        const settings = parseSettings(read.settings, fallback);
        const { analysis } = await analyzer({ snapshot: read.snapshot, locale: settings.locale, profile: settings.profile, overrides: settings.overrides });
        return layoutOf(analysis);
      } catch (err) {
        throw toAddinError(err);
      }
    },

    async check({ signal, onPhase }) {
      onPhase('reading');
      try {
        const out = await checkSheet(host, { analyzer: phasedAnalyzer(analyzer, signal, onPhase), locale: fallback });
        return { sheet: out.sheet, analysis: out.analysis, notesSkipped: out.applied?.notesSkipped ?? 0, summarySheet: out.applied ? (out.plan?.summarySheets[0]?.name ?? null) : null };
      } catch (err) {
        // checkSheet wraps every error; a cancel is recognised by the signal.
        if (signal.aborted) throw Object.assign(new Error(CANCELLED), { code: CANCELLED, params: {} });
        throw err;
      }
    },

    revert: () => revertLast(host),

    selectCell:
      options.select ??
      ((sheet, cell) =>
        host.run(run, async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        })),
  };
}
