import { localTime } from '../i18n/local-time';

/**
 * The generation time shown on summary sheets: now, in local time ("2024-10-08 10:30"), or the
 * value of TASKLEDGER_NOW when set (tests and reproducible demos pass a fixed one).
 */
export function generatedAt(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.TASKLEDGER_NOW?.trim();
  return fixed ? fixed : localTime(now);
}
