/**
 * Unit names as counted in the summary: trimmed, full-width folded, white space removed, and
 * aliases merged ("省发改委" = "省发展改革委"). Two spellings with the same key are one unit; the
 * name shown is the alias list's canonical name, else the spelling the sheet uses most.
 */
export type UnitAliases = Record<string, string[]>;

/** The matching key of a unit name: NFKC (full-width → half-width), no white space, lower case. */
export function unitKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The name as written, trimmed, with inner white space (line breaks, ideographic spaces) removed. */
export function cleanUnitName(name: string): string {
  return name.replace(/[\s\u3000]+/gu, '').trim();
}

export class UnitDirectory {
  private readonly canonicalByKey = new Map<string, string>();
  /** Per unit key: spellings seen, with counts, in first-seen order. */
  private readonly spellings = new Map<string, Map<string, number>>();

  constructor(aliases: UnitAliases = {}) {
    for (const [canonical, list] of Object.entries(aliases)) {
      const name = cleanUnitName(canonical);
      if (!name) continue;
      this.canonicalByKey.set(unitKey(name), name);
      for (const alias of list) {
        const key = unitKey(alias);
        if (key && !this.canonicalByKey.has(key)) this.canonicalByKey.set(key, name);
      }
    }
  }

  /** Keys and spellings by name as written: a sheet names the same few units over and over. */
  private readonly names = new Map<string, { key: string; spelling: string }>();

  private named(name: string): { key: string; spelling: string } {
    let known = this.names.get(name);
    if (!known) {
      const key = unitKey(name);
      const canonical = this.canonicalByKey.get(key);
      known = { key: canonical === undefined ? key : unitKey(canonical), spelling: cleanUnitName(name) };
      this.names.set(name, known);
    }
    return known;
  }

  /** The key a name is counted under (aliases merged). */
  keyOf(name: string): string {
    return this.named(name).key;
  }

  /** Records a spelling as seen (for the name shown) and returns its key. */
  see(name: string): string {
    const { key, spelling } = this.named(name);
    const seen = this.spellings.get(key) ?? new Map<string, number>();
    seen.set(spelling, (seen.get(spelling) ?? 0) + 1);
    this.spellings.set(key, seen);
    return key;
  }

  /** The name shown for a key: the alias list's canonical name, else the most used spelling. */
  displayName(key: string): string {
    const canonical = this.canonicalByKey.get(key);
    if (canonical !== undefined) return canonical;
    let best = key;
    let count = 0;
    for (const [spelling, n] of this.spellings.get(key) ?? []) {
      if (n > count) {
        best = spelling;
        count = n;
      }
    }
    return best;
  }
}
