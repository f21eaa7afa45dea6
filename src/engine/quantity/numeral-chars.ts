/** Character tables for numerals, read on normalised text (see normalize-chars). */

/** Chinese digit characters and their values (零 and 〇 are 0). */
export const CN_DIGIT: Readonly<Record<string, number>> = {
  '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
};

/** Digits allowed after 点 in a Chinese decimal (两 is not: "一点两小时" is not 1.2). */
export const CN_DECIMAL_DIGIT: Readonly<Record<string, number>> = {
  '零': 0, '〇': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
};

/** 十, 百, 千 (and their financial forms). */
export const SMALL_UNIT: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
};

/** 万, 亿, 兆 (兆 as 10^12, the convention of the conformance suite). */
export const BIG_UNIT: Readonly<Record<string, number>> = { '万': 1e4, '亿': 1e8, '兆': 1e12 };

/** Financial (banker's) forms: on their own they are too often ordinary words (队伍, 收拾, 大陆). */
export const FINANCIAL_CHARS = new Set(['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Horizontal space inside a line (newlines end numbers and units). */
export function isHSpace(ch: string | undefined): boolean {
  return ch === ' ';
}

/** Any Chinese numeral character (digit, small or big unit). */
export function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && (CN_DIGIT[ch] !== undefined || SMALL_UNIT[ch] !== undefined || BIG_UNIT[ch] !== undefined);
}

/** CJK Unified Ideograph (BMP part). */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}
