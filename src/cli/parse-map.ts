import type { RoleOverrides } from '../engine';
import { ROLES, columnNumber, isRole } from '../engine';

export type MapResult = { ok: true; overrides: RoleOverrides } | { ok: false; item: string; roles: string };

/** Parses `--map lead=H,target=C` (a column of "-" or "none" unsets the role). */
export function parseMap(text: string | undefined): MapResult {
  const overrides: RoleOverrides = {};
  if (!text) return { ok: true, overrides };
  for (const item of text.split(/[,，;；]/u).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s*[=:：]\s*([A-Za-z]{1,3}|-|none)$/u.exec(item);
    const role = m?.[1];
    const col = m?.[2];
    if (!role || !col || !isRole(role)) return { ok: false, item, roles: ROLES.join(', ') };
    if (col === '-' || col === 'none') {
      overrides[role] = null;
      continue;
    }
    const n = columnNumber(col);
    if (n === null) return { ok: false, item, roles: ROLES.join(', ') };
    overrides[role] = n;
  }
  return { ok: true, overrides };
}
