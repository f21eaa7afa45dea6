import type ExcelJS from 'exceljs';
import type { WritePlan } from '../../engine';
import { OWN_RULE_FORMULA, statusRuleFormula } from '../../engine';
import { applyNotes } from './apply-notes';
import { applySummarySheet } from './apply-summary';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function isOwnRule(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.some(
    (r) => 'formulae' in r && Array.isArray(r.formulae) && r.formulae.some((f) => String(f).includes(OWN_RULE_FORMULA)),
  );
}

/** exceljs keeps a sheet's conditional formats in an array its typings do not declare. */
export function conditionalFormattingsOf(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Applies an engine write plan to an exceljs worksheet. Touches only what the plan names. */
export function applyPlan(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  for (const column of plan.columns) {
    // An existing column keeps the header a person wrote (in a two-row header, the cell at the
    // header's top row may be a group label over several columns): only an added column gets one.
    if (column.created) {
      const { header } = column;
      const cell = ws.getCell(header.row, column.col);
      cell.value = header.text;
      if (header.styleFrom) {
        const source = ws.getCell(header.styleFrom.row, header.styleFrom.col);
        cell.style = JSON.parse(JSON.stringify(source.style ?? {})) as Partial<ExcelJS.Style>;
      }
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: 'middle', horizontal: 'center' };
      if (header.rowSpan > 1) ws.mergeCells(header.row, column.col, header.row + header.rowSpan - 1, column.col);
      ws.getColumn(column.col).width = column.width;
    }
  }

  // Style values are shared between the cells written (never mutated afterwards): one object per
  // distinct border or alignment instead of one per cell keeps a 100,000-row copy small.
  const borders = new Map<Partial<ExcelJS.Borders>, ExcelJS.Borders>();
  const centred = new Map<string, Partial<ExcelJS.Alignment>>();
  const wrapped: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const created = new Set(plan.columns.filter((c) => c.created).map((c) => c.col));
  for (const block of plan.blocks) {
    block.values.forEach((value, i) => {
      if (value === undefined) return;
      const row = block.startRow + i;
      const edge = block.bordersFromCol !== undefined ? ws.findCell(row, block.bordersFromCol) : undefined;
      const border = edge?.border;
      const bordered = border !== undefined && Object.keys(border).length > 0;
      // An empty cell of a column TaskLedger adds is empty already: no cell is made unless it gets the table's border.
      if (value === null && created.has(block.col) && !bordered) return;
      const cell = ws.getCell(row, block.col);
      cell.value = value;
      if (edge) {
        if (bordered) {
          let copy = borders.get(border);
          if (!copy) borders.set(border, (copy = JSON.parse(JSON.stringify(border)) as ExcelJS.Borders));
          cell.border = copy;
        }
        const vertical = edge?.alignment?.vertical;
        if (vertical && !block.wrapText) {
          let alignment = centred.get(vertical);
          if (!alignment) centred.set(vertical, (alignment = { vertical, horizontal: 'center' }));
          cell.alignment = alignment;
        }
      }
      if (block.wrapText && value !== null) cell.alignment = wrapped;
      if (block.numberFormat) cell.numFmt = block.numberFormat;
    });
  }

  const list = conditionalFormattingsOf(ws);
  const kept = list.filter((cf) => !isOwnRule(cf));
  list.length = 0;
  list.push(...kept);
  plan.statusColors.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: 900 + i,
          formulae: [statusRuleFormula(rule, OWN_RULE_FORMULA)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  });
  applyNotes(ws, plan);
  plan.highlights.forEach((h, i) => {
    ws.addConditionalFormatting({
      ref: h.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          priority: 1000 + i,
          formulae: [OWN_RULE_FORMULA],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } },
            font: { color: { argb: argb(h.fontColor) } },
          },
        },
      ],
    });
  });
  for (const summary of plan.summarySheets) applySummarySheet(ws.workbook, summary);
}
