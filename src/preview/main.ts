/**
 * The browser preview (npm run preview): the real task pane next to an in-memory workbook loaded
 * with the demo sample. Nothing here talks to Excel or to any host but the page's own server.
 */
import '../excel/ui/no-eval';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../i18n/locale';
import { previewMessages } from '../i18n/taskpane-messages';
import { lazyService } from '../taskpane/lazy-service';
import { mountTaskPane } from '../taskpane/mount';
import type { LedgerService } from '../taskpane/service';
import { PreviewFrame } from './preview-frame';
import { PreviewWorkbook } from './preview-workbook';
import { fetchSample } from './sample-workbook';

declare global {
  interface Window {
    /** The preview's workbook, for tests and for trying things in the console. */
    taskLedgerPreview?: PreviewWorkbook;
  }
}

async function start(): Promise<void> {
  const locale = pickLocale(new URLSearchParams(window.location.search).get('lang') ?? 'zh-CN');
  const gridRoot = document.getElementById('workbook');
  const paneRoot = document.getElementById('pane');
  if (!gridRoot || !paneRoot) return;
  let workbook: PreviewWorkbook;
  try {
    workbook = new PreviewWorkbook(await fetchSample('sample-workbook.json'));
  } catch (err) {
    gridRoot.textContent = previewMessages[locale].loadFailed({ detail: err instanceof Error ? err.message : String(err) });
    return;
  }
  window.taskLedgerPreview = workbook;
  createRoot(gridRoot).render(createElement(PreviewFrame, { workbook, locale }));
  const adapter = lazyService(async () => {
    const { createExcelService } = await import(/* webpackChunkName: "adapter" */ '../taskpane/bridge/excel-service.js');
    return createExcelService(workbook.host(), { workerUrl: 'worker.js', displayLocale: locale, select: (sheet, cell) => workbook.select(sheet, cell),
      // The in-memory Excel's settings.add() fails its sync (the write callback's return value is
      // taken for a load result), so the preview stores the settings itself.
      writeSettings: (key, json) => workbook.writeSetting(key, json),
    });
  });
  const service: LedgerService = { ...adapter, onSheetActivated: workbook.onSheetActivated };
  mountTaskPane(paneRoot, service, locale);
}

void start();
