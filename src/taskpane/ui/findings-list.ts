import { Badge, Button, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import { createElement as h, useState } from 'react';
import type { Finding, Severity } from '../../engine';
import { formatFinding } from '../../i18n/finding-messages';
import type { FindingGroup } from '../model/findings';
import { findingCell } from '../model/findings';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const PAGE = 200;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  group: {
    display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold,
  },
  item: {
    display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, width: '100%', textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, cursor: 'pointer',
    fontFamily: 'inherit', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `1px solid ${tokens.colorBrandStroke1}` },
  cell: {
    flexShrink: 0, minWidth: '40px', fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  text: { flexGrow: 1, wordBreak: 'break-word' },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

/**
 * The findings grouped by rule. One Tab stop for the whole list; the arrow keys move between
 * findings (Fluent's arrow navigation group), Enter or a click selects the finding's cell.
 */
export function FindingsList(props: { groups: FindingGroup[]; onSelect: (f: Finding) => void; selected: Finding | null }): React.ReactElement {
  const { locale, m } = useMessages();
  const s = useStyles();
  const nav = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const [shown, setShown] = useState<Record<string, number>>({});
  const children: React.ReactNode[] = [];
  for (const g of props.groups) {
    const headingId = `tl-rule-${g.code.replace('/', '-')}`;
    children.push(h('div', { key: `h-${g.code}`, id: headingId, className: s.group, ...testId('rule-group'), 'data-code': g.code },
      h(Badge, { appearance: 'filled', color: BADGE[g.severity], size: 'small' }, m.severity[g.severity] ?? g.severity),
      h('span', null, `${m.rules[g.code]} · ${g.findings.length}`)));
    const limit = shown[g.code] ?? PAGE;
    for (const [i, f] of g.findings.slice(0, limit).entries()) {
      const cell = findingCell(f);
      const override = m.findingOverrides[f.code];
      const text = override ? override(Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, Array.isArray(v) ? v.join('、') : v]))) : formatFinding(f, locale);
      const current = props.selected === f;
      children.push(h('button', {
        key: `${g.code}-${i}`, type: 'button', className: mergeClasses(s.item, current && s.current),
        'aria-current': current ? 'true' : undefined, 'aria-describedby': headingId, ...testId('finding'), 'data-cell': cell ?? '',
        title: cell ? m.findingSelect({ cell }) : undefined,
        onClick: () => props.onSelect(f),
      },
      h('span', { className: s.cell }, cell ?? m.findingSheetLevel),
      h('span', { className: s.text }, text)));
    }
    if (g.findings.length > limit) {
      children.push(h(Button, { key: `more-${g.code}`, size: 'small', appearance: 'subtle', onClick: () => setShown({ ...shown, [g.code]: limit + PAGE }) },
        `… ${g.findings.length - limit}`));
    }
  }
  return h('div', { ...nav, className: s.list, role: 'group', 'aria-label': m.findingsListLabel, ...testId('findings')}, ...children);
}
