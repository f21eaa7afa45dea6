/**
 * Conformance against the Microsoft Recognizers-Text Chinese specs (external, MIT, read from ../shared).
 *
 * Fair comparison: for each applicable case we project our output and the spec's Results onto the same
 * multiset of (start, end, value[, unit]) tuples and the case passes when they are equal. Values are
 * compared at 10 significant digits. Per file:
 * - Number_Chinese_NumberModel: findNumbers -> (start, end, value).
 * - Number_Chinese_PercentModel: parseQuantities rates in %, ‰, ‱, 个百分点, 成, converted to percent
 *   (千分之2.4 -> 0.24, 7成 -> 70) -> (start, end, value).
 * - NumberWithUnit_Chinese_CurrencyModel: parseQuantities amounts -> (start, end, value, currency), with 元 as
 *   "Chinese yuan", 美元 as "United States dollar" and a "$" amount as "Dollar".
 * - NumberWithUnit_Chinese_DimensionModel: parseQuantities measures -> (start, end, value, unit name).
 *
 * Not applicable (counted and printed per category), because they are outside this domain:
 * - notSupportedJs: the spec itself marks the case NotSupported/NotSupportedByDesign for javascript.
 * - datesAndTimes: 1991年1月16日, 20点 — dates and clock times are excluded by design (DOMAIN.md).
 * - scientificNotation: 2e5, 2^5, 1.1^+23, 40k, -2.5 M, 12k个百分点 — exponent/power notation and Latin
 *   k/M magnitude suffixes, never written in ledgers.
 * - dozen: 一打, 五十打 — the 打 (dozen) multiplier; in ledgers 打 is the verb of 打造/打通.
 * - ordinals: 第零十刃 — ordinals are excluded by design (DOMAIN.md).
 * - discount: 八折, 对折, 三八折 — retail discounts (折), not a ledger rate (成 is kept).
 * - foreignCurrency: currencies other than CNY and USD (欧元, 日元, 港元, 台币, 瑞士法郎, 奈拉, 比特币).
 * - currencyNameOnly: "人民币 美元" — a currency named without an amount; a Quantity always has a value.
 * - unitsOutsideDomain: data sizes, frequencies, calories and the traditional 两 (Liang).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findNumbers, parseQuantities } from '../../src/engine/quantity';

const SPEC_DIR = path.resolve(__dirname, '../../../shared/external/recognizers-text');

interface SpecResult {
  Text: string;
  TypeName?: string;
  Start: number;
  End: number;
  Resolution?: { value?: string | null; unit?: string | null } | null;
}

interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

type Category =
  | 'notSupportedJs' | 'datesAndTimes' | 'scientificNotation' | 'dozen' | 'ordinals' | 'discount'
  | 'foreignCurrency' | 'currencyNameOnly' | 'unitsOutsideDomain';

const OUR_CURRENCIES = new Set(['Chinese yuan', 'United States dollar', 'Dollar']);
const DIMENSION_NAMES: Readonly<Record<string, string>> = {
  '亩': 'Mu', '公斤': 'Kilogram', '千克': 'Kilogram', 'kg': 'Kilogram', '公分': 'Centimeter', 'cm': 'Centimeter',
  '厘米': 'Centimeter', '吨': 'Ton', '米': 'Meter', 'm': 'Meter', '斤': 'Jin', '千米': 'Kilometer', '公里': 'Kilometer',
  'km': 'Kilometer', '克': 'Gram', '微克': 'Microgram', '毫克': 'Milligram', '千瓦': 'Kilowatt', '平方米': 'Square meter',
};
const OUTSIDE_DIMENSIONS = new Set(['Bit', 'Kilobit', 'Megabyte', 'Kilobyte', 'Liang', 'Megahertz', 'Hertz', 'Kilocalorie']);

function num(v: number): string {
  return String(Number(v.toPrecision(10)));
}

function specNumber(v: string | null | undefined): number {
  return Number(String(v ?? '').replace('%', ''));
}

function notApplicable(file: string, c: SpecCase): Category | null {
  const ns = `${c.NotSupported ?? ''},${c.NotSupportedByDesign ?? ''}`;
  if (ns.includes('javascript')) return 'notSupportedJs';
  const input = c.Input;
  if (/[\^]|[\d０-９]\s*[eE][-+－]?[\d０-９]|[\d０-９]\s*[kKＫｋ](?![a-zA-Z])|\d\s*M\b/.test(input) && file.startsWith('Number_')) return 'scientificNotation';
  if (file === 'Number_Chinese_NumberModel.json') {
    if (/年.*月.*日/.test(input)) return 'datesAndTimes';
    if (/打/.test(input)) return 'dozen';
    if (/第/.test(input)) return 'ordinals';
  }
  if (file === 'Number_Chinese_PercentModel.json' && /折/.test(input)) return 'discount';
  if (file === 'NumberWithUnit_Chinese_CurrencyModel.json') {
    if (c.Results.some((r) => r.Resolution?.unit && !OUR_CURRENCIES.has(r.Resolution.unit))) return 'foreignCurrency';
    if (c.Results.some((r) => r.Resolution?.value === null || r.Resolution?.value === undefined)) return 'currencyNameOnly';
  }
  if (file === 'NumberWithUnit_Chinese_DimensionModel.json') {
    if (c.Results.some((r) => OUTSIDE_DIMENSIONS.has(r.Resolution?.unit ?? ''))) return 'unitsOutsideDomain';
  }
  return null;
}

function expected(file: string, c: SpecCase): string[] {
  return c.Results.map((r) => {
    const base = `${r.Start}-${r.End + 1}:${num(specNumber(r.Resolution?.value))}`;
    return file.startsWith('NumberWithUnit') ? `${base}:${r.Resolution?.unit ?? ''}` : base;
  }).sort();
}

const PERCENT_FACTOR: Readonly<Record<string, number>> = { '%': 1, '个百分点': 1, '‰': 0.1, '‱': 0.01, '成': 10 };

function actual(file: string, input: string): string[] {
  switch (file) {
    case 'Number_Chinese_NumberModel.json':
      return findNumbers(input).map((m) => `${m.start}-${m.end}:${num(m.value)}`).sort();
    case 'Number_Chinese_PercentModel.json':
      return parseQuantities(input)
        .filter((q) => q.kind === 'rate' && PERCENT_FACTOR[q.unit] !== undefined)
        .map((q) => `${q.start}-${q.end}:${num(q.value * (PERCENT_FACTOR[q.unit] ?? 1))}`).sort();
    case 'NumberWithUnit_Chinese_CurrencyModel.json':
      return parseQuantities(input).filter((q) => q.kind === 'amount').map((q) => {
        const name = q.text.startsWith('$') ? 'Dollar' : q.unit === '元' ? 'Chinese yuan' : q.unit === '美元' ? 'United States dollar' : q.unit;
        return `${q.start}-${q.end}:${num(q.value)}:${name}`;
      }).sort();
    default:
      return parseQuantities(input).filter((q) => q.kind === 'measure')
        .map((q) => `${q.start}-${q.end}:${num(q.value)}:${DIMENSION_NAMES[q.unit] ?? q.unit}`).sort();
  }
}

const FILES = [
  'Number_Chinese_NumberModel.json',
  'Number_Chinese_PercentModel.json',
  'NumberWithUnit_Chinese_CurrencyModel.json',
  'NumberWithUnit_Chinese_DimensionModel.json',
];

const MIN_PASS_RATE = 0.9;

describe('Recognizers-Text Chinese conformance', () => {
  if (!fs.existsSync(SPEC_DIR)) {
    it('is skipped: shared/ absent', () => {
      console.log(`Recognizers-Text specs not found at ${SPEC_DIR}; conformance not run.`);
      expect(true).toBe(true);
    });
    return;
  }

  it.each(FILES)('%s passes at least 90% of applicable cases', (file) => {
    const raw = fs.readFileSync(path.join(SPEC_DIR, file), 'utf8').replace(/^\uFEFF/, '');
    const cases = JSON.parse(raw) as SpecCase[];
    const excluded: Partial<Record<Category, number>> = {};
    const failures: string[] = [];
    let applicable = 0;
    let passed = 0;
    for (const c of cases) {
      const cat = notApplicable(file, c);
      if (cat) {
        excluded[cat] = (excluded[cat] ?? 0) + 1;
        continue;
      }
      applicable++;
      const exp = expected(file, c);
      const act = actual(file, c.Input);
      if (JSON.stringify(exp) === JSON.stringify(act)) passed++;
      else failures.push(`${JSON.stringify(c.Input)} expected [${exp.join(' ')}] got [${act.join(' ')}]`);
    }
    const rate = applicable === 0 ? 1 : passed / applicable;
    console.log(
      `${file}: ${passed}/${applicable} applicable cases pass (${(rate * 100).toFixed(1)}%); ` +
      `not applicable: ${JSON.stringify(excluded)}` +
      (failures.length > 0 ? `\n  failing:\n  ${failures.join('\n  ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(MIN_PASS_RATE);
  });
});
