import type { CellValue } from '../sheet/snapshot';
import { charTable } from '../text/char-filter';

export interface Deadline {
  /** Month (1–12) by whose end the task is due; 12 for 年底前. */
  month: number;
  /** Day of month when the text gives one (9月30日前), else the month's end. */
  day: number | null;
  text: string;
}

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string): number => (/^\d+$/u.test(s) ? Number(s) : (CN[s] ?? Number.NaN));

/** `needs`: a word every match contains, so a text without it skips the regex. */
const PATTERNS: { re: RegExp; needs: string; read: (m: RegExpExecArray) => { month: number; day: number | null } }[] = [
  { re: /(?:20\d{2}\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:前|之前|以前)/u, needs: '前', read: (m) => ({ month: num(m[1] ?? ''), day: num(m[2] ?? '') }) },
  { re: /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:底|末|份)?\s*(?:前|之前|以前)/u, needs: '前', read: (m) => ({ month: num(m[1] ?? ''), day: null }) },
  { re: /(?:年底|年末|年内|今年底)\s*(?:前|之前)?(?:完成|建成|出台|实现|投运|上线)/u, needs: '年', read: () => ({ month: 12, day: null }) },
  { re: /(?:年底|年末)\s*(?:前|之前)/u, needs: '前', read: () => ({ month: 12, day: null }) },
  { re: /(上|下)半年\s*(?:前|之前)?\s*(?:完成|建成|出台|实现)/u, needs: '半年', read: (m) => ({ month: m[1] === '上' ? 6 : 12, day: null }) },
  { re: /(?:第)?([一二三四1-4])\s*季度\s*(?:末)?\s*(?:前|之前)/u, needs: '季度', read: (m) => ({ month: (num(m[1] ?? '') || 0) * 3, day: null }) },
];

/**
 * Characters NFKC leaves as they are (ASCII, CJK ideographs, common Chinese punctuation), or maps to a
 * character no pattern below can match (，：；（）！？ to ASCII , : ; ( ) ! ?): a text of these alone matches
 * the patterns exactly as its NFKC form does, so normalising it is skipped.
 */
const PATTERN_STABLE = ((): Uint8Array => {
  const t = charTable('、。〃〈〉《》「」『』【】〔〕‘’“”—·，：；（）！？', false);
  t.fill(1, 0, 0x80);
  t.fill(1, 0x4e00, 0xa000);
  return t;
})();

/** text.normalize('NFKC') as far as the deadline patterns can tell. */
function foldForPatterns(text: string): string {
  for (let i = 0; i < text.length; i++) if (PATTERN_STABLE[text.charCodeAt(i)] !== 1) return text.normalize('NFKC');
  return text;
}

/** A deadline stated in a target text ("6月底前", "年底前完成", "9月30日前"), or null. */
export function deadlineInText(text: string): Deadline | null {
  const folded = foldForPatterns(text);
  for (const p of PATTERNS) {
    if (!folded.includes(p.needs)) continue;
    const m = p.re.exec(folded);
    if (!m) continue;
    const { month, day } = p.read(m);
    if (month >= 1 && month <= 12) return { month, day: day !== null && day >= 1 && day <= 31 ? day : null, text: m[0] };
  }
  return null;
}

/** A deadline cell: a date (Excel serial), "2021-09-30", "6月底前", "年底". */
export function deadlineInCell(value: CellValue): Deadline | null {
  if (typeof value === 'number' && value > 30000 && value < 80000) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000);
    return { month: date.getUTCMonth() + 1, day: date.getUTCDate(), text: date.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return null;
  const iso = /^\s*20\d{2}[-/.](\d{1,2})[-/.](\d{1,2})\s*$/u.exec(value.normalize('NFKC'));
  if (iso) return { month: Number(iso[1]), day: Number(iso[2]), text: value.trim() };
  const bare = /^\s*(?:年底|年末|年内|全年)\s*$/u.test(value) ? { month: 12, day: null, text: value.trim() } : null;
  return bare ?? deadlineInText(`${value}前`);
}

/** True when the deadline lies before the report date (month 1–12, day of month). */
export function deadlinePassed(deadline: Deadline, asOfMonth: number, asOfDay: number): boolean {
  if (deadline.month !== asOfMonth) return deadline.month < asOfMonth;
  return deadline.day !== null ? deadline.day < asOfDay : false;
}
