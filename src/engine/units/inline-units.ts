import type { Placeholders } from './placeholder';
import type { UnitList } from './split-units';
import { splitUnits } from './split-units';

export interface InlineUnits extends UnitList {
  /** The text the units were read from, e.g. "（责任单位：省卫生健康委）". */
  source: string;
}

const LABEL = '(?:牵头单位|牵头部门|责任单位|责任部门|责任处室|主办单位|主责单位)';
/** "（责任单位：省卫生健康委）" anywhere in the text. */
const BRACKETED = new RegExp(`[（(]\\s*${LABEL}\\s*[:：]\\s*([^（()）]+)[）)]`, 'u');
/** A line of its own: "牵头单位：省发展改革委、省财政厅". */
const LINE = new RegExp(`(?:^|[\\n。；;])\\s*${LABEL}\\s*[:：]\\s*([^\\n]+)`, 'u');
const UNIT_LINE_START = new RegExp(`^\\s*[（(]?\\s*${LABEL}\\s*[:：]`, 'u');
const COOP_LINE = /(?:^|[\n。；;])\s*(?:配合单位|协办单位|配合部门)\s*[:：]\s*([^\n]+)/u;

/**
 * Reads units stated inside a task text, for ledgers without a (filled) lead column:
 * "牵头单位：…" / "责任单位：…" lines and "（责任单位：…）" in brackets.
 */
export function findInlineUnits(text: string, placeholders: Placeholders): InlineUnits | null {
  const match = LINE.exec(text) ?? BRACKETED.exec(text);
  if (!match || match[1] === undefined) return null;
  const list = splitUnits(match[1], placeholders);
  if (list.lead.length === 0) return null;
  const coopMatch = COOP_LINE.exec(text);
  const coop = coopMatch?.[1] ? splitUnits(coopMatch[1], placeholders).lead : [];
  return { lead: list.lead, coop: [...list.coop, ...coop.filter((u) => !list.coop.includes(u))], source: match[0].trim() };
}

/** True when a whole row's text is only a unit line ("牵头单位：…") that belongs to the task above. */
export function isUnitLine(text: string): boolean {
  return UNIT_LINE_START.test(text);
}
