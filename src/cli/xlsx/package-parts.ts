import JSZip from 'jszip';
import { attr, rawAttr, readText, relsPathOf, resolvePart, sheetParts, tagsOf, workbookPath } from './zip-xml';

/**
 * What the input package holds that exceljs does not carry into the copy it writes, read once
 * from the input's bytes so that the copy can get it back (restore-parts.ts).
 */

/** Macro parts, copied byte for byte, with the package entries that make Excel load them. */
export interface MacroParts {
  /** The VBA project, its signatures and the ribbon customisation (customUI), by part name. */
  files: { name: string; data: Uint8Array }[];
  /** [Content_Types].xml tags for them, as written in the input: `<Default Extension="bin" …/>`, `<Override …/>`. */
  contentTypes: string[];
  /** Relationships of the workbook part to them (vbaProject): type and target part name. */
  workbookRels: PartRel[];
  /** Relationships of the package to them (customUI): type and target part name. */
  packageRels: PartRel[];
  /** The workbook's and each sheet's VBA code name (raw attribute text): the VBA modules are bound to them. */
  workbookCodeName: string | null;
  sheetCodeNames: Map<string, string>;
}

/** A relationship to a part: its type and the target's part name ("xl/vbaProject.bin"). */
export interface PartRel {
  type: string;
  target: string;
}

export interface PackageFacts {
  macros: MacroParts | null;
  /** The workbook's `<workbookProtection>` element (structure or windows locked), which exceljs drops; null when none. */
  workbookProtection: string | null;
  /** Sheet name → its `<autoFilter>` element, for filters with criteria or sorting (exceljs keeps only the range). */
  filters: Map<string, string>;
}

export const VBA_REL_TYPE = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';
const UI_REL_TYPE = /\/relationships\/ui\/extensibility$/u;
const MACRO_PART = /^xl\/(?:vbaProject[^/]*\.bin|_rels\/vbaProject\.bin\.rels|vbaData\.xml)$/iu;
const UI_PART = /^customUI\//iu;

function autoFilterElement(sheetXml: string): string | null {
  const m = /<(?:[\w.-]+:)?autoFilter\b[^>]*\/>|<((?:[\w.-]+:)?autoFilter)\b[^>]*>[\s\S]*?<\/\1>/u.exec(sheetXml);
  if (!m) return null;
  return /filterColumn|sortState/u.test(m[0]) ? m[0] : null;
}

function sheetCodeName(sheetXml: string): string | null {
  const head = sheetXml.slice(0, 4096);
  const tag = tagsOf(head, 'sheetPr')[0];
  return tag ? rawAttr(tag, 'codeName') : null;
}

async function readMacros(zip: JSZip, sheets: Map<string, string>): Promise<MacroParts | null> {
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir && (MACRO_PART.test(n) || UI_PART.test(n)));
  if (!names.some((n) => /^xl\/vbaProject\.bin$/iu.test(n))) return null;
  const files = await Promise.all(names.map(async (name) => ({ name, data: await (zip.file(name) as JSZip.JSZipObject).async('uint8array') })));
  const types = (await readText(zip, '[Content_Types].xml')) ?? '';
  const partNames = new Set(names.map((n) => `/${n}`.toLowerCase()));
  const extensions = new Set(names.map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
  const contentTypes = [
    ...tagsOf(types, 'Default').filter((t) => extensions.has((attr(t, 'Extension') ?? '').toLowerCase())),
    ...tagsOf(types, 'Override').filter((t) => partNames.has((attr(t, 'PartName') ?? '').toLowerCase())),
  ];
  const wbPath = await workbookPath(zip);
  const wbRels = (await readText(zip, relsPathOf(wbPath))) ?? '';
  const pkgRels = (await readText(zip, '_rels/.rels')) ?? '';
  const workbook = (await readText(zip, wbPath)) ?? '';
  const wbPr = tagsOf(workbook, 'workbookPr')[0];
  const sheetCodeNames = new Map<string, string>();
  for (const [name, part] of sheets) {
    const xml = await readText(zip, part);
    const code = xml ? sheetCodeName(xml) : null;
    if (code !== null) sheetCodeNames.set(name, code);
  }
  const wbBase = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const rels = (xml: string, base: string, wanted: (type: string) => boolean): PartRel[] =>
    tagsOf(xml, 'Relationship').flatMap((t) => {
      const type = attr(t, 'Type') ?? '';
      const target = attr(t, 'Target');
      return wanted(type) && target && attr(t, 'TargetMode') !== 'External' ? [{ type, target: resolvePart(base, target) }] : [];
    });
  return {
    files,
    contentTypes,
    workbookRels: rels(wbRels, wbBase, (type) => type === VBA_REL_TYPE),
    packageRels: rels(pkgRels, '', (type) => UI_REL_TYPE.test(type)),
    workbookCodeName: wbPr ? rawAttr(wbPr, 'codeName') : null,
    sheetCodeNames,
  };
}

/**
 * Reads the facts from the input's bytes. `filteredSheets` names the sheets exceljs found a
 * filter on; only their parts are read for the filter's criteria.
 */
export async function readPackageFacts(bytes: Buffer, filteredSheets: readonly string[]): Promise<PackageFacts> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await sheetParts(zip);
  const workbook = (await readText(zip, await workbookPath(zip))) ?? '';
  const workbookProtection = tagsOf(workbook, 'workbookProtection')[0] ?? null;
  const filters = new Map<string, string>();
  for (const name of filteredSheets) {
    const part = sheets.get(name);
    const xml = part ? await readText(zip, part) : null;
    const element = xml ? autoFilterElement(xml) : null;
    if (element) filters.set(name, element);
  }
  return { macros: await readMacros(zip, sheets), workbookProtection, filters };
}
