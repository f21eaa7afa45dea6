/**
 * Reads one numeral expression (Arabic, Chinese or mixed, with 万/亿 magnitudes, decimals, fractions and
 * 百分之 prefixes) starting at a position of the normalised text. Pure and allocation-light: one pass over
 * the characters it consumes, plus a bounded look-ahead.
 */
import { isFullWidthDigit } from './normalize-chars';
import {
  BIG_UNIT, CN_DECIMAL_DIGIT, CN_DIGIT, SMALL_UNIT, isAsciiDigit, isCnNumeral, isHSpace,
} from './numeral-chars';

export type PercentPrefix = '%' | '‰' | '‱';

export interface Numeral {
  start: number;
  /** Start of the number itself: after a 百分之 prefix, else start. */
  valueStart: number;
  end: number;
  value: number;
  hasArabic: boolean;
  hasChinese: boolean;
  /** The whole numeral is one Arabic number (no Chinese magnitude, fraction or prefix). */
  plainArabic: boolean;
  /** Integer digits of a plain Arabic number (for year detection), else 0. */
  intDigits: number;
  /** Plain Arabic number written with thousands separators. */
  grouped: boolean;
  isInteger: boolean;
  /** Two or more Chinese digits without units (二〇二一, 八八): a year or a name, not a quantity. */
  digitString: boolean;
  /** Approximate spans such as 二三十, 三五: not a checkable number. */
  vague: boolean;
  /** Magnitude of the trailing big unit (30万 -> 10^4), 1 when none. Used for ranges "20-30万". */
  tailScale: number;
  hasBigUnit: boolean;
  fraction: boolean;
  percentPrefix: PercentPrefix | null;
  /** 余/多/几 inside the numeral (十余万, 一千多万). */
  approx: boolean;
  /** Count of Chinese numeral characters. */
  cnChars: number;
  negative: boolean;
}

/** Unit words that start with a numeral character and must not be read as magnitudes. */
const UNIT_AFTER_QIAN = ['千瓦', '千克', '千伏', '千卡', '千字节', '千帕', '千焦', '千兆'];
const UNIT_AFTER_ZHAO = ['兆瓦', '兆伏', '兆字节', '兆赫', '兆帕', '兆焦', '兆比特'];

function startsWithAny(n: string, j: number, words: readonly string[]): boolean {
  for (const w of words) if (n.startsWith(w, j)) return true;
  return false;
}

function skipSpaces(n: string, j: number, max = 4): number {
  let k = j;
  while (k < n.length && k - j < max && isHSpace(n[k])) k++;
  return k;
}

interface ArabicAtom { end: number; value: number; intDigits: number; grouped: boolean; isInteger: boolean }

/** Arabic digits with optional thousands separators and decimal part, starting at a digit or '.'. */
export function readArabic(n: string, orig: string, j: number): ArabicAtom | null {
  let k = j;
  let intDigits = 0;
  let grouped = false;
  let digits = '';
  while (k < n.length && isAsciiDigit(n.charCodeAt(k))) { digits += n[k]; k++; intDigits++; }
  // Thousands separators: ',' followed by exactly three digits; '，' only between full-width digits.
  while (intDigits > 0 && k < n.length) {
    const sep = n[k];
    const fullWidthSep = sep === '，' && isFullWidthDigit(orig, k - 1) && isFullWidthDigit(orig, k + 1);
    if (sep !== ',' && !fullWidthSep) break;
    if (!(isAsciiDigit(n.charCodeAt(k + 1)) && isAsciiDigit(n.charCodeAt(k + 2)) && isAsciiDigit(n.charCodeAt(k + 3)))) break;
    if (isAsciiDigit(n.charCodeAt(k + 4))) break;
    if (!grouped && intDigits > 3) break;
    digits += n.slice(k + 1, k + 4);
    k += 4;
    grouped = true;
  }
  let isInteger = true;
  if (n[k] === '.' && isAsciiDigit(n.charCodeAt(k + 1))) {
    isInteger = false;
    digits += '.';
    k++;
    while (k < n.length && isAsciiDigit(n.charCodeAt(k))) { digits += n[k]; k++; }
  }
  if (digits === '' || digits === '.') return null;
  const value = Number(digits.startsWith('.') ? `0${digits}` : digits);
  if (!Number.isFinite(value)) return null;
  return { end: k, value, intDigits, grouped, isInteger };
}

