/** Renders numbers the way ledgers write them (Arabic, grouped, full-width, Chinese numerals, 万/亿). */

export type NumeralStyle = 'arabic' | 'grouped' | 'fullwidth' | 'chinese' | 'financial' | 'wan';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const SECTION_UNITS = ['千', '百', '十', ''];
const FINANCIAL: Readonly<Record<string, string>> = {
  '一': '壹', '二': '贰', '三': '叁', '四': '肆', '五': '伍', '六': '陆', '七': '柒', '八': '捌', '九': '玖',
  '十': '拾', '百': '佰', '千': '仟',
};

function under1e4(v: number, leading: boolean): string {
  const d = [Math.floor(v / 1000) % 10, Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10];
  let s = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const di = d[i] ?? 0;
    if (di === 0) {
      if (s !== '') zero = true;
      continue;
    }
    if (zero) {
      s += '零';
      zero = false;
    }
    if (i === 2 && di === 1 && s === '' && leading) s += '十';
    else s += (DIGITS[di] ?? '') + (SECTION_UNITS[i] ?? '');
  }
  return s;
}

function under1e8(v: number, leading: boolean): string {
  const hi = Math.floor(v / 1e4);
  const lo = v % 1e4;
  let s = hi > 0 ? `${under1e4(hi, leading)}万` : '';
  if (lo > 0) {
    if (hi > 0 && lo < 1000) s += '零';
    s += under1e4(lo, hi === 0 && leading);
  }
  return s;
}

function integerToChinese(v: number, leading = true): string {
  if (v === 0) return '零';
  const hi = Math.floor(v / 1e8);
  const lo = v % 1e8;
  let s = hi > 0 ? `${integerToChinese(hi, leading)}亿` : '';
  if (lo > 0) {
    if (hi > 0 && lo < 1e7) s += '零';
    s += under1e8(lo, hi === 0 && leading);
  }
  return s;
}

/** Chinese numerals for a finite number (integers below 10^16; decimals via 点). */
export function toChineseNumerals(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const neg = value < 0;
  const abs = Math.abs(value);
  const [intPart = '0', fracPart] = String(abs).split('.');
  const int = Number(intPart);
  let s = Number.isSafeInteger(int) ? integerToChinese(int) : intPart;
  if (fracPart) s += `点${[...fracPart].map((c) => DIGITS[Number(c)] ?? '').join('')}`;
  return neg ? `负${s}` : s;
}

function grouped(value: number): string {
  const [i = '0', f] = String(Math.abs(value)).split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${g}${f ? `.${f}` : ''}`;
}

function toFullWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) out += String.fromCharCode(c + 0xfee0);
    else if (ch === '.') out += '．';
    else if (ch === ',') out += '，';
    else if (ch === '-') out += '－';
    else out += ch;
  }
  return out;
}

function wan(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${value / 1e8}亿`;
  if (abs >= 1e4) return `${value / 1e4}万`;
  return String(value);
}

export function formatNumeral(value: number, style: NumeralStyle = 'arabic'): string {
  switch (style) {
    case 'arabic': return String(value);
    case 'grouped': return grouped(value);
    case 'fullwidth': return toFullWidth(grouped(value));
    case 'chinese': return toChineseNumerals(value);
    case 'financial': return [...toChineseNumerals(value)].map((c) => FINANCIAL[c] ?? c).join('');
    case 'wan': return wan(value);
  }
}

/** A value and its unit as a ledger would write them: 6000亿元 style with 'wan', 一百五十个 with 'chinese'. */
export function formatQuantityValue(value: number, unit: string, style: NumeralStyle = 'arabic'): string {
  return `${formatNumeral(value, style)}${unit}`;
}
