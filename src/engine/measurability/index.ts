/** Target measurability classifier. Pure. */
export type {
  Evidence, ItemMeasurability, MeasurableKind, Measurability, NumberedItem, UnmeasurableReason,
} from './types';
export { MEASURABLE_KINDS, UNMEASURABLE_REASONS } from './types';
export { classifyTarget, classifyTargetScan } from './classify-target';
export type { TargetScan } from './classify-target';
export { splitNumberedItems } from './split-items';
