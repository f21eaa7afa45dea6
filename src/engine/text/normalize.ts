/**
 * Text normalisation for matching: full-width forms folded to half-width (NFKC), all white space
 * (spaces, ideographic spaces, line breaks) removed, Latin letters lower-cased.
 * "工作 体系", "工作\n体系" and "工作体系" all normalise to "工作体系"; "（" becomes "(".
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Trims and folds full-width characters, keeping inner spaces and line breaks. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC').trim();
}
