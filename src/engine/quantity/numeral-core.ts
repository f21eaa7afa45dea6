/**
 * The core of a numeral without sign, prefix or fraction: Arabic and Chinese digits, 十/百/千 and 万/亿/兆
 * magnitudes, 零 fillers, Chinese decimals (点), abbreviations (一万二 = 12000) and 余/多/几 before a
 * magnitude. One pass over the characters it consumes.
 */
import type { ArabicAtom } from './arabic-reader';
import { readArabic } from './arabic-reader';
import { C_BIG_UNIT, C_CN_DIGIT, C_CN_NUMERAL, C_SMALL_UNIT, CN_DIGIT_VALUE, MAGNITUDE, classOf } from './char-table';
import { isAsciiDigit } from './numeral-chars';
import type { Numeral } from './numeral-reader';
import { BAI, BAN, CHENG, DIAN, DOT, DUO, JI, LIANG, LING, LING_O, MI, QIAN, SPACE, YU, ZHAO } from './char-codes';

/** Unit words that start with a numeral character and must not be read as magnitudes. */
export const UNIT_AFTER_QIAN = ['千瓦', '千克', '千伏', '千卡', '千字节', '千帕', '千焦', '千兆'];
const UNIT_AFTER_ZHAO = ['兆瓦', '兆伏', '兆字节', '兆赫', '兆帕', '兆焦', '兆比特'];

export function startsWithAny(n: string, j: number, words: readonly string[]): boolean {
  const second = n.charCodeAt(j + 1);
  for (const w of words) if ((w.length < 2 || w.charCodeAt(1) === second) && n.startsWith(w, j)) return true;
  return false;
}

export function skipSpaces(n: string, j: number, max = 4): number {
  let k = j;
  while (k < n.length && k - j < max && n.charCodeAt(k) === SPACE) k++;
  return k;
}

/** CN_DECIMAL_DIGIT: a Chinese digit other than 两, -1 otherwise. */
function decimalDigit(c: number): number {
  return c === LIANG ? -1 : CN_DIGIT_VALUE[c] ?? -1;
}

interface Section { value: number; mag: number; scale: number }

export interface CoreResult {
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
  /** 余/多/几 inside the numeral (十余万, 一千多万). */
  approx: boolean;
  /** Count of Chinese numeral characters. */
  cnChars: number;
}

/** The value of the digit waiting for a unit: 一万二 abbreviates 一万二千. */
function flushPending(pending: number | null, pendingCn: boolean, lastUnit: number): number {
  if (pending === null) return 0;
  if (pendingCn && lastUnit >= 10) return pending * (lastUnit / 10);
  return pending;
}

const NO_SECTIONS: readonly Section[] = [];

/**
 * Reads the core of a numeral (no sign, no fraction) at j0; null when nothing numeric starts there. The
 * result is the numeral that starts at `start` (j0, or the sign before it) with that sign applied: one
 * object, not a core result copied into a numeral.
 */
