import type { Placeholders } from './placeholder';

export interface UnitList {
  /** Lead units first: the first one is the lead ("列第一位者为牵头或汇总单位"). */
  lead: string[];
  /** Co-operating units named in the same cell ("X牵头，Y、Z配合"). */
  coop: string[];
}

const SEPARATORS = new Set(['、', '，', ',', ';', '；', '/', '\n', '\r', ' ', '\u3000', '\t', '|', '｜']);
const OPEN = new Set(['(', '（', '[', '【', '〔', '《', '“', '"']);
const CLOSE = new Set([')', '）', ']', '】', '〕', '》', '”', '"']);

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
  let current = '';
  for (const ch of text) {
    if (OPEN.has(ch) && !(ch === '"' && depth > 0)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.has(ch)) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) parts.push(current.trim());
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
