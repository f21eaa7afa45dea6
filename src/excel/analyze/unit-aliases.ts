import type { Profile, UnitAliases } from '../../engine';
import { DEFAULT_PROFILE } from '../../engine';

/**
 * The pane's unit aliases, one "alias=unit" a line (发改委=省发展改革委; a full-width ＝ works too),
 * as the profile's unitAliases (unit → its aliases). Lines without both sides are skipped.
 */
export function parseUnitAliases(text: unknown): UnitAliases {
  if (typeof text !== 'string') return {};
  const out: UnitAliases = {};
  for (const line of text.split(/\r?\n/u)) {
    const at = line.search(/[=＝]/u);
    if (at < 0) continue;
    const alias = line.slice(0, at).trim();
    const unit = line.slice(at + 1).trim();
    if (alias === '' || unit === '' || alias === unit) continue;
    const list = (out[unit] ??= []);
    if (!list.includes(alias)) list.push(alias);
  }
  return out;
}

/**
 * The profile with the pane's aliases added to its own (or the built-in ones). The pane's come
 * first, so an alias the pane maps wins over the profile's mapping of the same name.
 */
export function withUnitAliases(profile: Profile | null, aliases: UnitAliases | undefined): Profile | null {
  if (!aliases || Object.keys(aliases).length === 0) return profile;
  const base = profile ?? DEFAULT_PROFILE;
  const merged: UnitAliases = {};
  for (const [unit, list] of Object.entries(aliases)) merged[unit] = [...list];
  for (const [unit, list] of Object.entries(base.unitAliases ?? DEFAULT_PROFILE.unitAliases ?? {})) {
    merged[unit] = [...(merged[unit] ?? []), ...list];
  }
  return { ...base, unitAliases: merged };
}
