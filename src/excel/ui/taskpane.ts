/// <reference types="office-js" />
/**
 * A deliberately small task pane: two buttons and the result text. The engine runs in a Web
 * Worker (worker.js). The full pane comes with the next issue.
 */
import { addinMessages } from '../../i18n/addin-messages';
import { pickLocale } from '../../i18n/locale';
import { workerAnalyzer } from '../analyze/worker-client';
import { checkSheet, revertLast } from '../check-sheet';
import { officeHost } from '../host';
import { describeCheck, describeError, describeRevert } from './describe';

Office.onReady(() => {
  const locale = pickLocale(Office.context.displayLanguage);
  const m = addinMessages[locale];
  const out = document.getElementById('result');
  const check = document.getElementById('check');
  const revert = document.getElementById('revert');
  if (!out || !check || !revert) return;
  check.textContent = m.checkButton;
  revert.textContent = m.revertButton;
  const analyzer = workerAnalyzer('worker.js');
  const busy = (on: boolean): void => {
    check.toggleAttribute('disabled', on);
    revert.toggleAttribute('disabled', on);
  };
  check.addEventListener('click', () => {
    busy(true);
    out.textContent = m.working;
    checkSheet(officeHost(), { locale, analyzer })
      .then((r) => (out.textContent = describeCheck(r, locale)))
      .catch((err: unknown) => (out.textContent = describeError(err, locale)))
      .finally(() => busy(false));
  });
  revert.addEventListener('click', () => {
    busy(true);
    revertLast(officeHost())
      .then((r) => (out.textContent = describeRevert(r, locale)))
      .catch((err: unknown) => (out.textContent = describeError(err, locale)))
      .finally(() => busy(false));
  });
});
