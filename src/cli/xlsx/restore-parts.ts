import JSZip from 'jszip';
import type { MacroParts, PackageFacts, PartRel } from './package-parts';
import { attr, readText, relsPathOf, sheetParts, tagsOf, workbookPath } from './zip-xml';

/**
 * Gives the copy exceljs wrote back what exceljs drops from the input package: the macros of an
 * .xlsm (byte for byte, with their content types, relationships and VBA code names), the
 * workbook's protection, and filter criteria. Works on the package XML; cells are not touched.
 */

const VBA_CONTENT_TYPE = 'application/vnd.ms-office.vbaProject';

/**
 * The content type of the workbook part for the copy's extension, when it is not an .xlsx's (which is
 * what exceljs writes): Excel refuses to open a file whose extension and workbook type disagree.
 */
const WORKBOOK_TYPES: Readonly<Record<string, string>> = {
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  '.xltx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  '.xltm': 'application/vnd.ms-excel.template.macroEnabled.main+xml',
};

export interface RestoreOptions {
  /** The copy's workbook part content type, when not an .xlsx's (see restoreOptionsFor). */
  workbookType: string | null;
  /** The copy is macro-enabled (.xlsm, .xltm): the input's macros go back in. */
  macroEnabled: boolean;
}

/** What the copy at this path needs: an .xlsm or .xltm keeps the macros, a template keeps its type. */
export function restoreOptionsFor(file: string): RestoreOptions {
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  return { workbookType: WORKBOOK_TYPES[ext] ?? null, macroEnabled: ext === '.xlsm' || ext === '.xltm' };
}

/** True when the copy needs restore(): otherwise exceljs's output is written as it is. */
export function needsRestore(facts: PackageFacts, options: RestoreOptions): boolean {
  return options.workbookType !== null || options.macroEnabled || facts.workbookProtection !== null || facts.filters.size > 0;
}

/** "xl/vbaProject.bin" seen from the part "xl/workbook.xml" → "vbaProject.bin". */
function relativeTarget(fromPart: string, target: string): string {
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  return base && target.startsWith(base) ? target.slice(base.length) : `/${target}`;
}

function addRelationships(relsXml: string, fromPart: string, rels: PartRel[]): string {
  const ids = new Set(tagsOf(relsXml, 'Relationship').map((t) => attr(t, 'Id')));
  const existing = new Set(tagsOf(relsXml, 'Relationship').map((t) => `${attr(t, 'Type')} ${attr(t, 'Target')}`));
  let n = 1;
  const added: string[] = [];
  for (const rel of rels) {
    const target = relativeTarget(fromPart, rel.target);
    if (existing.has(`${rel.type} ${target}`)) continue;
    while (ids.has(`rIdTL${n}`)) n++;
    ids.add(`rIdTL${n}`);
    added.push(`<Relationship Id="rIdTL${n}" Type="${rel.type}" Target="${target}"/>`);
  }
  return relsXml.replace(/<\/Relationships>\s*$/u, `${added.join('')}</Relationships>`);
}

function setContentTypes(xml: string, workbookPart: string, workbookType: string, macros: MacroParts | null): string {
  const partName = `/${workbookPart}`.toLowerCase();
  let out = xml.replace(/<Override\b[^>]*>/gu, (tag) =>
    (attr(tag, 'PartName') ?? '').toLowerCase() === partName ? tag.replace(/ContentType="[^"]*"/u, `ContentType="${workbookType}"`) : tag);
  if (!macros) return out;
  const defaults = new Set(tagsOf(out, 'Default').map((t) => (attr(t, 'Extension') ?? '').toLowerCase()));
  const overrides = new Set(tagsOf(out, 'Override').map((t) => (attr(t, 'PartName') ?? '').toLowerCase()));
  const added: string[] = [];
  for (const tag of macros.contentTypes) {
    const extension = attr(tag, 'Extension');
    const part = attr(tag, 'PartName');
    if (extension !== null && defaults.has(extension.toLowerCase())) continue;
    if (part !== null && overrides.has(part.toLowerCase())) continue;
    added.push(tag.endsWith('/>') ? tag : tag.replace(/>$/u, '/>'));
    if (extension !== null) defaults.add(extension.toLowerCase());
  }
  const hasBinType = defaults.has('bin') || overrides.has('/xl/vbaproject.bin') || added.some((t) => /vbaProject\.bin/iu.test(t));
  if (macros.files.some((f) => /^xl\/vbaProject\.bin$/iu.test(f.name)) && !hasBinType) {
    added.push(`<Default Extension="bin" ContentType="${VBA_CONTENT_TYPE}"/>`);
  }
  out = out.replace(/<\/Types>\s*$/u, `${added.join('')}</Types>`);
  return out;
}

/** Adds an attribute to the first `<name …>` tag, or inserts `<name attr/>` right after `after`'s start tag. */
function setFirstTagAttribute(xml: string, name: string, attribute: string, value: string, after: string): string {
  const tag = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'u').exec(xml.slice(0, 8192));
  if (tag) {
    if (new RegExp(`\\s${attribute}=`, 'u').test(tag[0])) return xml;
    const at = tag.index + name.length + 1;
    return `${xml.slice(0, at)} ${attribute}="${value}"${xml.slice(at)}`;
  }
  const open = new RegExp(`<${after}(?=[\\s>])[^>]*>`, 'u').exec(xml.slice(0, 8192));
  if (!open) return xml;
  const at = open.index + open[0].length;
  return `${xml.slice(0, at)}<${name} ${attribute}="${value}"/>${xml.slice(at)}`;
}

async function update(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  const xml = await readText(zip, name);
  if (xml !== null) zip.file(name, change(xml));
}

/** The copy's bytes with the input's dropped parts put back. */
export async function restoreParts(output: Buffer, facts: PackageFacts, options: RestoreOptions): Promise<Buffer> {
  const zip = await JSZip.loadAsync(output);
  const wbPath = await workbookPath(zip);
  const macros = options.macroEnabled ? facts.macros : null;
  const sheets = await sheetParts(zip);

  const type = options.workbookType;
  if (type !== null) await update(zip, '[Content_Types].xml', (xml) => setContentTypes(xml, wbPath, type, macros));
  if (macros) {
    for (const f of macros.files) zip.file(f.name, f.data);
    await update(zip, relsPathOf(wbPath), (xml) => addRelationships(xml, wbPath, macros.workbookRels));
    if (macros.packageRels.length > 0) await update(zip, '_rels/.rels', (xml) => addRelationships(xml, '', macros.packageRels));
    if (macros.workbookCodeName !== null) {
      const code = macros.workbookCodeName;
      await update(zip, wbPath, (xml) => setFirstTagAttribute(xml, 'workbookPr', 'codeName', code, 'workbook'));
    }
    for (const [sheet, code] of macros.sheetCodeNames) {
      const part = sheets.get(sheet);
      if (part) await update(zip, part, (xml) => setFirstTagAttribute(xml, 'sheetPr', 'codeName', code, 'worksheet'));
    }
  }
  const protection = facts.workbookProtection;
  if (protection !== null) {
    const element = protection.endsWith('/>') ? protection : protection.replace(/>$/u, '/>');
    await update(zip, wbPath, (xml) => (/<workbookProtection\b/u.test(xml) ? xml : xml.replace(/(<workbookPr\b[^>]*\/>|<\/workbookPr>)/u, `$1${element}`)));
  }
  for (const [sheet, element] of facts.filters) {
    const part = sheets.get(sheet);
    if (part) await update(zip, part, (xml) => xml.replace(/<autoFilter\b[^>]*\/>/u, () => element));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
