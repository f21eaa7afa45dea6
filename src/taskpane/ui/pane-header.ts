import { Button, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h } from 'react';
import type { Locale } from '../../i18n/locale';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column' },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/** Title and the language switch. */
export function PaneHeader(props: { onLocale: (locale: Locale) => void }): React.ReactElement {
  const { locale, m } = useMessages();
  const s = useStyles();
  return h('header', { className: s.root },
    h('div', { className: s.titles },
      h(Subtitle1, { as: 'h1' }, m.appTitle),
      h(Caption1, { className: s.subtitle }, m.appSubtitle)),
    h(Button, {
      appearance: 'subtle', size: 'small', 'aria-label': m.switchLanguageLabel, lang: locale === 'zh-CN' ? 'en' : 'zh-CN',
      ...testId('switch-language'),
      onClick: () => props.onLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN'),
    }, m.switchLanguage));
}
