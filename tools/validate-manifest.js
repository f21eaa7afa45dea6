// Offline check of the add-in-only XML manifest. `office-addin-manifest validate` posts the file to
// Microsoft's validation service (https://validationgateway.omex.office.net), which needs the
// network, and its CLI here fails to load (a missing fs-extra under @microsoft/app-manifest). So this
// parses the manifest with office-addin-manifest's own XML handler and checks the structure the
// service would reject: ids, versions, https URLs, resource references, string lengths, icons,
// requirement sets, the function name the command calls. Usage: node tools/validate-manifest.js [manifest.xml]
const fs = require('fs');
const path = require('path');
const { ManifestHandlerXml } = require('office-addin-manifest/lib/manifestHandler/manifestHandlerXml');

async function validate(file) {
  const errors = [];
  const handler = new ManifestHandlerXml();
  handler.manifestPath = file;
  const info = await handler.parseManifest();
  const xml = await handler.parseXmlAsync();
  const app = xml.OfficeApp;
  const need = (cond, msg) => { if (!cond) errors.push(msg); };

  need(app && app.$ && app.$['xsi:type'] === 'TaskPaneApp', 'OfficeApp must be xsi:type="TaskPaneApp"');
  need(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id || ''), `Id is not a GUID: ${info.id}`);
  need(/^\d+(\.\d+){0,3}$/.test(info.version || ''), `Version must be n.n.n.n: ${info.version}`);
  need(info.providerName, 'ProviderName is missing');
  need(info.defaultLocale, 'DefaultLocale is missing');
  need(info.displayName && info.displayName.length <= 125, 'DisplayName missing or over 125 characters');
  need(info.description && info.description.length <= 250, 'Description missing or over 250 characters');
  need((info.hosts || []).includes('Workbook'), 'Hosts must include Workbook (Excel)');
  need(['ReadWriteDocument', 'ReadDocument', 'Restricted', 'WriteDocument'].includes(info.permissions), `bad Permissions ${info.permissions}`);

  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)) need(m[1].startsWith('https://'), `URL must be https: ${m[1]}`);
  const sets = (((app.Requirements || [])[0] || {}).Sets || [])[0];
  const excelApi = sets && (sets.Set || []).find((s) => s.$.Name === 'ExcelApi');
  need(excelApi, 'Requirements must name the ExcelApi set');

  // Every resid points at a resource, and every resource id is unique.
  const ids = new Map();
  for (const m of text.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    need(!ids.has(m[1]), `duplicate resource id ${m[1]}`);
    ids.set(m[1], m[2]);
  }
  for (const m of text.matchAll(/resid="([^"]+)"/g)) need(ids.has(m[1]), `resid ${m[1]} has no resource`);
  for (const m of text.matchAll(/<bt:String id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    const long = text.indexOf('<bt:LongStrings>') < m.index;
    need(m[2].length <= (long ? 250 : 125), `${m[1]} is too long`);
  }
  for (const m of text.matchAll(/resid="([^"]+)"/g)) if (m[1].length > 32) errors.push(`resid ${m[1]} is over 32 characters`);

  // Icons referenced under /assets/ exist and are PNGs of the named size.
  const root = path.dirname(path.resolve(file));
  for (const m of text.matchAll(/\/assets\/(icon-(\d+)\.png)/g)) {
    const candidates = [path.join(root, 'assets', m[1])];
    const found = candidates.find((p) => fs.existsSync(p));
    if (!found) { errors.push(`icon ${m[1]} not found`); continue; }
    const png = fs.readFileSync(found);
    need(png.readUInt32BE(16) === Number(m[2]) && png.readUInt32BE(20) === Number(m[2]), `${m[1]} is not ${m[2]}x${m[2]}`);
  }

  // The ExecuteFunction command names a function the function file registers.
  const commands = fs.readFileSync(path.join(__dirname, '..', 'src/excel/ui/commands.ts'), 'utf8');
  for (const m of text.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
    need(commands.includes(`associate('${m[1]}'`), `FunctionName ${m[1]} is not registered in src/excel/ui/commands.ts`);
  }
  return { info, errors };
}

const files = process.argv.slice(2);
if (files.length === 0) files.push('manifest.xml');
(async () => {
  let failed = false;
  for (const file of files) {
    const { info, errors } = await validate(file);
    if (errors.length === 0) console.log(`${file}: valid (offline structural check) — ${info.displayName} ${info.version}`);
    else {
      failed = true;
      console.error(`${file}: ${errors.length} problem(s)`);
      for (const e of errors) console.error(`  - ${e}`);
    }
  }
  process.exit(failed ? 1 : 0);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
