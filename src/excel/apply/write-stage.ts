/**
 * How far a check got with its writes when it stopped. The undo log is written (and synced) before
 * any write to a person's sheets, so the stage tells exactly what state the workbook is in:
 * - 'before-sheet': reading, or writing the undo log: nothing of the check is on the ledger or the
 *   summary sheet (only TaskLedger's very hidden store may have been touched);
 * - 'sheet': the undo log is complete and some of the plan's writes may be in: the ledger can be
 *   restored exactly from the log.
 */
export type WriteStage = 'before-sheet' | 'sheet';

export class WriteInterrupted extends Error {
  constructor(readonly stage: WriteStage, readonly sheet: string, readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'WriteInterrupted';
  }
}
