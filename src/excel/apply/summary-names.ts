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

/**
 * Gives each summary sheet of the plan a name that is TaskLedger's to write: the planned one
 * ("汇总") when no sheet has it or the sheet of that name is TaskLedger's own summary (it carries
 * the summary mark), else the next free "汇总(2)", "汇总(3)" … A person's sheet is never cleared,
 * and neither is the ledger itself when it is named like the summary. Its tables get names no other
 * sheet uses (an earlier summary kept under another name keeps its tables). Two syncs: the sheet
 * names, then the first rows of the sheets whose names could clash and every sheet's table names.
 */
export async function claimSummaryNames(context: Excel.RequestContext, plan: WritePlan, options: SyncOptions): Promise<WritePlan> {
  if (plan.summarySheets.length === 0) return plan;
  const sheets = context.workbook.worksheets.load('items/name');
  await syncWithin(context, options);
  const bases = plan.summarySheets.map((s) => s.name.toLowerCase());
  const heads = sheets.items
    .filter((ws) => ws.name !== plan.sheet && bases.some((b) => ws.name.toLowerCase().startsWith(b)))
    .map((ws) => ({ name: ws.name, head: ws.getRange(MARK_AREA).load('values') }));
  const tables = sheets.items.map((ws) => ({ sheet: ws.name, tables: ws.tables.load('name') }));
  await syncWithin(context, options);
  const existing: ExistingSheet[] = sheets.items.map((ws) => ({
    name: ws.name,
    ours: heads.some((h) => h.name === ws.name && hasSummaryMark(h.head.values)),
  }));
  const summarySheets = plan.summarySheets.map((s) => {
    const [name = s.name] = summarySheetNames([plan.sheet], s.name, existing);
    // The tables of the sheet about to be cleared and refilled do not count: they go first.
    const taken = new Set(tables.filter((t) => t.sheet.toLowerCase() !== name.toLowerCase()).flatMap((t) => t.tables.items.map((x) => x.name.toLowerCase())));
    return freeTableNames(name === s.name ? s : { ...s, name }, taken);
  });
  return { ...plan, summarySheets };
}
