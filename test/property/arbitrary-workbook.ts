import fc from 'fast-check';
import type { CellValue, MergedArea } from '../../src/engine';
import { columnLetter } from '../../src/engine';
import type { CellFormatState, GridSheet, GridValue } from '../../src/excel-fake';
import { HEADERS, LONG_TEXTS, TEXTS, cellArbitrary, mergeDrafts, placeMerges } from './arbitrary-sheet';

/** A workbook to load into the in-memory Excel: its sheets in tab order, which one to check, saved settings. */
export interface GeneratedWorkbook {
  grids: GridSheet[];
  /** The sheet checked (made the active sheet). */
  ledger: string;
  /** The raw TaskLedger settings (a JSON string, as the pane saves it), or null for none. */
  settings: string | null;
}

/** Headers of TaskLedger's own columns, so sheets arrive with them already there (and pre-filled). */
const OWN_HEADERS = ['校验意见', '完成率', '进展状态', 'Check notes'];

/** Texts Excel would read as something else if written as they are: formulas, numbers, dates, booleans, errors. */
const TRICKY_TEXTS = [
  '-', '—', '- 已完成', '+86 138 0000 0000', '0123', '1/2', 'TRUE', '#N/A', "'引号开头", '2024-06-30', '@张三',
  '=HYPERLINK("http://example.com","点我")', '100%', '  按时推进  ', '-5%', '1e3',
];
/** 32,767 UTF-16 units of emoji (surrogate pairs), ending on a whole character. */
const EMOJI_LONG = `${'😀'.repeat(16383)}。`;

const FORMULAS = ['=C3/B3', '=IFERROR(D4/C4,"")', '=TODAY()', '=SUM(E3:E9)', '=VLOOKUP(B3,Sheet2!A:B,2,0)', '=IF(A3="","",A3)'];
const SHEET_NAMES = ['台账', '汇总', 'Sheet1', "重点工作'台账", '2024年 台账（三季度）'];
const NUMBER_FORMATS = ['@', '0.0%', 'yyyy-mm-dd', '#,##0.00', '0'];
const COLORS = ['#FFFF00', '#DDEBF7', '#C00000', '#FFFFFF'];

const cell = cellArbitrary([...TEXTS, ...TRICKY_TEXTS], [...LONG_TEXTS, EMOJI_LONG], true);
const at = fc.record({ row: fc.integer({ min: 1, max: 32 }), col: fc.integer({ min: 1, max: 14 }) });

const format: fc.Arbitrary<CellFormatState> = fc.record({
  fillColor: fc.constantFrom(...COLORS),
  fontBold: fc.boolean(),
  fontColor: fc.constantFrom('#000000', '#9C0006'),
  wrapText: fc.boolean(),
  horizontalAlignment: fc.constantFrom('Center', 'Left'),
  borders: fc.constantFrom(undefined, { EdgeBottom: { style: 'Continuous', color: '#000000', weight: 'Thin' } }, { EdgeRight: { style: 'Double', color: '#FF0000', weight: 'Thick' } }),
}, { requiredKeys: [] });

const decorations = fc.record({
  formulas: fc.array(fc.record({ at, formula: fc.constantFrom(...FORMULAS), blank: fc.boolean() }), { maxLength: 6 }),
  textNumbers: fc.array(fc.record({ at, text: fc.constantFrom('123', '0.85', '007', '2024') }), { maxLength: 3 }),
  numberFormats: fc.array(fc.record({ at, format: fc.constantFrom(...NUMBER_FORMATS) }), { maxLength: 8 }),
  formats: fc.array(fc.record({ at, format }), { maxLength: 10 }),
  widths: fc.array(fc.record({ col: fc.integer({ min: 1, max: 14 }), width: fc.integer({ min: 20, max: 300 }) }), { maxLength: 4 }),
  // Notes where the ledger's cells are (some on flagged cells), and TaskLedger's own from an earlier check.
  notes: fc.array(fc.record({
    at: fc.record({ row: fc.integer({ min: 2, max: 16 }), col: fc.integer({ min: 1, max: 8 }) }),
    text: fc.constantFrom('请核实', '原有批注 😀', '【台账助手】\n【错误】未填写牵头单位（上次检查）'),
  }), { maxLength: 5 }),
  link: fc.option(at, { nil: null }),
  userCf: fc.boolean(),
  freezeRows: fc.integer({ min: 0, max: 3 }),
});