interface Section { value: number; mag: number; scale: number }

interface CoreResult {
  end: number;
  value: number;
  hasArabic: boolean;
  hasChinese: boolean;
  plainArabic: boolean;
  intDigits: number;
  grouped: boolean;
  isInteger: boolean;
  digitString: boolean;
  vague: boolean;
  tailScale: number;
  hasBigUnit: boolean;
  approx: boolean;
  cnChars: number;
}

/** Reads the core of a numeral (no sign, no fraction) at j; null when nothing numeric starts there. */
function readCore(n: string, orig: string, j0: number): CoreResult | null {
  const sections: Section[] = [];
  let cur = 0;
  let pending: number | null = null;
  let pendingCn = false;         // pending digit is a single Chinese digit (abbreviation candidate)
  let pendingArabic = false;
  let lastUnit = 0;              // magnitude of the unit right before the pending digit (0 after 零)
  let lastSmall = Infinity;      // small units must decrease inside a section
  let fracTotal = 0;
  let hasArabic = false;
  let hasChinese = false;
  let anyUnit = false;
  let digitRun = 0;              // Chinese digits in a row without units
  let digitRunValue = 0;
  let vague = false;
  let approx = false;
  let cnChars = 0;
  let atoms = 0;
  let arabicAtoms = 0;
  let lastArabic: ArabicAtom | null = null;
  let hasBigUnit = false;
  let afterPoint = false;        // a Chinese decimal was read: only a big unit may follow
  let lastAtomWasUnit = false;
  let end = j0;
  let j = j0;

  const flushPending = (): number => {
    if (pending === null) return 0;
    if (pendingCn && lastUnit >= 10) return pending * (lastUnit / 10);
    return pending;
  };

  while (j < n.length) {
    let k = j;
    // Spaces inside a numeral: only between Chinese parts, or Arabic then a magnitude, or a unit then more.
    if (isHSpace(n[k])) {
      k = skipSpaces(n, j);
      if (atoms === 0) break;
      const nx = n[k];
      if (nx === undefined) break;
      const nextIsArabic = isAsciiDigit(nx.charCodeAt(0));
      if (nextIsArabic) {
        // "7万 5千": an Arabic part after a unit, itself followed by a unit.
        if (!lastAtomWasUnit) break;
        const a = readArabic(n, orig, k);
        if (!a) break;
        const after = n[a.end];
        if (after === undefined || (SMALL_UNIT[after] === undefined && BIG_UNIT[after] === undefined)) break;
      } else if (nx === '余' || nx === '多' || nx === '几') {
        // handled below
      } else if (!isCnNumeral(nx) && nx !== '点') {
        break;
      } else if (pendingArabic && CN_DIGIT[nx] !== undefined) {
        break;
      } else if (!hasChinese && CN_DIGIT[nx] !== undefined) {
        break;
      }
    }
    const ch = n[k];
    if (ch === undefined) break;
    const code = ch.charCodeAt(0);

    if (isAsciiDigit(code) || (ch === '.' && atoms === 0 && isAsciiDigit(n.charCodeAt(k + 1)))) {
      if (pending !== null || digitRun > 0 && !anyUnit) break;
      if (afterPoint) break;
      const a = readArabic(n, orig, k);
      if (!a) break;
      pending = a.value;
      pendingCn = false;
      pendingArabic = true;
      hasArabic = true;
      arabicAtoms++;
      lastArabic = a;
      atoms++;
      lastAtomWasUnit = false;
      j = a.end;
      end = j;
      continue;
    }

    const dv = CN_DIGIT[ch];
    if (dv !== undefined) {
      if (afterPoint) break;
      if (pendingArabic) break;
      if (ch === '零' || ch === '〇') {
        if (anyUnit && pending === null) {
          // 零 as a filler between units: 一千零五
          lastUnit = 0;
          cnChars++;
          atoms++;
          lastAtomWasUnit = false;
          j = k + 1;
          end = j;
          hasChinese = true;
          continue;
        }
      }
      if (pending !== null) {
        // A digit right after a digit: a digit string (二〇二一) only while no unit was seen.
        if (anyUnit) break;
        digitRun++;
        digitRunValue = digitRunValue * 10 + dv;
        pending = dv;
        cnChars++;
        atoms++;
        hasChinese = true;
        lastAtomWasUnit = false;
        j = k + 1;
        end = j;
        continue;
      }
      pending = dv;
      pendingCn = true;
      digitRun = anyUnit ? 0 : 1;
      digitRunValue = dv;
      cnChars++;
      atoms++;
      hasChinese = true;
      lastAtomWasUnit = false;
      j = k + 1;
      end = j;
      continue;
    }

    if (ch === '半' && atoms === 0 && (n[k + 1] === '百' || n[k + 1] === '成')) {
      pending = 0.5;
      pendingCn = false;
      cnChars++;
      atoms++;
      hasChinese = true;
      j = k + 1;
      end = j;
      continue;
    }

    const su = SMALL_UNIT[ch];
    if (su !== undefined) {
      if (afterPoint) break;
      if (ch === '千' && startsWithAny(n, k, UNIT_AFTER_QIAN)) break;
      if (ch === '千' && n[k + 1] === '米' && (hasArabic || pending === null)) break;
      if (ch === '百' && n.startsWith('百分点', k)) break;
      if (digitRun > 1 && !anyUnit) {
        // 二三十, 三五百: an approximate span
        vague = true;
        cnChars++;
        j = k + 1;
        end = j;
        pending = null;
        break;
      }
      let m: number | null = pending;
      if (m === null) {
        if (su === 10 || atoms === 0 || lastUnit === 0) m = 1;
        else break;
      } else if (m === 0 && !pendingArabic) {
        m = 1; // 零十
      }
      if (su >= lastSmall) break;
      cur += m * su;
      pending = null;
      pendingArabic = false;
      pendingCn = false;
      lastUnit = su;
      lastSmall = su;
      anyUnit = true;
      digitRun = 0;
      cnChars++;
      atoms++;
      hasChinese = true;
      lastAtomWasUnit = true;
      j = k + 1;
      end = j;
      continue;
    }

    const bu = BIG_UNIT[ch];
    if (bu !== undefined) {
      if (ch === '兆' && startsWithAny(n, k, UNIT_AFTER_ZHAO)) break;
      if (atoms === 0) break;
      if (digitRun > 1 && !anyUnit) {
        vague = true;
        cnChars++;
        j = k + 1;
        end = j;
        pending = null;
        break;
      }
      const own = cur + (pending ?? 0);
      let x = own;
      if (x === 0 && sections.length === 0) break;
      let scale = bu;
      while (sections.length > 0) {
        const top = sections[sections.length - 1];
        if (top === undefined || top.mag > bu) break;
        x += top.value;
        if (own === 0) scale = top.scale * bu;
        sections.pop();
      }
      sections.push({ value: x * bu, mag: bu, scale });
      cur = 0;
      pending = null;
      pendingArabic = false;
      pendingCn = false;
      lastUnit = bu;
      lastSmall = Infinity;
      anyUnit = true;
      hasBigUnit = true;
      digitRun = 0;
      afterPoint = false;
      cnChars++;
      atoms++;
      hasChinese = true;
      lastAtomWasUnit = true;
      j = k + 1;
      end = j;
      continue;
    }

    if (ch === '点' && !hasArabic && atoms > 0 && !afterPoint) {
      // Chinese decimal: 点 followed by decimal digits (spaces allowed around 点).
      let q = skipSpaces(n, k + 1, 2);
      let frac = 0;
      let scale = 0.1;
      let read = 0;
      while (q < n.length) {
        const c = n[q];
        const v = c === undefined ? undefined : CN_DECIMAL_DIGIT[c];
        if (v === undefined) break;
        frac += v * scale;
        scale /= 10;
        read++;
        q++;
      }
      if (read === 0) break;
      if (digitRun > 1 && !anyUnit) break;
      if (pending !== null && !(pendingCn && lastUnit >= 10)) {
        pending = pending + frac;
        pendingCn = false;
      } else {
        cur += flushPending();
        pending = null;
        pendingCn = false;
        fracTotal = frac;
      }
      cnChars += read + 1;
      atoms++;
      afterPoint = true;
      lastAtomWasUnit = false;
      j = q;
      end = j;
      continue;
    }

    if ((ch === '余' || ch === '多' || ch === '几') && atoms > 0) {
      // 十余万, 一千多万, 二十几万: only when a magnitude follows.
      const q = skipSpaces(n, k + 1);
      const nx = n[q];
      if (nx !== undefined && (BIG_UNIT[nx] !== undefined || (SMALL_UNIT[nx] !== undefined && !startsWithAny(n, q, UNIT_AFTER_QIAN) && !(nx === '百' && n.startsWith('百分点', q))))) {
        approx = true;
        if (ch === '几') { pending = pending ?? 0; }
        atoms++;
        j = k + 1;
        end = j;
        continue;
      }
      break;
    }
    break;
  }

  if (atoms === 0) return null;
  let value: number;
  const isDigitString = digitRun > 1 && !anyUnit && !vague;
  if (isDigitString) {
    value = digitRunValue;
  } else {
    value = cur + flushPending() + fracTotal;
    for (const s of sections) value += s.value;
  }
  const lastSection = sections[sections.length - 1];
  const tailScale = sections.length === 1 && lastSection && cur === 0 && pending === null && fracTotal === 0 ? lastSection.scale : 1;
  const plainArabic = arabicAtoms === 1 && !hasChinese && lastArabic !== null;
  const isInteger = Number.isInteger(value);
  return {
    end,
    value,
    hasArabic,
    hasChinese,
    plainArabic,
    intDigits: plainArabic && lastArabic ? lastArabic.intDigits : 0,
    grouped: plainArabic && lastArabic ? lastArabic.grouped : false,
    isInteger,
    digitString: isDigitString,
    vague,
    tailScale,
    hasBigUnit,
    approx,
    cnChars,
  };
}

