/// <reference types="office-js" />
import type { ExistingSheet, SummarySheetPlan, WritePlan } from '../../engine';
import { hasSummaryMark, summarySheetNames } from '../../engine';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';

/** Where the summary mark can be: its first rows (SUMMARY_MARK_ROWS), its first columns. */
const MARK_AREA = 'A1:T8';

/** The summary's tables renamed where another sheet has a table of that name (table names are workbook-wide in Excel). */
function freeTableNames(s: SummarySheetPlan, taken: Set<string>): SummarySheetPlan {
  const renamed = new Map<string, string>();
  const tables = s.tables.map((t) => {
    let name = t.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${t.name}_${n}`;
    taken.add(name.toLowerCase());
    if (name !== t.name) renamed.set(t.name, name);
    return name === t.name ? t : { ...t, name };
  });
  if (renamed.size === 0) return s;
  const chart = s.chart ? { ...s.chart, table: renamed.get(s.chart.table) ?? s.chart.table } : null;
  return { ...s, tables, chart };
}

/** The first rows of a sheet that may be missing (null-safe all the way), where the summary mark would be. */
function headOf(context: Excel.RequestContext, name: string): Excel.Range {
  return context.workbook.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).getIntersectionOrNullObject(MARK_AREA).load('values');
}

const isOurs = (head: Excel.Range | undefined): boolean => head !== undefined && !head.isNullObject && hasSummaryMark(head.values);

/**
 * Gives each summary sheet of the plan a name that is TaskLedger's to write: the planned one
 * ("汇总") when no sheet has it or the sheet of that name is TaskLedger's own summary (it carries
 * the summary mark), else the next free "汇总(2)", "汇总(3)" … A person's sheet is never cleared,
 * and neither is the ledger itself when it is named like the summary. Its tables get names no other
 * sheet uses (an earlier summary kept under another name keeps its tables). One sync (sheet names,
 * every table with its sheet, the planned sheet's first rows); a second only when a sheet of the
 * planned name is not TaskLedger's, to look at the other candidates.
 */
export async function claimSummaryNames(context: Excel.RequestContext, plan: WritePlan, options: SyncOptions): Promise<WritePlan> {
  if (plan.summarySheets.length === 0) return plan;
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  const heads = new Map(plan.summarySheets.map((s) => [s.name.toLowerCase(), headOf(context, s.name)]));
  await syncWithin(context, options);
  const names = sheets.items.map((ws) => ws.name);
  const clash = plan.summarySheets.some((s) => {
    const existing = names.find((n) => n.toLowerCase() === s.name.toLowerCase());
    return existing !== undefined && (existing === plan.sheet || !isOurs(heads.get(s.name.toLowerCase())));
  });
  if (clash) {
    const bases = plan.summarySheets.map((s) => s.name.toLowerCase());
    for (const n of names) {
      const key = n.toLowerCase();
      if (n !== plan.sheet && !heads.has(key) && bases.some((b) => key.startsWith(b))) heads.set(key, headOf(context, n));
    }
    await syncWithin(context, options);
  }
  const existing: ExistingSheet[] = names.map((name) => ({ name, ours: name !== plan.sheet && isOurs(heads.get(name.toLowerCase())) }));
  const summarySheets = plan.summarySheets.map((s) => {
    const [name = s.name] = summarySheetNames([plan.sheet], s.name, existing);
    // The tables of the sheet about to be cleared and refilled do not count: they go first.
    const taken = new Set(tables.items.filter((t) => t.worksheet.name.toLowerCase() !== name.toLowerCase()).map((t) => t.name.toLowerCase()));
    return freeTableNames(name === s.name ? s : { ...s, name }, taken);
  });
  return { ...plan, summarySheets };
}
