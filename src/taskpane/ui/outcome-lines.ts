import type { Locale } from '../../i18n/locale';
import type { TaskpaneMessages } from '../../i18n/taskpane-messages';
import { failureText } from './failure-text';
import type { Outcome } from './use-pane';

export interface Shown {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  lines: string[];
}

/** The message bar's intent, title and lines for what the last action did. */
export function describeOutcome(outcome: Outcome, m: TaskpaneMessages, locale: Locale): Shown {
  switch (outcome.kind) {
    case 'cancelled':
      return { intent: 'info', title: m.cancel, lines: [m.cancelled] };
    case 'error':
      return { intent: 'error', title: outcome.during === 'check' ? m.errorTitle : m.revertErrorTitle, lines: [failureText(outcome.failure, locale)] };
    case 'reverted': {
      const r = outcome.result;
      const lines = [m.revertedBody({ sheet: r.sheet, restored: r.restored })];
      const cells = r.skipped.slice(0, 20).join(locale === 'zh-CN' ? '、' : ', ') + (r.skipped.length > 20 ? ' …' : '');
      lines.push(r.skipped.length > 0 ? m.revertSkipped({ count: r.skipped.length, cells }) : m.revertNothingSkipped);
      return { intent: r.skipped.length > 0 ? 'warning' : 'success', title: m.revertedTitle, lines };
    }
    case 'checked': {
      const a = outcome.result.analysis;
      if (a.status !== 'checked') {
        const body = a.reason === 'empty'
          ? m.emptyBody({ sheet: a.sheet })
          : m.skippedBody({ sheet: a.sheet, rows: a.scannedRows, lookedFor: a.lookedFor.slice(0, 4).join(locale === 'zh-CN' ? '、' : ', ') });
        return { intent: 'warning', title: m.skippedTitle, lines: [body] };
      }
      const lines = [m.checkedBody({ sheet: a.sheet, tasks: a.counts.tasks, ...a.counts.bySeverity })];
      if (a.findings.length === 0) lines.push(m.noFindings);
      if (a.columns.otherTableRow !== null) lines.push(m.otherTableNote({ row: a.columns.otherTableRow }));
      if (outcome.result.notesSkipped > 0) lines.push(m.notesSkipped({ count: outcome.result.notesSkipped }));
      return { intent: 'success', title: m.checkedTitle, lines };
    }
  }
}
