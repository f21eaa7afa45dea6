import { foldWidth } from '../text/normalize';

/** A set of placeholder texts ("/", "无", "待定" …) that mean a cell says nothing. */
export class Placeholders {
  private readonly set: Set<string>;

  private readonly longest: number;

  constructor(placeholders: readonly string[]) {
    this.set = new Set(placeholders.map((p) => foldWidth(p).replace(/\s+/gu, '').toLowerCase()));
    this.longest = Math.max(0, ...[...this.set].map((p) => p.length));
  }

  /** True for empty or white-space-only text (line breaks included) and for placeholders. */
  isEmpty(text: string | null | undefined): boolean {
    if (text === null || text === undefined) return true;
    // Long texts are never placeholders: skip the normalisation (hot on every row).
    if (text.length > this.longest * 2 + 8) return !/\S/u.test(text);
    const folded = foldWidth(text).replace(/\s+/gu, '').toLowerCase();
    return folded === '' || this.set.has(folded);
  }
}
