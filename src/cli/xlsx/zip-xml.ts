import type JSZip from 'jszip';

/**
 * Small readers for the package XML of an .xlsx (workbook.xml, its rels, [Content_Types].xml).
 * These parts are short and machine-written; a tag is read with a regular expression.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeXmlAttr(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Every start (or empty) tag with this local name, namespace prefix ignored: `<x:sheet …/>`. */
export function tagsOf(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, 'gu')) ?? [];
}

/** An attribute's raw (still escaped) value in a tag. A prefixed name ("r:id") matches whatever prefix the part uses. */
export function rawAttr(tag: string, name: string): string | null {
  const colon = name.indexOf(':');
  const local = colon < 0 ? name : `(?:[\\w.-]+:)${name.slice(colon + 1)}`;
  const m = new RegExp(`\\s${local}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'u').exec(tag);
  return m ? (m[2] ?? m[3] ?? '') : null;
}

export function attr(tag: string, name: string): string | null {
  const raw = rawAttr(tag, name);
  return raw === null ? null : decodeXml(raw);
}

/** "worksheets/sheet1.xml" relative to xl/ (or "/xl/worksheets/sheet1.xml") → "xl/worksheets/sheet1.xml". */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.' && step !== '') parts.push(step);
  }
  return parts.join('/');
}

export async function readText(zip: JSZip, name: string): Promise<string | null> {
  const entry = zip.file(name);
  return entry ? entry.async('string') : null;
}

/** The workbook part's path, from the package rels ("xl/workbook.xml" nearly always). */
export async function workbookPath(zip: JSZip): Promise<string> {
  const rels = (await readText(zip, '_rels/.rels')) ?? '';
  const main = tagsOf(rels, 'Relationship').find((t) => (attr(t, 'Type') ?? '').endsWith('/officeDocument'));
  return resolvePart('', attr(main ?? '', 'Target') ?? 'xl/workbook.xml');
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Sheet name → the path of its part in the package. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbPath = await workbookPath(zip);
  const workbook = (await readText(zip, wbPath)) ?? '';
  const rels = (await readText(zip, relsPathOf(wbPath))) ?? '';
  const base = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const targets = new Map<string, string>();
  for (const t of tagsOf(rels, 'Relationship')) {
    const id = attr(t, 'Id');
    const target = attr(t, 'Target');
    if (id && target) targets.set(id, resolvePart(base, target));
  }
  const out = new Map<string, string>();
  for (const t of tagsOf(workbook, 'sheet')) {
    const name = attr(t, 'name');
    const id = attr(t, 'r:id');
    const part = id ? targets.get(id) : undefined;
    if (name !== null && part) out.set(name, part);
  }
  return out;
}
