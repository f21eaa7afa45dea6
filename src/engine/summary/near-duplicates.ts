/**
 * Unit names that might be the same unit written two ways, for a person to confirm and add to the
 * alias list: the same name once with a bracketed note ("省发展改革委（省能源局）"), the long and the
 * short form of a 委员会, or an abbreviation (省发改委 / 省发展改革委: same first and last character,
 * the shorter one's characters appear in order in the longer one). Never merged automatically.
 */
export interface NearDuplicate {
  units: [string, string];
}

function base(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\([^()]*\)/gu, '')
    .replace(/\s+/gu, '')
    .replace(/委员会$/u, '委')
    .replace(/和/gu, '');
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function similar(a: string, b: string): boolean {
  const x = base(a);
  const y = base(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || short.length * 2 < long.length) return false;
  return short[0] === long[0] && short.at(-1) === long.at(-1) && isSubsequence(short, long);
}

/** Pairs of names (in the order given) that look like one unit. */
export function nearDuplicates(names: readonly string[]): NearDuplicate[] {
  const out: NearDuplicate[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i];
      const b = names[j];
      if (a !== undefined && b !== undefined && similar(a, b)) out.push({ units: [a, b] });
    }
  }
  return out;
}
