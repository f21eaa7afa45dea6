import { z } from 'zod';
import { FINDING_CODES, SEVERITIES } from '../findings/codes';
import { ROLES } from './roles';

/**
 * The template profile: what a ledger must contain, as data. A custom profile is a JSON file
 * in this shape (`taskledger profile` prints the default one to start from).
 */
const roleSpec = z.strictObject({
  required: z.boolean(),
  /** Header texts that name this role, best first. Matching ignores white space and width. */
  synonyms: z.array(z.string().trim().min(1)).min(1),
});

const ruleSpec = z.strictObject({
  enabled: z.boolean(),
  severity: z.enum(SEVERITIES),
});

export const profileSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().trim().min(1),
  description: z.string().optional(),
  /** How many top rows to scan for the header. */
  headerScanRows: z.number().int().min(1).max(200),
  roles: z.partialRecord(z.enum(ROLES), roleSpec),
  /** Status values a person may write in the status column. */
  statusValues: z.array(z.string().trim().min(1)).min(1),
  /** Cell texts that mean "nothing here" (compared after trimming and width folding). */
  placeholders: z.array(z.string()),
  rules: z.partialRecord(z.enum(FINDING_CODES), ruleSpec),
  /**
   * Unit names counted as one in the summary: canonical name → other ways of writing it
   * ("省发展改革委": ["省发改委", "省发展和改革委员会"]). Optional: without it the built-in list applies;
   * `{}` merges nothing.
   */
  unitAliases: z.record(z.string().trim().min(1), z.array(z.string().trim().min(1))).optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type RoleSpec = z.infer<typeof roleSpec>;
export type RuleSpec = z.infer<typeof ruleSpec>;
