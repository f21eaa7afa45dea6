/// <reference types="office-js" />
/**
 * The task pane's entry inside Excel: mounts the React pane (src/taskpane) with a service over the
 * Office.js adapter. This file is the only place the pane meets Office: the adapter and the engine
 * load lazily (a separate chunk), and the engine itself runs in the Web Worker (worker.js).
 */
import './no-eval';
import { pickLocale } from '../../i18n/locale';
import { lazyService } from '../../taskpane/lazy-service';
import { mountTaskPane } from '../../taskpane/mount';
import type { LedgerService } from '../../taskpane/service';
import { officeHost } from '../host';

/** Tells the pane when the user activates another sheet (the pane then detects its layout again). */
function onSheetActivated(listener: () => void): () => void {
  let result: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs> | null = null;
  let removed = false;
  Excel.run(async (context) => {
    result = context.workbook.worksheets.onActivated.add(async () => listener());
    await context.sync();
  }).catch(() => undefined);
  return () => {
    if (removed || !result) return;
    removed = true;
    const handler = result;
    Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}

Office.onReady(() => {
  const element = document.getElementById('root');
  if (!element) return;
  const displayLocale = pickLocale(Office.context.displayLanguage);
  const adapter = lazyService(async () => {
    const { createExcelService } = await import(/* webpackChunkName: "adapter" */ '../../taskpane/bridge/excel-service.js');
    return createExcelService(officeHost(), { workerUrl: 'worker.js', displayLocale });
  });
  const service: LedgerService = { ...adapter, onSheetActivated };
  mountTaskPane(element, service, displayLocale);
});
