import type { Placeholders } from './placeholder';

export interface UnitList {
  /** Lead units first: the first one is the lead ("列第一位者为牵头或汇总单位"). */
  lead: string[];
  /** Co-operating units named in the same cell ("X牵头，Y、Z配合"). */
  coop: string[];
}

/** Separators, opening and closing brackets by UTF-16 code (all are single units). */
const SEPARATOR = 1;
const OPENING = 2;
const CLOSING = 4;
const KIND = new Uint8Array(0x10000);
for (const c of '、，,;；/\n\r \u3000\t|｜') KIND[c.charCodeAt(0)] = SEPARATOR;
for (const c of '(（[【〔《“"') KIND[c.charCodeAt(0)] = (KIND[c.charCodeAt(0)] ?? 0) | OPENING;
for (const c of ')）]】〕》”"') KIND[c.charCodeAt(0)] = (KIND[c.charCodeAt(0)] ?? 0) | CLOSING;
const QUOTE = '"'.charCodeAt(0);

/** Notes in brackets that are not unit names: "(列第一位者为牵头或汇总单位，下同)". */
const EDITORIAL_NOTE = /[（(][^（()）]*(?:下同|列第一位|牵头或汇总|排名不分先后)[^（()）]*[）)]/gu;
/** "X牵头，Y、Z配合" and its variants. */
const LEAD_MARK = /(?:负责)?牵头(?:负责)?(?:单位)?[，,;；。\s]*/u;
const COOP_MARK = /(?:等)?(?:单位|部门)?(?:配合|协同|协助|参与|协办|按职责分工负责)[。；;，,\s]*$/u;
const PREFIX = /^(?:牵头单位|牵头部门|责任单位|责任部门|责任处室|主办单位|配合单位|协办单位)\s*[:：]\s*/u;

/** Splits at separators that are not inside brackets ("各市、县（市、区）政府" stays whole). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const part = text.slice(start, end).trim();
    if (part) parts.push(part);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c] ?? 0;
    if (kind === 0) continue;
    if ((kind & OPENING) !== 0 && !(c === QUOTE && depth > 0)) depth++;
    else if ((kind & CLOSING) !== 0 && depth > 0) depth--;
    if (depth === 0 && (kind & SEPARATOR) !== 0) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return parts;
}

function cleanUnit(unit: string): string {
  return unit.replace(PREFIX, '').replace(/^[。.，,、]+|[。.，,、等]+$/gu, '').trim();
}

function units(text: string, placeholders: Placeholders): string[] {
  const out: string[] = [];
  for (const part of splitTopLevel(text)) {
    const unit = cleanUnit(part);
    if (!placeholders.isEmpty(unit) && !out.includes(unit)) out.push(unit);
  }
  return out;
}

/** Reads a lead-unit cell: "省发展改革委、省财政厅", one per line, or "X牵头，Y、Z配合". */
export function splitUnits(text: string, placeholders: Placeholders): UnitList {
  const cleaned = text.replace(EDITORIAL_NOTE, ' ').replace(PREFIX, '');
  if (placeholders.isEmpty(cleaned)) return { lead: [], coop: [] };
  const leadMatch = LEAD_MARK.exec(cleaned);
  if (leadMatch && leadMatch.index > 0) {
    const leadPart = cleaned.slice(0, leadMatch.index);
    const rest = cleaned.slice(leadMatch.index + leadMatch[0].length).replace(COOP_MARK, '');
    return { lead: units(leadPart, placeholders), coop: units(rest, placeholders) };
  }
  return { lead: units(cleaned.replace(COOP_MARK, ''), placeholders), coop: [] };
}
