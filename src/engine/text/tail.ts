/**
 * End-anchored patterns ("…$") tried from every position cost O(n·m) on long texts. When the
 * longest possible match is bounded, testing only the last `window` characters is equivalent.
 */
export function testTail(pattern: RegExp, text: string, window: number): boolean {
  return pattern.test(text.length > window ? text.slice(-window) : text);
}

/** Replaces an end-anchored match within the last `window` characters. */
export function replaceTail(pattern: RegExp, text: string, window: number): string {
  if (text.length <= window) return text.replace(pattern, '');
  const cut = text.length - window;
  return text.slice(0, cut) + text.slice(cut).replace(pattern, '');
}
