import { foldWidth } from '../text/normalize';

/** A set of placeholder texts ("/", "无", "待定" …) that mean a cell says nothing. */
export class Placeholders {
  private readonly set: Set<string>;

  constructor(placeholders: readonly string[]) {
    this.set = new Set(placeholders.map((p) => foldWidth(p).toLowerCase()));
  }

  /** True for empty or white-space-only text (line breaks included) and for placeholders. */
  isEmpty(text: string | null | undefined): boolean {
    if (text === null || text === undefined) return true;
    const folded = foldWidth(text).replace(/\s+/gu, '').toLowerCase();
    return folded === '' || this.set.has(folded);
  }
}
