import { createElement as h, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { cellAddress, columnLetter } from '../engine/sheet/a1';
import type { PreviewMessages } from '../i18n/taskpane-messages';
import { cellPaints } from './cell-fills';
import { cellText } from './cell-text';
import type { PreviewWorkbook } from './preview-workbook';

const DEFAULT_WIDTH_PX = 72;
const MAX_ROWS = 2000;

/** The active sheet as Excel would draw it: row and column headers, merges, fills, the selected cell. */
export function GridView(props: { workbook: PreviewWorkbook; m: PreviewMessages }): React.ReactElement {
  const { workbook, m } = props;
  const version = useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = workbook.activeSheetState();
  const selection = workbook.selection && workbook.selection.sheet === sheet?.name ? workbook.selection.cell : null;
  const paints = useMemo(() => (sheet ? cellPaints(sheet) : new Map()), [sheet, version]);

  useEffect(() => {
    if (!selection) return;
    const el = scroller.current?.querySelector(`[data-address="${selection}"]`);
    el?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selection, version]);

  const tabs = workbook.excel.state.sheets.filter((s) => s.visibility === 'Visible');
  const tabBar = h('div', { className: 'tabs', role: 'tablist', 'aria-label': m.sheetTabs },
    ...tabs.map((s) => h('button', {
      key: s.name, type: 'button', role: 'tab', 'aria-selected': s.name === sheet?.name, className: s.name === sheet?.name ? 'tab active' : 'tab',
      onClick: () => workbook.activate(s.name),
    }, s.name)));
  if (!sheet) return h('div', { className: 'grid-area' }, tabBar);

  const used = sheet.usedRect(false);
  const rows = Math.min(used?.bottom ?? 1, MAX_ROWS);
  const cols = used?.right ?? 1;
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const mg of sheet.merges) {
    spans.set(sheet.key(mg.top, mg.left), { rowSpan: mg.bottom - mg.top + 1, colSpan: mg.right - mg.left + 1 });
    for (let r = mg.top; r <= mg.bottom; r++) for (let c = mg.left; c <= mg.right; c++) if (r !== mg.top || c !== mg.left) covered.add(sheet.key(r, c));
  }
  const widths = Array.from({ length: cols }, (_, i) => {
    const points = sheet.columnWidths.get(i + 1);
    return points ? Math.max(24, Math.round(points / 0.75)) : DEFAULT_WIDTH_PX;
  });
  const selectedCell = selection ? sheet.cells.get(addressKey(sheet, selection)) : undefined;

  const header = h('tr', null, h('th', { className: 'corner' }),
    ...widths.map((w, i) => h('th', { key: i, className: 'col-head', style: { width: `${w}px`, minWidth: `${w}px` } }, columnLetter(i + 1))));
  const body: React.ReactNode[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: React.ReactNode[] = [h('th', { key: 0, className: 'row-head', scope: 'row' }, String(r))];
    for (let c = 1; c <= cols; c++) {
      const key = sheet.key(r, c);
      if (covered.has(key)) continue;
      const cell = sheet.cell(r, c);
      const address = cellAddress(r, c);
      const paint = paints.get(key);
      const fill = paint?.fill ?? cell?.format?.fillColor;
      const span = spans.get(key);
      const selected = address === selection;
      cells.push(h('td', {
        key: c, 'data-address': address, 'aria-selected': selected || undefined, className: selected ? 'selected' : undefined,
        rowSpan: span?.rowSpan, colSpan: span?.colSpan,
        style: { backgroundColor: fill ?? undefined, color: paint?.fontColor ?? cell?.format?.fontColor ?? undefined, fontWeight: cell?.format?.fontBold ? 600 : undefined },
        onClick: () => void workbook.select(sheet.name, address),
      }, h('div', { className: 'cell' }, cellText(cell))));
    }
    body.push(h('tr', { key: r }, ...cells));
  }

  return h('div', { className: 'grid-area' },
    h('div', { className: 'formula-bar' },
      h('output', { className: 'name-box', 'aria-label': m.nameBox, 'data-testid': 'name-box' }, selection ?? ''),
      h('output', { className: 'formula', 'aria-label': m.formulaBar }, cellText(selectedCell))),
    h('div', { className: 'scroller', ref: scroller },
      h('table', { className: 'sheet', 'aria-label': m.gridLabel({ sheet: sheet.name }), 'data-testid': 'grid', 'data-sheet': sheet.name },
        h('thead', null, header), h('tbody', null, ...body))),
    tabBar);
}

function addressKey(sheet: { key(row: number, col: number): string }, address: string): string {
  const m = /^([A-Z]+)(\d+)$/u.exec(address);
  if (!m?.[1] || !m[2]) return '';
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheet.key(Number(m[2]), col);
}
