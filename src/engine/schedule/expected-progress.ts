/**
 * 序时进度: the share of the year's work expected by the report date. Half-year → 50%,
 * "截至三季度" → 75%, "1-8月" → 8/12, a date → the share of the year elapsed by its month end.
 */

/** Where 序时进度 came from; 'set': typed by the user (--expected, the pane's option), over any other. */
export type ExpectedSource = 'as-of' | 'title' | 'file-name' | 'row' | 'set';

export interface PeriodMatch {
  /** Expected progress, 0–1. */
  expected: number;
  /** The words it was read from, e.g. "截至三季度". */
  text: string;
  /** The last month the period covers (1–12), for deadlines. */
  month: number;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function monthNumber(text: string): number | null {
  const folded = text.normalize('NFKC');
  if (/^\d{1,2}$/u.test(folded)) {
    const n = Number(folded);
    return n >= 1 && n <= 12 ? n : null;
  }
  if (folded === '十一') return 11;
  if (folded === '十二') return 12;
  return CN_DIGIT[folded] ?? null;
}

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Pattern {
  re: RegExp;
  month: (m: RegExpExecArray) => number | null;
}

const M = '(\\d{1,2}|[一二三四五六七八九十]|十[一二])';
/** Most specific first. */
const PATTERNS: Pattern[] = [
  // 1-8月, 1—8月, 1至8月, 1月至8月, 一至八月
  { re: new RegExp(`(?:^|[^\\d])1\\s*月?\\s*[-—–~～至到]\\s*${M}\\s*月`, 'u'), month: (m) => monthNumber(m[1] ?? '') },
  { re: new RegExp(`一\\s*月?\\s*[-—–~～至到]\\s*${M}\\s*月`, 'u'), month: (m) => monthNumber(m[1] ?? '') },
  // 截至6月底, 截至9月末, 截止到8月
  { re: new RegExp(`截[至止](?:到)?(?:20\\d{2}年)?\\s*${M}\\s*月`, 'u'), month: (m) => monthNumber(m[1] ?? '') },
  // 前三季度, 截至三季度, 三季度末, 第三季度
  { re: /(?:前|截[至止]|第)?\s*([一二三四1-4])\s*季度/u, month: (m) => (QUARTER[m[1] ?? ''] ?? 0) * 3 || null },
  { re: /上半年|前半年|1-6月|半年/u, month: () => 6 },
  { re: /下半年|全年|年度|年底|年末|全年度/u, month: () => 12 },
  // 前8个月
  { re: new RegExp(`前\\s*${M}\\s*个月`, 'u'), month: (m) => monthNumber(m[1] ?? '') },
  // 6月底, 9月末 (a report "as of" a month end)
  { re: new RegExp(`${M}\\s*月\\s*(?:底|末|份)`, 'u'), month: (m) => monthNumber(m[1] ?? '') },
];

/** Finds the reporting period a text names ("…进展情况（截至三季度）"), or null. */
export function findPeriod(text: string): PeriodMatch | null {
  const folded = text.normalize('NFKC');
  for (const p of PATTERNS) {
    const m = p.re.exec(folded);
    if (!m) continue;
    const month = p.month(m);
    if (month === null || month < 1 || month > 12) continue;
    return { expected: month / 12, text: m[0].trim(), month };
  }
  return null;
}

/** 序时进度 at a date: the share of the year elapsed at the end of that day. */
export function expectedAtDate(isoDate: string): PeriodMatch | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(isoDate.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  const expected = (month - 1) / 12 + day / daysInMonth / 12;
  return { expected: Math.round(expected * 10000) / 10000, text: isoDate.trim(), month };
}
