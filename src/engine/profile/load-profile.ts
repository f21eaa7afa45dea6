import { z } from 'zod';
import type { Locale } from '../../i18n/locale';
import type { FindingCode } from '../findings/codes';
import { DEFAULT_PROFILE } from './default-profile';
import type { Profile, RuleSpec } from './profile-schema';
import { profileSchema } from './profile-schema';

export interface ProfileIssue {
  /** Where in the JSON the problem is, e.g. "roles.lead.synonyms[0]" ("" for the whole file). */
  path: string;
  message: string;
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Validates a parsed JSON value as a profile; messages in the user's language. */
export function validateProfile(data: unknown, locale: Locale): ProfileResult {
  const localeError = (locale === 'zh-CN' ? z.locales.zhCN() : z.locales.en()).localeError;
  const parsed = profileSchema.safeParse(data, { error: localeError });
  if (parsed.success) return { ok: true, profile: parsed.data };
  const issues = parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const at = keys.length === 1 ? (path ? `${path}.${keys[0]}` : String(keys[0])) : path;
    return { path: at, message: issue.message };
  });
  return { ok: false, issues };
}

/** Parses profile JSON text. A syntax error is reported as one issue at the root. */
export function parseProfileJson(text: string, locale: Locale): ProfileResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const message = locale === 'zh-CN' ? `不是有效的 JSON：${detail}` : `not valid JSON: ${detail}`;
    return { ok: false, issues: [{ path: '', message }] };
  }
  return validateProfile(data, locale);
}

/** The rule settings in force: the profile's, else the default profile's. */
export function ruleSetting(profile: Profile, code: FindingCode): RuleSpec {
  return profile.rules[code] ?? DEFAULT_PROFILE.rules[code] ?? { enabled: true, severity: 'warning' };
}
