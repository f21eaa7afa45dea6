/** The column roles a ledger can have. Order is the display order. */
export const ROLES = [
  'seq',
  'task',
  'target',
  'measures',
  'progress',
  'plan',
  'lead',
  'coop',
  'status',
  'ratio',
  'deadline',
  'note',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
