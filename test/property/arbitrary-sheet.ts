import fc from 'fast-check';
import type { CellValue, MergedArea, SheetSnapshot } from '../../src/engine';
import { DEFAULT_PROFILE } from '../../src/engine';

/** Header labels: the built-in roles' first synonyms, plus columns no role claims. */
export const HEADERS = [
  ...Object.values(DEFAULT_PROFILE.roles).flatMap((r) => r?.synonyms.slice(0, 3) ?? []),
  '联系人', '联系电话', '督办级别', '备 注', '工作\n体系', '序　号',
];

/** Cell texts: ledger phrases, statuses, ratios, titles, emoji, markup, full-width text, blanks. */
export const TEXTS = [
  '完成投资290亿元', '1-9月完成投资215.3亿元，完成年度计划的74.2%', '持续推进社会信用体系建设', '出台《临江市养老服务办法》',
  '已印发《临江市养老服务办法》', '市发改委、市财政局', '市交通局牵头，市财政局配合', '/', '待定', '按时推进', '进度滞后', '已完成',
  '按期推进', '85%', '0.5', '一、重点工作', '2024年目标', '牵头单位：省发展改革委', '（责任单位：省教育厅）', '😀🚀 emoji 𠮷',
  '=SUM(A1:A3)', '<script>alert(1)</script>', 'Ｆｕｌｌ－ｗｉｄｔｈ　１２３．５', '6月底前建成并投运', '\n\n', '   ',
];

/** Cells of Excel's longest kind: 32,767 characters (Excel's limit), and a long multi-line text. */
export const LONG_TEXTS = ['长'.repeat(32767), '1.完成投资100亿元\n2.新增就业1万人\n'.repeat(800)];

/**
 * One cell. `finite` keeps to numbers Excel can hold (no NaN, no ±Infinity): for workbooks loaded
 * into the in-memory Excel; the engine alone also gets the others, which no host sends.
 */
export function cellArbitrary(texts: readonly string[] = TEXTS, longTexts: readonly string[] = LONG_TEXTS, finite = false): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...texts) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 100000 }) },
    { weight: 1, arbitrary: finite ? fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)) : fc.double({ noNaN: false }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => String(n)) },
    { weight: 1, arbitrary: fc.constantFrom(...longTexts) },
  );
}

export interface MergeDraft {
  top: number;
  left: number;
  h: number;
  w: number;
}

export const mergeDrafts = fc.array(
  fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 10 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) }),
  { maxLength: 5 },
);

/** Non-overlapping merges only, as Excel allows; `taken` holds areas already merged. */
export function placeMerges(drafts: readonly MergeDraft[], taken: MergedArea[] = []): MergedArea[] {
  const cells = new Set<string>();
  const mark = (a: MergedArea): void => {
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) cells.add(`${r},${c}`);
  };
  taken.forEach(mark);
  const areas: MergedArea[] = [];
  for (const m of drafts) {
    const area = { top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w };
    if (area.bottom === area.top && area.right === area.left) continue;
    let free = true;
    for (let r = area.top; r <= area.bottom && free; r++) for (let c = area.left; c <= area.right; c++) if (cells.has(`${r},${c}`)) free = false;
    if (!free) continue;
    mark(area);
    areas.push(area);
  }
  return areas;
}

/** A sheet snapshot: title rows, a header of known and unknown labels, random rows, merges, a duplicate row. */
export const sheetArbitrary: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 3 }),
    header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 9 }),
    rows: fc.array(fc.array(cellArbitrary(), { maxLength: 10 }), { maxLength: 25 }),
    merges: mergeDrafts,
    duplicate: fc.boolean(),
  })
  .map(({ titleRows, header, rows, merges, duplicate }) => {
    const values: CellValue[][] = [];
    for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ['临江市重点工作进展情况（截至三季度）'] : []);
    values.push(header);
    values.push(...rows);
    if (duplicate && rows.length > 0) values.push([...(rows[0] ?? [])]);
    return { name: '台账', values, merges: placeMerges(merges) };
  });
