/// <reference types="office-js" />
import type { Highlight, PlanValue, StatusColorRule, WritePlan } from '../../engine';
import { OWN_RULE_FORMULA, cellAddress, isOwnNote } from '../../engine';
import { parseRangeAddress } from '../address';
import type { Capabilities } from '../capabilities';
import { textEntry } from '../text-entry';
import { jsonBytes } from '../payload';
import type { CfSpec } from '../undo/undo-log';
import type { SizedWrite } from '../undo/undo-store';
import type { Captured, CapturedRun } from './capture';
import { summaryWrites } from './summary-writes';
import { widthPoints } from './widths';

/** The own-format specs a plan creates: highlights (always true) and status colours (value tests). */
export function planCfSpecs(plan: WritePlan): CfSpec[] {
  const highlight = (h: Highlight): CfSpec => ({ ranges: h.ranges, formula: `=${OWN_RULE_FORMULA}`, fill: h.fill, fontColor: h.fontColor });
  const status = (s: StatusColorRule): CfSpec => {
    const topLeft = s.range.split(':')[0] ?? s.range;
    const text = s.equals.replace(/"/g, '""');
    return { ranges: [s.range], formula: `=AND(${OWN_RULE_FORMULA},${topLeft}="${text}")`, fill: s.fill, fontColor: s.fontColor };
  };
  return [...plan.highlights.map(highlight), ...plan.statusColors.map(status)];
}

/** Writes for conditional formats: one per spec over RangeAreas (ExcelApi 1.9), or one per range below 1.9. */
export function cfWrites(sheetName: string, specs: CfSpec[], caps: Capabilities): SizedWrite[] {
  const writes: SizedWrite[] = [];
  for (const spec of specs) {
    const groups: string[][] = [];
    if (caps.rangeAreas) {
      let group: string[] = [];
      let length = 0;
      for (const r of spec.ranges) {
        if (group.length > 0 && length + r.length > 2000) {
          groups.push(group);
          group = [];
          length = 0;
        }
        group.push(r);
        length += r.length + 1;
      }
      if (group.length > 0) groups.push(group);
    } else {
      for (const r of spec.ranges) groups.push([r]);
    }
    for (const group of groups) {
      writes.push({
        bytes: 300 + jsonBytes(group) + spec.formula.length * 3,
        queue: (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          const target = caps.rangeAreas ? sheet.getRanges(group.join(',')) : sheet.getRange(group[0]);
          const cf = target.conditionalFormats.add('Custom');
          cf.custom.rule.formula = spec.formula;
          cf.custom.format.fill.color = spec.fill;
          cf.custom.format.font.color = spec.fontColor;
        },
      });
    }
  }
  return writes;
}

/** A created header spanning header rows is merged, unless that would empty a cell holding a formula. */
export function mergesHeader(entry: CapturedRun): boolean {
  const header = entry.run.header;
  return header?.created === true && header.rowSpan > 1 && !entry.formula.some(Boolean);
}

/** The run's values as the plan has them, with the cells holding a person's formula turned into holes. */
export function writtenValues(entry: CapturedRun): (PlanValue | undefined)[] {
  return entry.run.values.map((v, i) => (entry.formula[i] ? undefined : v));
}

function runWrite(sheetName: string, entry: CapturedRun, captured: Captured, caps: Capabilities): SizedWrite {
  const { run } = entry;
  const n = run.values.length;
  const planned = writtenValues(entry);
  const formatAt = (i: number): string | undefined => run.numberFormat ?? entry.numberFormat[i]?.[0];
  const values = planned.map((v, i) => [v === undefined ? null : textEntry(v, formatAt(i))]);
  const header = run.header;
  let props: Excel.SettableCellProperties[][] | null = null;
  if (caps.cellProperties && header?.created) {
    const from = header.styleFrom ? captured.styleFrom.get(`${header.styleFrom.row},${header.styleFrom.col}`) : undefined;
    const look: Excel.CellPropertiesFormat = { ...(from ?? {}), wrapText: true, verticalAlignment: 'Center', horizontalAlignment: 'Center' };
    props = values.map((_, i) => [entry.formula[i] ? {} : { format: look }]);
  } else if (caps.cellProperties && !header && (run.wrapText || run.bordersFromCol !== undefined)) {
    props = planned.map((v, i) => {
      if (v === undefined) return [{}];
      const format: Excel.CellPropertiesFormat = {};
      if (run.wrapText && v !== null && v !== undefined) {
        format.wrapText = true;
        format.verticalAlignment = 'Top';
      }
      const edge = entry.edge?.[i]?.[0]?.format;
      if (edge?.borders) format.borders = edge.borders;
      if (edge?.verticalAlignment && format.verticalAlignment === undefined) format.verticalAlignment = edge.verticalAlignment;
      return [{ format }];
    });
  }
  return {
    bytes: 200 + jsonBytes(values) + (props ? jsonBytes(props) : 0) + (run.numberFormat ? n * (run.numberFormat.length + 6) : 0),
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const range = sheet.getRangeByIndexes(run.startRow - 1, run.col - 1, n, 1);
      if (mergesHeader(entry)) range.merge(false);
      // The number format first: Excel reads each value against the cell's format as it is then.
      if (run.numberFormat) range.numberFormat = planned.map((v) => [v === undefined ? (null as unknown as string) : (run.numberFormat ?? 'General')]);
      range.values = values;
      if (props) range.setCellProperties(props);
      else if (header?.created) {
        range.format.wrapText = true;
        range.format.verticalAlignment = 'Center';
        range.format.horizontalAlignment = 'Center';
      } else if (run.wrapText) {
        // Below ExcelApi 1.9: wrap each stretch of written, non-empty cells.
        let start = -1;
        const wrap = (end: number): void => {
          if (start < 0) return;
          const part = sheet.getRangeByIndexes(run.startRow - 1 + start, run.col - 1, end - start, 1);
          part.format.wrapText = true;
          part.format.verticalAlignment = 'Top';
          start = -1;
        };
        planned.forEach((v, i) => {
          if (v === null || v === undefined) wrap(i);
          else if (start < 0) start = i;
        });
        wrap(n);
      }
      if (header?.created) sheet.getRangeByIndexes(0, run.col - 1, 1, 1).format.columnWidth = widthPoints(header.width);
    },
  };
}

