/** Absolute outcomes: 全覆盖, 清零, 零增长, 零填埋, 彻底消除, 应收尽收, 不发生重大事故 … (100% comes from rates). */
import { regexEvidence } from './regex-evidence';
import type { TextSpan } from './text-span';
import { T_ABSOLUTE } from './triggers';
import type { Evidence } from './types';
import { ABSOLUTE_PATTERNS } from './vocabulary';

const ABSOLUTE = new RegExp(ABSOLUTE_PATTERNS.join('|'), 'g');

export function absoluteEvidence(span: TextSpan, out: Evidence[]): void {
  if ((span.triggers & T_ABSOLUTE) !== 0) regexEvidence(ABSOLUTE, 'absolute', span, out);
}