const layout = fc.record({
  titleRows: fc.integer({ min: 0, max: 3 }),
  twoRowHeader: fc.boolean(),
  header: fc.array(fc.constantFrom(...HEADERS, ...OWN_HEADERS), { minLength: 1, maxLength: 9 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
  blankRows: fc.array(fc.integer({ min: 0, max: 25 }), { maxLength: 2 }),
  duplicate: fc.boolean(),
  merges: mergeDrafts,
});

const extras = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  userSummary: fc.boolean(),
  hiddenSheet: fc.boolean(),
  ledgerFirst: fc.boolean(),
  settings: fc.constantFrom<(Record<string, unknown> | null)[]>(
    null, { locale: 'en-US' }, { pane: { overwrite: true } }, { pane: { asOfDate: '2024-09-30', countAllUnits: true } },
    // Notes on flagged cells: written where there is none or TaskLedger's own, a person's left as it is.
    { pane: { writeNotes: true } }, { locale: 'en-US', pane: { writeNotes: true, overwrite: true } },
  ),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;
type Decorations = typeof decorations extends fc.Arbitrary<infer T> ? T : never;

const addr = (p: { row: number; col: number }): string => `${columnLetter(p.col)}${p.row}`;

/** Rows of the sheet and the header's merges: a title, a one- or two-row header, data rows with blanks and a duplicate. */
function place(l: Layout): { values: CellValue[][]; merges: MergedArea[] } {
  const values: CellValue[][] = [];
  for (let i = 0; i < l.titleRows; i++) values.push(i === 0 ? ['临江市重点工作进展情况（截至三季度）'] : []);
  const headerMerges: MergedArea[] = [];
  const top = values.length + 1;
  if (l.twoRowHeader && l.header.length >= 3) {
    // A group label over the last two columns; the other labels span both header rows.
    const n = l.header.length;
    values.push([...l.header.slice(0, n - 2), '责任单位', null]);
    values.push([...Array.from({ length: n - 2 }, () => null), ...l.header.slice(n - 2)]);
    for (let c = 1; c <= n - 2; c++) headerMerges.push({ top, left: c, bottom: top + 1, right: c });
    headerMerges.push({ top, left: n - 1, bottom: top, right: n });
  } else {
    values.push([...l.header]);
  }
  const rows = l.rows.map((r) => [...r]);
  for (const b of l.blankRows) rows.splice(Math.min(b, rows.length), 0, []);
  values.push(...rows);
  if (l.duplicate && rows.length > 0) values.push([...(rows[0] ?? [])]);
  return { values, merges: [...headerMerges, ...placeMerges(l.merges, headerMerges)] };
}

/** The ledger sheet: the layout's values with formulas, numbers stored as text, formats and sheet features laid over. */
function ledgerGrid(name: string, l: Layout, d: Decorations): GridSheet {
  const { values, merges } = place(l);
  const grid: GridValue[][] = values.map((r) => r.map((v): GridValue => v));
  const put = (p: { row: number; col: number }, v: GridValue): void => {
    while (grid.length < p.row) grid.push([]);
    const line = grid[p.row - 1] ?? [];
    while (line.length < p.col) line.push(null);
    line[p.col - 1] = v;
    grid[p.row - 1] = line;
  };
  const valueAt = (p: { row: number; col: number }): GridValue => grid[p.row - 1]?.[p.col - 1] ?? null;
  for (const f of d.formulas) {
    // A formula showing what the cell showed, or showing nothing ("" — looks empty, is not).
    const shown = valueAt(f.at);
    const result = f.blank || shown === null || (typeof shown === 'object' && 'formula' in shown) ? null : shown;
    put(f.at, { formula: f.formula, result });
  }
  const numberFormats: Record<string, string> = {};
  for (const t of d.textNumbers) {
    put(t.at, t.text);
    numberFormats[addr(t.at)] = '@';
  }
  for (const n of d.numberFormats) numberFormats[addr(n.at)] ??= n.format;
  const formats: Record<string, CellFormatState> = {};
  for (const f of d.formats) formats[addr(f.at)] = f.format;
  return {
    name, values: grid, merges, numberFormats, formats,
    notes: Object.fromEntries(d.notes.map((n) => [addr(n.at), n.text])),
    columnWidths: Object.fromEntries(d.widths.map((w) => [w.col, w.width])),
    ...(d.link ? { hyperlinks: { [addr(d.link)]: { address: 'https://example.com/', textToDisplay: String(valueAt(d.link) ?? '') } } } : {}),
    ...(d.userCf ? { conditionalFormats: [{ ranges: ['A3:C12'], formula: '=$A3>0', fill: '#FFC000', fontColor: null }] } : {}),
    freezeRows: d.freezeRows,
  };
}

/** A person's own sheet named like TaskLedger's summary ("汇总"), with a formula, formats and a merge. */
function userSummary(): GridSheet {
  return {
    name: '汇总',
    values: [['全市汇总（人工）', null], ['合计', { formula: '=SUM(台账!E:E)', result: 42 }], ['备注', '请勿删除']],
    merges: ['A1:B1'], formats: { A1: { fontBold: true, fillColor: '#DDEBF7' } }, numberFormats: { B2: '#,##0' },
    columnWidths: { 1: 120 },
  };
}

/** Long texts shortened ("长…×32767") so a counterexample stays readable. */
function shorten(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 60) return `${value.slice(0, 12)}…×${value.length}`;
  if (Array.isArray(value)) return value.map(shorten);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

function describeWorkbook(w: GeneratedWorkbook): string {
  return JSON.stringify(shorten({ grids: w.grids, ledger: w.ledger, settings: w.settings }));
}

/** A workbook around one generated ledger sheet. */
export const workbookArbitrary: fc.Arbitrary<GeneratedWorkbook> = fc
  .record({ layout, decorations, extras })
  .map(({ layout: l, decorations: d, extras: e }) => {
    const ledger = ledgerGrid(e.name, l, d);
    const others: GridSheet[] = [];
    if (e.userSummary && e.name !== '汇总') others.push(userSummary());
    if (e.hiddenSheet) others.push({ name: '参数', values: [['口径', '2024']], visibility: 'Hidden' });
    const grids = e.ledgerFirst ? [ledger, ...others] : [...others, ledger];
    const w: GeneratedWorkbook = { grids, ledger: e.name, settings: e.settings ? JSON.stringify(e.settings) : null };
    return Object.assign(w, { [fc.toStringMethod]: () => describeWorkbook(w) });
  });
