import type { WritePlan } from '../../src/engine';
import { SUMMARY_MARK } from '../../src/engine';
import type { Analyzer } from '../../src/excel';
import { analyzeSnapshot } from '../../src/excel';

/** Adds plan fields beyond the engine's defaults (notes, a summary sheet with table, links, chart). */
export function withExtras(plan: WritePlan): WritePlan {
  return {
    ...plan,
    statusColors: plan.statusColors.length > 0 ? plan.statusColors : [{ range: 'E3:E10', equals: '已完成', fill: '#C6EFCE', fontColor: '#006100' }],
    notes: [{ row: 3, col: 2, text: '目标缺少量化指标' }, { row: 4, col: 2, text: '建议补充完成时限' }],
    summarySheets: [{
      name: '台账汇总', sourceSheet: plan.sheet,
      cells: [
        { row: 1, col: 1, value: '台账检查汇总', bold: true, fontSize: 14 },
        { row: 2, col: 1, value: '第一项问题', link: { sheet: plan.sheet, cell: 'B3' } },
        { row: 3, col: 1, value: 0.75, numberFormat: '0%' },
        // The mark that tells TaskLedger's summary sheets from a person's (as every real plan carries).
        { row: 4, col: 1, value: SUMMARY_MARK },
      ],
      tables: [{
        name: 'TaskLedger_Summary', row: 5, col: 1, header: ['牵头单位', '按时推进', '部分滞后'],
        rows: [['省财政厅', 3, 1], ['省教育厅', 2, 0]], numberFormats: [null, '0', '0'], totals: ['合计', 5, 1],
        links: [{ sheet: plan.sheet, cells: ['D3', 'D4'] }, null, null],
      }],
      freezeRows: 1, columnWidths: [20, 10, 10],
      chart: { title: '各单位进展状态', table: 'TaskLedger_Summary', seriesColumns: [1, 2], anchor: { row: 1, col: 6, rows: 12, cols: 6 } },
    }],
  };
}

export const extrasAnalyzer: Analyzer = async (request) => {
  const result = analyzeSnapshot(request);
  return result.plan ? { ...result, plan: withExtras(result.plan) } : result;
};
