import type { Check } from './check-context';
import { checkRequiredColumns } from './column-missing';
import { checkLeadMissing } from './lead-missing';
import { checkProgressMissing } from './progress-missing';
import { checkSeqDuplicate } from './seq-duplicate';
import { checkStatusInvalid } from './status-invalid';
import { checkTaskMissing } from './task-missing';
import { checkRatioInvalid, checkRatioNotComputable, checkRatioStatedMismatch } from './ratio-checks';
import { checkStatusInconsistent } from './status-inconsistent';
import { checkTargetUnmeasurable } from './target-unmeasurable';

/** Every check, in the order findings are listed. */
export const CHECKS: readonly Check[] = [
  checkRequiredColumns,
  checkTaskMissing,
  checkLeadMissing,
  checkSeqDuplicate,
  checkProgressMissing,
  checkStatusInvalid,
  checkTargetUnmeasurable,
  checkStatusInconsistent,
  checkRatioStatedMismatch,
  checkRatioInvalid,
  checkRatioNotComputable,
];
