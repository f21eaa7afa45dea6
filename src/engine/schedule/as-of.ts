import type { ExpectedSource, PeriodMatch } from './expected-progress';
import { expectedAtDate, findPeriod } from './expected-progress';

/** The report date a sheet is judged at, and where it came from. */
export interface AsOf {
  /** The date given with --as-of, else null. */
  date: string | null;
  /** 序时进度, 0–1. */
  expected: number;
  source: ExpectedSource;
  /** The words or date it was read from. */
  text: string;
  /** Report month (1–12) and day, for deadlines. */
  month: number;
  day: number;
}

const monthEnd = (month: number): number => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;

function fromPeriod(p: PeriodMatch, source: ExpectedSource): AsOf {
  return { date: null, expected: p.expected, source, text: p.text, month: p.month, day: monthEnd(p.month) };
}

/**
 * The sheet's report date: the user's --as-of, else the period in the sheet title
 * ("…（截至三季度）"), else in the file name. Null when none names one (rows may still name theirs).
 * A 序时进度 the user set (`expected`, 0–1) replaces the one read; the report month stays the one
 * read, or is the month that share of the year ends in (75% → September) when none was read.
 */
export function resolveAsOf(options: { asOf?: string; title?: string; fileName?: string; expected?: number }): AsOf | null {
  const read = readAsOf(options);
  const set = options.expected;
  if (set === undefined || !Number.isFinite(set) || set < 0 || set > 1) return read;
  if (read) return { ...read, expected: set, source: 'set' };
  const month = Math.min(12, Math.max(1, Math.round(set * 12)));
  return { date: null, expected: set, source: 'set', text: '', month, day: monthEnd(month) };
}

function readAsOf(options: { asOf?: string; title?: string; fileName?: string }): AsOf | null {
  if (options.asOf) {
    const d = expectedAtDate(options.asOf);
    if (d) {
      const day = Number(options.asOf.slice(-2).replace('-', ''));
      return { date: options.asOf, expected: d.expected, source: 'as-of', text: options.asOf, month: d.month, day };
    }
  }
  const fromTitle = options.title ? findPeriod(options.title) : null;
  if (fromTitle) return fromPeriod(fromTitle, 'title');
  const fromFile = options.fileName ? findPeriod(options.fileName) : null;
  if (fromFile) return fromPeriod(fromFile, 'file-name');
  return null;
}

/** 序时进度 from the period a row's own progress names ("1-6月完成…"). */
export function rowAsOf(progress: string): AsOf | null {
  const p = findPeriod(progress);
  return p ? fromPeriod(p, 'row') : null;
}
