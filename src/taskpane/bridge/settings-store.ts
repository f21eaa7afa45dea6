import { DEFAULT_PROFILE } from '../../engine/profile/default-profile';
import type { Locale } from '../../i18n/locale';
import { isLocale } from '../../i18n/locale';
import type { ExcelHost } from '../../excel/host';
import { SETTINGS_KEY, parseSettings } from '../../excel/settings';
import { parsePaneOptions } from '../model/pane-options';
import type { PaneSettings } from '../service';

const RUN = { delayForCellEdit: true };

function asObject(raw: unknown): Record<string, unknown> {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      value = null;
    }
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The raw TaskLedger settings stored in the workbook (Workbook.settings). */
async function readRaw(host: ExcelHost): Promise<Record<string, unknown>> {
  return host.run(RUN, async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load('value');
    await context.sync();
    return item.isNullObject ? {} : asObject(item.value);
  });
}

export async function loadPaneSettings(host: ExcelHost, fallback: Locale): Promise<PaneSettings> {
  const raw = await readRaw(host);
  const parsed = parseSettings(raw, fallback);
  return {
    locale: typeof raw.locale === 'string' && isLocale(raw.locale) ? raw.locale : null,
    overrides: parsed.overrides,
    statusValues: [...(parsed.profile ?? DEFAULT_PROFILE).statusValues],
    options: parsePaneOptions(raw.pane),
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Saves the pane's settings into the adapter's settings object: locale, column overrides, the
 * status vocabulary as the template profile's statusValues, and the pane's own options under
 * "pane" (fields the adapter does not know are kept as they were).
 */
export async function savePaneSettings(host: ExcelHost, settings: PaneSettings, fallback: Locale, write?: (key: string, json: string) => Promise<void>): Promise<void> {
  const raw = await readRaw(host);
  const parsed = parseSettings(raw, fallback);
  const base = parsed.profile ?? DEFAULT_PROFILE;
  const profile = sameList(base.statusValues, settings.statusValues) ? parsed.profile : { ...base, statusValues: settings.statusValues };
  const next = {
    ...raw,
    locale: settings.locale ?? parsed.locale,
    profile,
    overrides: settings.overrides,
    pane: settings.options,
  };
  const json = JSON.stringify(next);
  if (write) {
    await write(SETTINGS_KEY, json);
    return;
  }
  await host.run(RUN, async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, json);
    await context.sync();
  });
}
