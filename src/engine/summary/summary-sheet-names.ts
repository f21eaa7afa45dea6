/** Excel's limit on sheet names. */
const MAX_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/gu;

function clean(name: string): string {
  return name.replace(FORBIDDEN, '_').replace(/^'+|'+$/gu, '').slice(0, MAX_NAME);
}

export interface ExistingSheet {
  name: string;
  /** A summary sheet TaskLedger wrote (it may be reused); other sheets are never overwritten. */
  ours: boolean;
}

/**
 * The summary sheet name for each checked ledger sheet: `base` ("汇总") for a single one,
 * "汇总-<sheet>" for several; at most 31 characters, no []:*?/\, unique (case-insensitive) among
 * each other and the workbook's own sheets. A summary sheet TaskLedger wrote before keeps its name.
 */
export function summarySheetNames(ledgers: readonly string[], base: string, existing: readonly ExistingSheet[]): string[] {
  const taken = new Set(existing.filter((s) => !s.ours).map((s) => s.name.toLowerCase()));
  for (const ledger of ledgers) taken.add(ledger.toLowerCase());
  const names: string[] = [];
  for (const ledger of ledgers) {
    const wanted = clean(ledgers.length === 1 ? base : `${base}-${ledger}`);
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = `${wanted.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
