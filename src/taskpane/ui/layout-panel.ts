import { Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h } from 'react';
import type { Role } from '../../engine';
import { ROLES } from '../../engine/profile/roles';
import { roleLabels } from '../../i18n/role-labels';
import type { PaneSettings, RoleOverrides, SheetLayout } from '../service';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  grid: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalXS },
});

const AUTO = 'auto';
const NONE = 'none';

/** Each role's column, with a dropdown to correct it (saved in the workbook as a column override). */
export function LayoutPanel(props: {
  layout: SheetLayout | null;
  settings: PaneSettings | null;
  busy: boolean;
  onOverrides: (overrides: RoleOverrides) => void;
  onRedetect: () => void;
}): React.ReactElement {
  const { locale, m } = useMessages();
  const s = useStyles();
  const { layout, settings } = props;
  const overrides = settings?.overrides ?? {};
  const columns = layout?.columns ?? [];
  const canEdit = settings !== null && layout?.status === 'found' && !props.busy;

  const valueOf = (role: Role): string => {
    const o = overrides[role];
    return o === undefined ? AUTO : o === null ? NONE : String(o);
  };
  const labelOf = (role: Role, value: string): string => {
    if (value === NONE) return m.layoutNone;
    if (value === AUTO) {
      const found = layout?.roles[role];
      return m.layoutAuto({ letter: found && found.source === 'header' ? found.letter : '' });
    }
    const c = columns.find((col) => String(col.col) === value);
    return c ? m.layoutColumn({ letter: c.letter, header: c.header }) : value;
  };
  const choose = (role: Role, value: string): void => {
    const next: RoleOverrides = { ...overrides };
    if (value === AUTO) delete next[role];
    else next[role] = value === NONE ? null : Number(value);
    props.onOverrides(next);
  };

  return h('div', { className: s.root, ...testId('layout-panel')},
    h(Caption1, { className: s.muted }, m.layoutHint),
    layout?.status === 'found'
      ? h('div', { className: s.grid },
        ...ROLES.map((role) => {
          const value = valueOf(role);
          const label = roleLabels[locale][role];
          return h(Field, { key: role, label, size: 'small', hint: value !== AUTO ? m.layoutOverride : undefined },
            h(Dropdown, {
              size: 'small', value: labelOf(role, value), selectedOptions: [value], disabled: !canEdit,
              'aria-label': m.layoutRoleLabel({ role: label }), ...testId(`role-${role}`),
              onOptionSelect: (_e: unknown, d: { optionValue?: string }) => choose(role, d.optionValue ?? AUTO),
            },
            h(Option, { value: AUTO, text: labelOf(role, AUTO) }, labelOf(role, AUTO)),
            h(Option, { value: NONE, text: m.layoutNone }, m.layoutNone),
            ...columns.map((c) => {
              const text = m.layoutColumn({ letter: c.letter, header: c.header });
              return h(Option, { key: c.col, value: String(c.col), text }, text);
            })));
        }))
      : h(Caption1, null, m.noHeaderLine),
    h('div', null,
      h(Button, { size: 'small', disabled: !canEdit || Object.keys(overrides).length === 0, onClick: () => props.onOverrides({}) }, m.layoutReset),
      ' ',
      h(Button, { size: 'small', disabled: props.busy, onClick: props.onRedetect }, m.redetect)));
}
