import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../i18n/locale';
import type { LedgerService } from './service';
import { TaskPane } from './ui/app';

/** Renders the task pane into `element`, talking to Excel only through `service`. */
export function mountTaskPane(element: HTMLElement, service: LedgerService, displayLocale: Locale): () => void {
  const root = createRoot(element);
  root.render(createElement(TaskPane, { service, displayLocale }));
  return () => root.unmount();
}
