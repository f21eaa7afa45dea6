import type { CheckedSheet, SheetAnalysis } from '../engine';
import { FINDING_CODES } from '../engine';
import type { CliMessages } from '../i18n/cli-messages';
import type { FileResult } from './check-file';
import { formatTable } from './terminal/display-width';

export function fileErrorText(result: FileResult, m: CliMessages): string {
  const error = result.error;
  if (!error) return '';
  const params = { file: result.file, detail: error.detail ?? '', ...(error.params ?? {}) };
  return m.fileError[error.code](params);
}

function checkedLines(a: CheckedSheet, m: CliMessages): string[] {
  const c = a.counts;
  const head = `${m.checked({ headerRow: a.columns.headerRow, tasks: c.tasks, subitems: c.subitems })}${m.sep}${m.severityCounts(c.bySeverity)}`;
  const cols = Object.values(a.columns.roles)
    .map((r) => (r ? `${r.role}=${r.letter}` : ''))
    .filter(Boolean)
    .join(' ');
  const rows = FINDING_CODES.filter((code) => c.byCode[code]).map((code) => [
    code,
    m.codeLabel[code] ?? '',
    String(c.byCode[code]),
  ]);
  const table = rows.length > 0 ? formatTable([m.tableHead, ...rows], new Set([2])).map((l) => `      ${l}`) : [];
  return [`    ${head}`, `    ${m.columns}: ${cols}`, ...table];
}

function sheetLines(a: SheetAnalysis, m: CliMessages): string[] {
  const title = `  ${m.sheet}「${a.sheet}」`;
  if (a.status === 'skipped') {
    const text = m.sheetSkipped[a.reason]({ rows: a.scannedRows, looked: a.lookedFor.slice(0, 6).join('、') });
    return [`${title} ${text}`];
  }
  return [title, ...checkedLines(a, m)];
}

/** The per-file block printed on the terminal. */
export function summaryLines(result: FileResult, m: CliMessages): string[] {
  const lines = [result.file];
  for (const s of result.sheets) lines.push(...sheetLines(s.analysis, m));
  if (result.error) lines.push(`  ✖ ${fileErrorText(result, m)}`);
  if (result.output) lines.push(`  → ${m.wrote({ file: result.output })}`);
  if (result.output && result.unkept.length > 0) {
    lines.push(`  ! ${m.unkept({ parts: result.unkept.map((p) => m.partNames[p] ?? p).join('、') })}`);
  }
  return lines;
}
