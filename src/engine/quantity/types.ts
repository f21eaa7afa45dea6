/** Public shapes of the quantity parser. Offsets are UTF-16 code units into the input, end exclusive. */

export interface NumberMatch {
  text: string;
  start: number;
  end: number;
  value: number;
}

/**
 * amount = currency; count = counters (个/家/项 …); measure = length, area, weight, energy, TEU, power …;
 * rate = %, 个百分点, 倍, 成; duration = 天/日/个月/年 used as durations.
 */
export type QuantityKind = 'amount' | 'count' | 'measure' | 'rate' | 'duration';

export type Qualifier =
  | 'atLeast'
  | 'atMost'
  | 'about'
  | 'over'
  | 'under'
  | 'reach'
  | 'strive'
  | 'nearly'
  | 'more'
  | null;

export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** Value in the base unit after magnitudes: 6000亿元 -> 600000000000 with unit 元. */
  value: number;
  /** Base unit as written after stripping the magnitude (元, 个, 吨/年, TEU, %, 个百分点 …). */
  unit: string;
  kind: QuantityKind;
  qualifier: Qualifier;
  /** Ranges such as 5-10个 or 5至10个; value is then the upper bound. */
  range?: { min: number; max: number };
}
