/// <reference types="office-js" />
/**
 * Function file (manifest ExecuteFunction "checkActiveSheet"): checks the active sheet with the
 * workbook's saved settings and reports in a small dialog.
 */
import './no-eval';
import { pickLocale } from '../../i18n/locale';
import { checkSheet } from '../check-sheet';
import { officeHost } from '../host';
import { describeCheck, describeError } from './describe';

function report(text: string, done: () => void): void {
  const url = `${window.location.origin}/dialog.html?m=${encodeURIComponent(text)}`;
  Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true }, () => done());
}

async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const locale = pickLocale(Office.context.displayLanguage);
  let text: string;
  try {
    text = describeCheck(await checkSheet(officeHost(), { locale }), locale);
  } catch (err) {
    text = describeError(err, locale);
  }
  report(text, () => event.completed());
}

Office.onReady(() => {
  Office.actions.associate('checkActiveSheet', checkActiveSheet);
});
