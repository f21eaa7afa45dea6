/// <reference types="office-js" />

/** The Excel.run options TaskLedger uses (delayForCellEdit always; mergeUndoGroup where ExcelApi 1.20 is there). */
export interface HostRunOptions {
  delayForCellEdit: boolean;
  mergeUndoGroup?: boolean;
}

/**
 * What the adapter needs from the host: Excel.run and requirement-set detection. The real host
 * wraps Office.js; tests and the browser preview use the in-memory Excel (src/excel-fake).
 */
export interface ExcelHost {
  run<T>(options: HostRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
}

/** The host inside Excel. Only call this after Office.onReady. */
export function officeHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
