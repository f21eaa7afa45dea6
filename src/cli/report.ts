import type { CliMessages } from '../i18n/cli-messages';
import type { Locale } from '../i18n/locale';
import type { FileResult } from './check-file';
import { fileErrorText } from './print-summary';
import type { CliSheetReport } from './sheet-report';
import { cliSheetReport } from './sheet-report';

export interface FileReport {
  file: string;
  output: string | null;
  status: 'checked' | 'failed';
  exitCode: number;
  error: { code: string; message: string } | null;
  /** Workbook parts the checked copy does not keep. */
  unkept: string[];
  /** With --in-place: the untouched copy of the input. */
  backup: string | null;
  sheets: CliSheetReport[];
}

export interface Report {
  version: 1;
  tool: 'taskledger';
  lang: Locale;
  files: FileReport[];
}

/** 0: no error-severity finding; 1: some; 2: the file could not be processed. */
export function exitCodeOf(result: FileResult): number {
  if (result.error) return 2;
  const errors = result.sheets.some((s) => s.outline.status === 'checked' && s.outline.counts.bySeverity.error > 0);
  return errors ? 1 : 0;
}

export function buildReport(results: FileResult[], locale: Locale, m: CliMessages): Report {
  return {
    version: 1,
    tool: 'taskledger',
    lang: locale,
    files: results.map((r) => ({
      file: r.file,
      output: r.output,
      status: r.error ? 'failed' : 'checked',
      exitCode: exitCodeOf(r),
      error: r.error ? { code: r.error.code, message: fileErrorText(r, m) } : null,
      unkept: r.unkept,
      backup: r.backup,
      sheets: r.sheets.map((s) => s.report ?? cliSheetReport(s.outline, s.analysis, locale, s.summary)),
    })),
  };
}