/** Reads "分之" (spaces allowed around the characters) at j; returns the index after it, or -1. */
function readFenZhi(n: string, j: number): number {
  let k = skipSpaces(n, j);
  if (n[k] !== '分') return -1;
  k = skipSpaces(n, k + 1);
  if (n[k] !== '之') return -1;
  return skipSpaces(n, k + 1);
}

function signAt(n: string, k: number): number {
  const ch = n[k];
  if (ch === '负') return 1;
  if (ch === '-') {
    const prev = n[k - 1];
    if (prev !== undefined) {
      const pc = prev.charCodeAt(0);
      if (isAsciiDigit(pc) || (pc >= 65 && pc <= 90) || (pc >= 97 && pc <= 122) || prev === ')' || prev === '-' || isCnNumeral(prev)) return 0;
    }
    const nx = n[k + 1];
    if (nx !== undefined && (isAsciiDigit(nx.charCodeAt(0)) || (nx === '.' && isAsciiDigit(n.charCodeAt(k + 2))))) return 1;
  }
  return 0;
}

const PERCENT_PREFIX: Readonly<Record<string, PercentPrefix>> = { '百': '%', '佰': '%', '千': '‰', '仟': '‰', '万': '‱' };

function emptyNumeral(start: number): Numeral {
  return {
    start, valueStart: start, end: start, value: 0, hasArabic: false, hasChinese: false, plainArabic: false, intDigits: 0,
    grouped: false, isInteger: true, digitString: false, vague: false, tailScale: 1, hasBigUnit: false,
    fraction: false, percentPrefix: null, approx: false, cnChars: 0, negative: false,
  };
}

