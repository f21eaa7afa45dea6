import type { Finding } from '../findings/finding';
import type { Check } from './check-context';
import { makeFinding, roleCol } from './check-context';

/** Points apart beyond which a stated ratio and the computed one disagree. */
export const RATIO_TOLERANCE = 0.05;

/** ratio/invalid: a ratio cell that is neither a number nor a percentage. */
export const checkRatioInvalid: Check = (ctx) => {
  const col = roleCol(ctx, 'ratio');
  if (col === null) return [];
  const out: Finding[] = [];
  for (const j of ctx.judgements.values()) {
    if (j.statedRatio.kind !== 'invalid') continue;
    const f = makeFinding(ctx, 'ratio/invalid', j.row, col, { value: j.statedRatio.text });
    if (f) out.push(f);
  }
  return out;
};

/** ratio/stated-mismatch: the ratio a person wrote is more than 5 points from the computed one. */
export const checkRatioStatedMismatch: Check = (ctx) => {
  const col = roleCol(ctx, 'ratio');
  if (col === null || ctx.overwrite) return [];
  const out: Finding[] = [];
  for (const j of ctx.judgements.values()) {
    const computed = j.completion?.ratio ?? null;
    if (j.statedRatio.kind !== 'ratio' || computed === null) continue;
    if (Math.abs(j.statedRatio.ratio - computed) <= RATIO_TOLERANCE + 1e-9) continue;
    const f = makeFinding(ctx, 'ratio/stated-mismatch', j.row, col, { stated: j.statedRatio.ratio, computed });
    if (f) out.push(f);
  }
  return out;
};

/** ratio/not-computable: a measurable target whose progress reports nothing to measure it by. */
export const checkRatioNotComputable: Check = (ctx) => {
  // At the progress cell: that is where the missing figure would go (and it stays put when a
  // ratio column is added, so a checked copy checked again gives the same findings).
  const col = roleCol(ctx, 'progress');
  if (col === null) return [];
  const out: Finding[] = [];
  for (const r of ctx.records) {
    const j = ctx.judgements.get(r.row);
    if (!j?.measurability?.measurable || !j.completion || j.completion.ratio !== null || j.computedLevel !== null) continue;
    if (ctx.placeholders.isEmpty(r.progress)) continue;
    const f = makeFinding(ctx, 'ratio/not-computable', r.row, col, { kinds: [...j.measurability.kinds] });
    if (f) out.push(f);
  }
  return out;
};