/**
 * The plan's notes, and the deletion of TaskLedger's earlier notes it no longer has. A person's own note
 * on a flagged cell stays as it is (the 校验意见 column still says why); TaskLedger's earlier note there
 * is replaced.
 */
function noteWrites(plan: WritePlan, captured: Captured, caps: Capabilities): SizedWrite[] {
  if (!caps.notes) return [];
  const writes: SizedWrite[] = [];
  for (const note of writtenNotes(plan, captured)) {
    writes.push({
      bytes: 200 + note.text.length * 3,
      queue: (context) => {
        const sheet = context.workbook.worksheets.getItem(plan.sheet);
        if (note.before === null) sheet.notes.add(note.address, note.text);
        else sheet.notes.getItem(note.address).content = note.text;
      },
    });
  }
  for (const n of captured.staleNotes) {
    writes.push({ bytes: 160, queue: (context) => context.workbook.worksheets.getItem(plan.sheet).notes.getItem(n.address).delete() });
  }
  return writes;
}

/** The plan's notes that are written: on cells without a note, or with TaskLedger's own; with what was there. */
export function writtenNotes(plan: WritePlan, captured: Captured): { address: string; text: string; before: string | null }[] {
  const out: { address: string; text: string; before: string | null }[] = [];
  for (const note of plan.notes) {
    const address = cellAddress(note.row, note.col);
    if (!captured.notes.has(address)) continue;
    const before = captured.notes.get(address) ?? null;
    if (before !== null && !isOwnNote(before)) continue;
    out.push({ address, text: note.text, before });
  }
  return out;
}

/** Every write of the plan, in order, each with its request size. */
export function planWrites(plan: WritePlan, captured: Captured, caps: Capabilities): SizedWrite[] {
  const writes: SizedWrite[] = [];
  const owned = captured.ownCfs;
  for (let i = 0; i < owned.length; i += 200) {
    const part = owned.slice(i, i + 200);
    writes.push({ bytes: 100 + part.length * 60, queue: () => part.forEach((cf) => cf.delete()) });
  }
  for (const entry of captured.runs) writes.push(runWrite(plan.sheet, entry, captured, caps));
  writes.push(...cfWrites(plan.sheet, planCfSpecs(plan), caps));
  writes.push(...noteWrites(plan, captured, caps));
  for (const s of plan.summarySheets) writes.push(...summaryWrites(s, captured.summaries.find((c) => c.name === s.name)));
  return writes;
}

export { parseRangeAddress };
