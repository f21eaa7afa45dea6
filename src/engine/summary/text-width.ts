/** Columns a text takes in Excel's character-width units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  // By UTF-16 unit, a surrogate pair read as one code point (as for…of does, without a string per character).
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const wide = (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A column width that fits the widest text (plus room for a table's filter button), within bounds. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  let widest = 0;
  for (const text of texts) {
    widest = Math.max(widest, textWidth(text));
    if (widest + 3 >= max) break; // the width is max whatever the other texts are
  }
  return Math.min(max, Math.max(min, widest + 3));
}
