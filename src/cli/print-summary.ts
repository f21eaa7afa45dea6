import type { SheetSummary, UnitFigures } from '../engine';
import { FINDING_CODES, averageRatio } from '../engine';
import type { CliMessages } from '../i18n/cli-messages';
import type { Locale } from '../i18n/locale';
import { statusLabel, summaryMessages } from '../i18n/summary-messages';
import type { FileResult, SheetResult } from './check-file';
import type { SheetOutline } from './sheet-outline';
import { formatTable } from './terminal/display-width';
import { asOfBasis } from '../i18n/as-of-basis';

export function fileErrorText(result: FileResult, m: CliMessages): string {
  const error = result.error;
  if (!error) return '';
  const params = { file: result.file, detail: error.detail ?? '', ...(error.params ?? {}) };
  return m.fileError[error.code](params);
}

type CheckedOutline = Extract<SheetOutline, { status: 'checked' }>;

/** What the check did beyond the rows it read: hidden and filtered rows, another table left alone. */
function noteLines(a: CheckedOutline, m: CliMessages): string[] {
  const out: string[] = [];
  if (a.filtered) out.push(m.filteredNote({ hidden: a.hiddenRows }));
  else if (a.hiddenRows > 0) out.push(m.hiddenRowsNote({ hidden: a.hiddenRows }));
  if (a.columns.otherTableRow !== null) out.push(m.otherTableNote({ row: a.columns.otherTableRow }));
  return out.map((line) => `    ! ${line}`);
}

/** 序时进度 and what it rests on: "序时进度 75%（依据：截至三季度）". */
function asOfLine(a: CheckedOutline, m: CliMessages, locale: Locale): string {
  if (!a.asOf) return `    ${m.noAsOf}`;
  return `    ${m.asOfLine({ expected: percent(a.asOf.expected, ''), basis: asOfBasis(a.asOf, locale) })}`;
}

function checkedLines(a: CheckedOutline, m: CliMessages, locale: Locale): string[] {
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
  return [`    ${head}`, `    ${m.columns}: ${cols}`, asOfLine(a, m, locale), ...noteLines(a, m), ...table];
}

const percent = (n: number | null, none: string): string => (n === null ? none : `${(Math.round(n * 1000) / 10).toFixed(1)}%`);

/** The by-unit table of a sheet's summary, as on its summary sheet (without the per-target columns). */
export function byUnitLines(summary: SheetSummary, locale: Locale, m: CliMessages): string[] {
  const s = summaryMessages[locale];
  const line = (name: string, f: UnitFigures): string[] => [
    name, String(f.tasks), ...summary.columns.map((c) => String(f.byStatus[c.key] ?? 0)), percent(averageRatio(f), s.none), String(f.findings),
  ];
  const rows = [
    [s.unit[summary.countBy], s.tasks, ...summary.columns.map((c) => statusLabel(c.word, locale)), s.avgRatio, s.findings],
    ...summary.byUnit.map((u) => line(u.unit ?? s.noLead, u)),
    line(s.total, summary.totals),
  ];
  const right = new Set(rows[0]?.map((_, i) => i).filter((i) => i > 0));
  const out = [`    ${m.byUnitTitle}`, ...formatTable(rows, right).map((l) => `      ${l}`)];
  if (summary.nearDuplicates.length > 0) {
    out.push(`    ${s.sections.nearDuplicates}${summary.nearDuplicates.map((d) => s.nearDuplicate(d.units[0], d.units[1])).join(s.listSep)}`);
  }
  return out;
}

function sheetLines(sheet: SheetResult, m: CliMessages, locale: Locale): string[] {
  const a = sheet.outline;
  const title = `  ${m.sheet}「${a.sheet}」`;
  if (a.status === 'skipped') {
    const text = m.sheetSkipped[a.reason]({ rows: a.scannedRows, looked: a.lookedFor.slice(0, 6).join('、') });
    return [`${title} ${text}`];
  }
  return [title, ...checkedLines(a, m, locale), ...(sheet.summary ? byUnitLines(sheet.summary, locale, m) : [])];
}

/** The per-file block printed on the terminal. */
export function summaryLines(result: FileResult, m: CliMessages, locale: Locale = 'zh-CN'): string[] {
  const lines = [result.file];
  for (const s of result.sheets) lines.push(...sheetLines(s, m, locale));
  if (result.error) lines.push(`  ✖ ${fileErrorText(result, m)}`);
  if (result.output) lines.push(`  → ${m.wrote({ file: result.output })}`);
  if (result.backup) lines.push(`  → ${m.backedUp({ file: result.backup })}`);
  const summaries = result.sheets.flatMap((s) => s.summarySheets);
  if (result.output && summaries.length > 0) lines.push(`  → ${m.summarySheets({ names: summaries.join('、') })}`);
  if (result.output && result.unkept.length > 0) {
    lines.push(`  ! ${m.unkept({ parts: result.unkept.map((p) => m.partNames[p] ?? p).join('、') })}`);
  }
  return lines;
}
