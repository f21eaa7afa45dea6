import { normalizeForMatch } from '../text/normalize';

/** Header labels of the column TaskLedger writes its findings into, in every locale. */
export const COMMENTS_HEADERS = ['校验意见', 'Check notes'] as const;

const ownComments = new Set(COMMENTS_HEADERS.map(normalizeForMatch));

/** True for a header that names TaskLedger's own output column: never read as input. */
export function isCommentsHeader(headerText: string): boolean {
  return ownComments.has(normalizeForMatch(headerText));
}
