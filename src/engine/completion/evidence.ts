/** Why a ratio is what it is, as data; src/i18n renders it in the user's language. */
export type RatioEvidence =
  | { kind: 'pair'; actual: string; target: string; direction: string; ratio: number }
  | { kind: 'limit-met'; actual: string; target: string; ratio: 1 }
  | { kind: 'stated-rate'; text: string; ratio: number }
  | { kind: 'exceeded'; text: string; ratio: number }
  | { kind: 'stated-done'; text: string; ratio: 1 }
  | { kind: 'document'; title: string; issued: boolean; ratio: number }
  | { kind: 'milestone'; target: string; reported: string; ratio: 1 };
