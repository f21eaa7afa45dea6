import { OWN_RULE_FORMULA } from '../engine/plan/write-plan';
import type { SheetState } from '../excel-fake';

export interface CellPaint {
  fill: string | null;
  fontColor: string | null;
}

const STATUS_RULE = /,\s*\$?[A-Z]+\$?\d+="((?:[^"]|"")*)"\)$/u;

/**
 * What TaskLedger's conditional formats paint on each cell, as Excel would show it: highlights
 * always, status colours where the cell holds the rule's status word. The first rule wins.
 */
export function cellPaints(sheet: SheetState): Map<string, CellPaint> {
  const out = new Map<string, CellPaint>();
  for (const cf of sheet.cfs) {
    if (!cf.formula.includes(OWN_RULE_FORMULA)) continue;
    const status = STATUS_RULE.exec(cf.formula);
    const equals = status?.[1]?.replace(/""/gu, '"') ?? null;
    for (const r of cf.ranges) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const key = sheet.key(row, col);
          if (out.has(key)) continue;
          if (equals !== null && String(sheet.value(row, col)) !== equals) continue;
          out.set(key, { fill: cf.fill, fontColor: cf.fontColor });
        }
      }
    }
  }
  return out;
}
