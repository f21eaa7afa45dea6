/** Columns a text takes in Excel's character-width units: CJK and full-width characters take two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A column width that fits the widest text (plus room for a table's filter button), within bounds. */
export function fitWidth(texts: readonly string[], min: number, max: number): number {
  const widest = Math.max(0, ...texts.map(textWidth));
  return Math.min(max, Math.max(min, widest + 3));
}