export function readCore(n: string, orig: string, j0: number, start = j0, negative = false): Numeral | null {
  let sections: Section[] | null = null;
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

  const len = n.length;
  while (j < len) {
    let k = j;
    // Spaces inside a numeral: only between Chinese parts, or Arabic then a magnitude, or a unit then more.
    if (n.charCodeAt(k) === SPACE) {
      k = skipSpaces(n, j);
      if (atoms === 0) break;
      if (k >= len) break;
      const nx = n.charCodeAt(k);
      const nxClass = classOf(nx);
      if (isAsciiDigit(nx)) {
        // "7万 5千": an Arabic part after a unit, itself followed by a unit.
        if (!lastAtomWasUnit) break;
        const a = readArabic(n, orig, k);
        if (!a) break;
        if ((classOf(n.charCodeAt(a.end)) & (C_SMALL_UNIT | C_BIG_UNIT)) === 0) break;
      } else if (nx === YU || nx === DUO || nx === JI) {
        // handled below
      } else if ((nxClass & C_CN_NUMERAL) === 0 && nx !== DIAN) {
        break;
      } else if (pendingArabic && (nxClass & C_CN_DIGIT) !== 0) {
        break;
      } else if (!hasChinese && (nxClass & C_CN_DIGIT) !== 0) {
        break;
      }
    }
    if (k >= len) break;
    const ch = n.charCodeAt(k);
    const cls = classOf(ch);

    if (isAsciiDigit(ch) || (ch === DOT && atoms === 0 && isAsciiDigit(n.charCodeAt(k + 1)))) {
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

    if ((cls & C_CN_DIGIT) !== 0) {
      const dv = CN_DIGIT_VALUE[ch] ?? 0;
      if (afterPoint) break;
      if (pendingArabic) break;
      if (ch === LING || ch === LING_O) {
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
      } else {
        pendingCn = true;
        digitRun = anyUnit ? 0 : 1;
        digitRunValue = dv;
      }
      pending = dv;
      cnChars++;
      atoms++;
      hasChinese = true;
      lastAtomWasUnit = false;
      j = k + 1;
      end = j;
      continue;
    }

    if (ch === BAN && atoms === 0 && (n.charCodeAt(k + 1) === BAI || n.charCodeAt(k + 1) === CHENG)) {
      pending = 0.5;
      pendingCn = false;
      cnChars++;
      atoms++;
      hasChinese = true;
      j = k + 1;
      end = j;
      continue;
    }

    if ((cls & C_SMALL_UNIT) !== 0) {
      const su = MAGNITUDE[ch] ?? 0;
      if (afterPoint) break;
      if (ch === QIAN && startsWithAny(n, k, UNIT_AFTER_QIAN)) break;
      if (ch === QIAN && n.charCodeAt(k + 1) === MI && (hasArabic || pending === null)) break;
      if (ch === BAI && n.startsWith('百分点', k)) break;
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

    if ((cls & C_BIG_UNIT) !== 0) {
      const bu = MAGNITUDE[ch] ?? 0;
      if (ch === ZHAO && startsWithAny(n, k, UNIT_AFTER_ZHAO)) break;
      if (atoms === 0) break;
      if (digitRun > 1 && !anyUnit) {
        vague = true;
        cnChars++;
        j = k + 1;
        end = j;
        pending = null;
        break;
      }
      const own = cur + (pending ?? 0) + fracTotal;
      fracTotal = 0;
      let x = own;
      if (x === 0 && (sections === null || sections.length === 0)) break;
      sections ??= [];
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

    if (ch === DIAN && !hasArabic && atoms > 0 && !afterPoint) {
      // Chinese decimal: 点 followed by decimal digits (spaces allowed around 点).
      let q = skipSpaces(n, k + 1, 2);
      let frac = 0;
      let scale = 0.1;
      let read = 0;
      while (q < len) {
        const v = decimalDigit(n.charCodeAt(q));
        if (v < 0) break;
        frac += v * scale;
        scale /= 10;
        read++;
        q++;
      }
      if (read === 0) break;
      if (digitRun > 1 && !anyUnit) break;
      if (pending !== null && !(pendingCn && lastUnit >= 100)) {
        pending = pending + frac;
        pendingCn = false;
      } else {
        cur += flushPending(pending, pendingCn, lastUnit);
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

    if ((ch === YU || ch === DUO || ch === JI) && atoms > 0) {
      // 十余万, 一千多万, 二十几万: only when a magnitude follows.
      const q = skipSpaces(n, k + 1);
      const nx = n.charCodeAt(q);
      const nxClass = classOf(nx);
      if ((nxClass & C_BIG_UNIT) !== 0 || ((nxClass & C_SMALL_UNIT) !== 0 && !startsWithAny(n, q, UNIT_AFTER_QIAN) && !(nx === BAI && n.startsWith('百分点', q)))) {
        approx = true;
        if (ch === JI) { pending = pending ?? 0; }
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
  const secs = sections ?? NO_SECTIONS;
  let value: number;
  const isDigitString = digitRun > 1 && !anyUnit && !vague;
  if (isDigitString) {
    value = digitRunValue;
  } else {
    value = cur + flushPending(pending, pendingCn, lastUnit) + fracTotal;
    for (const s of secs) value += s.value;
  }
  const lastSection = secs.length > 0 ? secs[secs.length - 1] : undefined;
  const tailScale = secs.length === 1 && lastSection && cur === 0 && pending === null && fracTotal === 0 ? lastSection.scale : 1;
  const plainArabic = arabicAtoms === 1 && !hasChinese && lastArabic !== null;
  const isInteger = Number.isInteger(value);
  // The field order of every Numeral literal (see numeral-reader), so all share one shape.
  return {
    start, valueStart: start, end, value: negative ? -value : value, hasArabic, hasChinese, plainArabic,
    intDigits: plainArabic && lastArabic ? lastArabic.intDigits : 0,
    grouped: plainArabic && lastArabic ? lastArabic.grouped : false,
    isInteger, digitString: isDigitString, vague, tailScale, hasBigUnit,
    fraction: false, percentPrefix: null, approx, cnChars, negative,
  };
}

