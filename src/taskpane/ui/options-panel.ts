/** The options form. Rarely used, so it is a separate chunk loaded when its section opens. */
import { Button, Caption1, Checkbox, Field, Input, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h, useState } from 'react';
import { DEFAULT_PROFILE } from '../../engine/profile/default-profile';
import { DEFAULT_PANE_OPTIONS } from '../model/pane-options';
import type { PaneOptions } from '../model/pane-options';
import type { PaneSettings } from '../service';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  later: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS,
    border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const percentOk = (text: string): boolean => text.trim() === '' || (/^\d+(\.\d+)?$/.test(text.trim()) && Number(text) <= 100);
/** 序时进度 may be typed with its percent sign (75%). */
const expectedOk = (text: string): boolean => percentOk(text.trim().replace(/\s*[%％]$/u, ''));

export interface OptionsPanelProps {
  settings: PaneSettings;
  onSave: (settings: PaneSettings) => Promise<void>;
}

export function OptionsPanel(props: OptionsPanelProps): React.ReactElement {
  const { m } = useMessages();
  const s = useStyles();
  const [vocab, setVocab] = useState(props.settings.statusValues.join('\n'));
  const [o, setO] = useState<PaneOptions>(props.settings.options);
  const [margins, setMargins] = useState({ ahead: String(o.aheadMargin), tolerance: String(o.tolerance), partly: String(o.partlyBehindMargin) });
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<PaneOptions>): void => {
    setO({ ...o, ...patch });
    setSaved(false);
  };
  const statusValues = vocab.split(/\r?\n/u).map((v) => v.trim()).filter((v) => v !== '');
  const errors = {
    vocab: statusValues.length === 0,
    date: o.asOfDate.trim() !== '' && !DATE.test(o.asOfDate.trim()),
    expected: !expectedOk(o.expectedPercent),
    ahead: !percentOk(margins.ahead) || margins.ahead.trim() === '',
    tolerance: !percentOk(margins.tolerance) || margins.tolerance.trim() === '',
    partly: !percentOk(margins.partly) || margins.partly.trim() === '',
  };
  const invalid = Object.values(errors).some(Boolean);
  const numberField = (label: string, key: keyof typeof margins): React.ReactElement =>
    h(Field, { label, size: 'small', validationMessage: errors[key] ? m.numberInvalid : undefined },
      h(Input, { size: 'small', inputMode: 'decimal', value: margins[key], onChange: (_e: unknown, d: { value: string }) => { setMargins({ ...margins, [key]: d.value }); setSaved(false); } }));
  const check = (label: string, key: 'overwrite' | 'writeNotes' | 'countAllUnits'): React.ReactElement =>
    h(Checkbox, { label, checked: o[key], onChange: (_e: unknown, d: { checked: boolean | 'mixed' }) => set({ [key]: d.checked === true }) });

  const save = (): void => {
    if (invalid) return;
    const options: PaneOptions = { ...o, aheadMargin: Number(margins.ahead), tolerance: Number(margins.tolerance), partlyBehindMargin: Number(margins.partly) };
    void props.onSave({ ...props.settings, statusValues, options }).then(() => setSaved(true), () => setSaved(false));
  };
  const restore = (): void => {
    setVocab(DEFAULT_PROFILE.statusValues.join('\n'));
    setO(DEFAULT_PANE_OPTIONS);
    setMargins({ ahead: String(DEFAULT_PANE_OPTIONS.aheadMargin), tolerance: String(DEFAULT_PANE_OPTIONS.tolerance), partly: String(DEFAULT_PANE_OPTIONS.partlyBehindMargin) });
    setSaved(false);
  };

  return h('div', { className: s.root, ...testId('options-panel')},
    h(Field, { label: m.vocabularyLabel, hint: m.vocabularyHint, validationMessage: errors.vocab ? m.vocabularyEmpty : undefined },
      h(Textarea, { value: vocab, rows: 5, resize: 'vertical', onChange: (_e: unknown, d: { value: string }) => { setVocab(d.value); setSaved(false); } })),
    h('div', { className: s.later },
      h(Subtitle2, { as: 'h3' }, m.judgingTitle),
      h(Field, { label: m.asOfLabel, hint: m.asOfHint, size: 'small', validationMessage: errors.date ? m.dateInvalid : undefined },
        h(Input, { size: 'small', type: 'date', value: o.asOfDate, onChange: (_e: unknown, d: { value: string }) => set({ asOfDate: d.value }) })),
      h(Field, { label: m.expectedLabel, hint: m.expectedHint, size: 'small', validationMessage: errors.expected ? m.numberInvalid : undefined },
        h(Input, { size: 'small', inputMode: 'decimal', value: o.expectedPercent, onChange: (_e: unknown, d: { value: string }) => set({ expectedPercent: d.value }) })),
      numberField(m.aheadLabel, 'ahead'),
      numberField(m.toleranceLabel, 'tolerance'),
      numberField(m.partlyLabel, 'partly'),
      check(m.overwriteLabel, 'overwrite'),
      check(m.allUnitsLabel, 'countAllUnits'),
      check(m.notesLabel, 'writeNotes'),
      h(Field, { label: m.aliasesLabel, size: 'small' },
        h(Textarea, { value: o.unitAliases, rows: 3, resize: 'vertical', onChange: (_e: unknown, d: { value: string }) => set({ unitAliases: d.value }) }))),
    h('div', { className: s.row },
      h(Button, { appearance: 'primary', size: 'small', disabled: invalid, onClick: save, ...testId('save-options')}, m.saveOptions),
      h(Button, { size: 'small', onClick: restore }, m.restoreDefaults),
      h(Caption1, { className: s.muted, role: 'status' }, invalid ? m.optionsInvalid : saved ? m.optionsSaved : m.savedNote)));
}
