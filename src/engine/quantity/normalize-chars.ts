/**
 * Length-preserving normalisation: every UTF-16 unit maps to exactly one unit, so offsets in the
 * normalised text are offsets in the input. Full-width ASCII becomes ASCII (except the Chinese comma,
 * which is a clause separator far more often than a thousands separator), traditional numeral and
 * counter characters become simplified ones.
 */

const SINGLE_MAP: Readonly<Record<string, string>> = {
  '\u3000': ' ', '\u00a0': ' ', '\t': ' ',
  '萬': '万', '億': '亿', '兩': '两', '倆': '两', '俩': '两', '點': '点', '個': '个', '負': '负',
  '幾': '几', '對': '对', '雙': '双', '貳': '贰', '貮': '贰', '陸': '陆', '參': '叁', '餘': '余',
  '項': '项', '條': '条', '臺': '台', '輛': '辆', '場': '场', '張': '张', '間': '间', '噸': '吨',
  '畝': '亩', '門': '门', '時': '时', '歲': '岁', '隻': '只', '塊': '块', '種': '种', '類': '类',
  '號': '号', '屆': '届', '級': '级', '週': '周', '戶': '户', '處': '处', '棟': '栋', '冊': '册',
  '圓': '圆', '標': '标', '準': '准', '釐': '厘', '頃': '顷', '裡': '里', '電': '电', '內': '内',
  '於': '于', '達': '达', '約': '约', '來': '来', '際': '际', '頭': '头', '車': '车',
  '￥': '¥', '—': '-', '–': '-', '－': '-', '～': '~', '〜': '~',
};

/** Folded code of every UTF-16 unit (identity for most). */
const TABLE: Uint16Array = buildTable();

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Full-width ASCII block FF01-FF5E -> 0021-007E, but keep the Chinese comma.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    if (c === 0xff0c) continue;
    t[c] = c - 0xfee0;
  }
  for (const [from, to] of Object.entries(SINGLE_MAP)) {
    if (from.length === 1 && to.length === 1) t[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return t;
}

/** Returns a string of the same length with full-width and traditional characters folded. */
export function normalizeChars(text: string): string {
  const len = text.length;
  let i = 0;
  while (i < len && TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === len) return text;
  const parts: string[] = [];
  let last = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    const m = TABLE[c] ?? c;
    if (m !== c) {
      if (i > last) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(m));
      last = i + 1;
    }
  }
  if (last < len) parts.push(text.slice(last));
  return parts.join('');
}

/** True when the input character at i is a full-width digit (used to accept "４，５６５"). */
export function isFullWidthDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xff10 && c <= 0xff19;
}
