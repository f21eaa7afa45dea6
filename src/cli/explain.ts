/** Core of `taskledger explain`: one target text in, a JSON line or a short human-readable block out. */
import { classifyTarget } from '../engine/measurability';
import type { Measurability } from '../engine/measurability';
import { findNumbers, parseQuantities } from '../engine/quantity';
import type { NumberMatch, Quantity } from '../engine/quantity';
import { measurabilityMessages } from '../i18n/measurability';

export interface ExplainOptions {
  json: boolean;
  lang: 'zh-CN' | 'en-US';
}

interface Explanation {
  text: string;
  measurable: boolean;
  kinds: Measurability['kinds'];
  numbers: NumberMatch[];
  quantities: Quantity[];
  items: Measurability['items'];
  reason: string | null;
  suggestion: string | null;
}

function explain(text: string, lang: ExplainOptions['lang']): { e: Explanation; m: Measurability } {
  const m = classifyTarget(text);
  const msg = measurabilityMessages[lang];
  const verbs = m.directionalVerbs;
  const e: Explanation = {
    text,
    measurable: m.measurable,
    kinds: m.kinds,
    numbers: findNumbers(text),
    quantities: parseQuantities(text),
    items: m.items,
    reason: m.reason ? msg.reason[m.reason]({ verbs }) : null,
    suggestion: m.measurable ? null : msg.suggestion({ verbs }),
  };
  return { e, m };
}

const LABELS = {
  'zh-CN': {
    measurable: '可考核', notMeasurable: '不可考核', kinds: '依据', numbers: '数字', quantities: '数量',
    items: '分项', reason: '原因', suggestion: '建议', none: '无', qualifier: '限定',
  },
  'en-US': {
    measurable: 'measurable', notMeasurable: 'not measurable', kinds: 'evidence', numbers: 'numbers',
    quantities: 'quantities', items: 'items', reason: 'reason', suggestion: 'suggestion', none: 'none', qualifier: 'qualifier',
  },
} as const;

function span(start: number, end: number): string {
  return `[${start}-${end})`;
}

function human(e: Explanation, m: Measurability, lang: ExplainOptions['lang']): string {
  const L = LABELS[lang];
  const msg = measurabilityMessages[lang];
  const lines: string[] = [];
  lines.push(`${e.measurable ? '✓' : '✗'} ${e.measurable ? L.measurable : L.notMeasurable}: ${e.text}`);
  const ev = m.evidence.map((x) => `${msg.kindLabel[x.kind]} “${x.text}” ${span(x.start, x.end)}`);
  lines.push(`  ${L.kinds}: ${ev.length > 0 ? ev.join('; ') : L.none}`);
  const nums = e.numbers.map((n) => `${n.text}=${n.value} ${span(n.start, n.end)}`);
  lines.push(`  ${L.numbers}: ${nums.length > 0 ? nums.join('; ') : L.none}`);
  const qs = e.quantities.map((q) => {
    const range = q.range ? ` (${q.range.min}–${q.range.max})` : '';
    const qual = q.qualifier ? ` ${L.qualifier}=${q.qualifier}` : '';
    return `${q.text} → ${q.value} ${q.unit} [${q.kind}]${range}${qual}`;
  });
  lines.push(`  ${L.quantities}: ${qs.length > 0 ? qs.join('; ') : L.none}`);
  if (m.items.length > 1) {
    for (const it of m.items) {
      const why = it.reason ? ` — ${msg.reason[it.reason]({ verbs: [] })}` : ` — ${it.kinds.map((k) => msg.kindLabel[k]).join(', ')}`;
      lines.push(`  ${L.items} ${it.index}: ${it.measurable ? '✓' : '✗'} ${it.text}${why}`);
    }
  }
  if (!e.measurable) {
    if (e.reason) lines.push(`  ${L.reason}: ${e.reason}`);
    if (e.suggestion) lines.push(`  ${L.suggestion}: ${e.suggestion}`);
  }
  return lines.join('\n');
}

export function explainLine(text: string, opts: ExplainOptions): string {
  const { e, m } = explain(text, opts.lang);
  return opts.json ? JSON.stringify(e) : human(e, m, opts.lang);
}
