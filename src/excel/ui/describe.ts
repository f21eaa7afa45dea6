import type { Locale } from '../../i18n/locale';
import type { AddinMessageCode } from '../../i18n/addin-messages';
import { addinMessages } from '../../i18n/addin-messages';
import { toAddinError } from '../addin-error';
import type { CheckOutcome } from '../check-sheet';
import type { RevertOutcome } from '../revert';

/** One line for the user about a finished check (no Office here: plain data in, text out). */
export function describeCheck(out: CheckOutcome, locale: Locale): string {
  const m = addinMessages[locale];
  const a = out.analysis;
  if (a.status !== 'checked') return a.reason === 'empty' ? m.error.empty({ sheet: a.sheet }) : m.skipped({ sheet: a.sheet, rows: a.scannedRows });
  const lines = [m.checked({ sheet: a.sheet, tasks: a.counts.tasks, ...a.counts.bySeverity })];
  if (a.columns.otherTableRow !== null) lines.push(m.otherTableNote({ row: a.columns.otherTableRow }));
  if (out.applied && out.applied.notesSkipped > 0) lines.push(m.notesSkipped({ count: out.applied.notesSkipped }));
  return lines.join('\n');
}

export function describeRevert(out: RevertOutcome, locale: Locale): string {
  const m = addinMessages[locale];
  const lines = [m.reverted({ sheet: out.sheet, restored: out.restored })];
  if (out.skipped.length > 0) lines.push(m.revertSkipped({ cells: out.skipped.slice(0, 20).join('、') }));
  return lines.join('\n');
}

export function describeError(err: unknown, locale: Locale): string {
  const e = toAddinError(err);
  return addinMessages[locale].error[e.code as AddinMessageCode](e.params);
}
