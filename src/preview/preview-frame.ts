import { createElement as h, useEffect, useState, useSyncExternalStore } from 'react';
import type { Locale } from '../i18n/locale';
import { pickLocale } from '../i18n/locale';
import { previewMessages } from '../i18n/taskpane-messages';
import { GridView } from './grid-view';
import type { PreviewWorkbook } from './preview-workbook';

/** Follows the language the pane chose (it sets <html lang>). */
function usePageLocale(initial: Locale): Locale {
  const [locale, setLocale] = useState(initial);
  useEffect(() => {
    const observer = new MutationObserver(() => setLocale(pickLocale(document.documentElement.lang)));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, []);
  return locale;
}

/** The page around the pane: a title, the simulation switches and the workbook grid. */
export function PreviewFrame(props: { workbook: PreviewWorkbook; locale: Locale }): React.ReactElement {
  const { workbook } = props;
  useSyncExternalStore(workbook.subscribe, workbook.getVersion);
  const m = previewMessages[usePageLocale(props.locale)];
  const sheet = workbook.activeSheetState();
  return h('div', { className: 'frame' },
    h('header', { className: 'page-head' },
      h('h1', null, m.title),
      h('p', null, m.notice),
      h('div', { className: 'simulate' },
        h('span', null, m.simulate),
        h('label', null, h('input', { type: 'checkbox', checked: sheet?.protected ?? false, 'data-testid': 'sim-protect', onChange: (e: React.ChangeEvent<HTMLInputElement>) => workbook.setProtected(e.target.checked) }), ` ${m.protect}`),
        h('label', null, h('input', { type: 'checkbox', checked: sheet?.autoFilter.isDataFiltered ?? false, 'data-testid': 'sim-filter', onChange: (e: React.ChangeEvent<HTMLInputElement>) => workbook.setFiltered(e.target.checked) }), ` ${m.filter}`),
        h('button', { type: 'button', onClick: () => window.location.reload() }, m.reload))),
    h(GridView, { workbook, m }));
}