function fromCore(start: number, c: CoreResult, negative: boolean): Numeral {
  return {
    start, valueStart: start, end: c.end, value: negative ? -c.value : c.value, hasArabic: c.hasArabic, hasChinese: c.hasChinese,
    plainArabic: c.plainArabic, intDigits: c.intDigits, grouped: c.grouped, isInteger: c.isInteger,
    digitString: c.digitString, vague: c.vague, tailScale: c.tailScale, hasBigUnit: c.hasBigUnit,
    fraction: false, percentPrefix: null, approx: c.approx, cnChars: c.cnChars, negative,
  };
}

/** A signed core: 负三十二, -3.5, 三十二. */
function readSigned(n: string, orig: string, j: number): Numeral | null {
  const s = signAt(n, j);
  const c = readCore(n, orig, j + s);
  if (!c) return null;
  return fromCore(j, c, s === 1);
}

/**
 * Reads the numeral expression starting exactly at j, or null. Handles sign, 百分之/千分之/万分之 prefixes,
 * Chinese fractions (三分之一, 3又一千分之23), slash fractions (1/3, 1 4/3).
 */
export function readNumeral(n: string, orig: string, j: number): Numeral | null {
  const ch = n[j];
  if (ch === undefined) return null;

  // 百分之X / 千分之X / 万分之X (not after a numeral: "一百分之二" is a plain fraction)
  const pp = PERCENT_PREFIX[ch];
  if (pp !== undefined && !isCnNumeral(n[j - 1])) {
    const after = readFenZhi(n, j + 1);
    if (after > 0) {
      const inner = readSigned(n, orig, after);
      if (inner && !inner.vague && !inner.digitString) {
        return { ...inner, start: j, valueStart: inner.start, percentPrefix: pp };
      }
      if (inner && (inner.vague || inner.digitString)) {
        return { ...inner, start: j, valueStart: inner.start, percentPrefix: pp, vague: true };
      }
    }
    if (ch === '百' && n[j + 1] === '分' && n[j + 2] === '之' && n[j + 3] === '百') {
      // 百分之百
      return { ...emptyNumeral(j), valueStart: j + 3, end: j + 4, value: 100, hasChinese: true, cnChars: 4, percentPrefix: '%' };
    }
  }

  const first = readSigned(n, orig, j);
  if (!first) return null;
  if (first.vague || first.digitString) return first;

  // Chinese fraction: A分之B
  const fz = readFenZhi(n, first.end);
  if (fz > 0) {
    const num = readSigned(n, orig, fz);
    if (num && !num.vague && !num.digitString && first.value !== 0) {
      const value = num.value / first.value;
      return {
        ...first, end: num.end, value, negative: value < 0,
        fraction: true, hasArabic: first.hasArabic || num.hasArabic, hasChinese: true, plainArabic: false,
        isInteger: Number.isInteger(value), cnChars: first.cnChars + num.cnChars + 2, tailScale: 1, hasBigUnit: false,
      };
    }
  }

  // Mixed number: A又B分之C
  {
    const k = skipSpaces(n, first.end);
    if (n[k] === '又') {
      const q = skipSpaces(n, k + 1);
      const frac = readSigned(n, orig, q);
      if (frac && !frac.vague) {
        const fz2 = readFenZhi(n, frac.end);
        if (fz2 > 0) {
          const num = readSigned(n, orig, fz2);
          if (num && frac.value !== 0) {
            const mag = Math.abs(first.value) + num.value / frac.value;
            return {
              ...first, end: num.end, value: first.negative ? -mag : mag, fraction: true, plainArabic: false,
              hasArabic: first.hasArabic || frac.hasArabic || num.hasArabic, hasChinese: true,
              isInteger: Number.isInteger(mag), tailScale: 1,
            };
          }
        }
      }
    }
  }

  // Slash fraction 1/3 and mixed 1 4/3: integers only, not dates (2021/9/30).
  if (first.plainArabic && first.isInteger && !first.grouped) {
    const slashFrac = readSlashFraction(n, orig, first.end);
    if (slashFrac) {
      return { ...first, end: slashFrac.end, value: first.value / slashFrac.den, fraction: true, plainArabic: false, isInteger: false, tailScale: 1 };
    }
    // "1 4/3": integer, one space, a slash fraction
    if (n[first.end] === ' ' && isAsciiDigit(n.charCodeAt(first.end + 1))) {
      const second = readArabic(n, orig, first.end + 1);
      if (second && second.isInteger && !second.grouped) {
        const sf = readSlashFraction(n, orig, second.end);
        if (sf) {
          const mag = Math.abs(first.value) + second.value / sf.den;
          return { ...first, end: sf.end, value: first.negative ? -mag : mag, fraction: true, plainArabic: false, isInteger: false, tailScale: 1 };
        }
      }
    }
  }
  return first;
}

/** "/5" after an integer: returns the denominator when it is a clean fraction, not a date or a unit ratio. */
function readSlashFraction(n: string, orig: string, k: number): { end: number; den: number } | null {
  if (n[k] !== '/') return null;
  if (n[k - 2] === '/' || n[k - 3] === '/' || n[k - 4] === '/' || n[k - 5] === '/') return null;
  const d = readArabic(n, orig, k + 1);
  if (!d || !d.isInteger || d.grouped || d.value === 0) return null;
  if (n[d.end] === '/' || n[d.end] === '.' || n[d.end] === '-') return null; // 2021/9/30
  const after = n[d.end];
  if (after === '前' || after === '日' || after === '号' || after === '至') return null;
  return { end: d.end, den: d.value };
}
