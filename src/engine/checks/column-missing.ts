import type { Finding } from '../findings/finding';
import { ROLES } from '../profile/roles';
import type { Check } from './check-context';
import { makeFinding } from './check-context';

/** sheet/column-missing: a role the profile requires has no column. */
export const checkRequiredColumns: Check = (ctx) => {
  const out: Finding[] = [];
  for (const role of ROLES) {
    const spec = ctx.profile.roles[role];
    if (!spec?.required || ctx.columns.roles[role]) continue;
    const f = makeFinding(ctx, 'sheet/column-missing', null, null, { role, synonyms: spec.synonyms.slice(0, 5) });
    if (f) out.push(f);
  }
  return out;
};
