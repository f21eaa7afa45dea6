import type { Profile } from '../profile/profile-schema';
import type { Role } from '../profile/roles';
import { ROLES } from '../profile/roles';
import { normalizeForMatch } from '../text/normalize';

export interface RoleCandidate {
  role: Role;
  /** 1 for an exact synonym, less for a header that contains one ("牵头单位（部门）"). */
  confidence: number;
}

interface CompiledSynonym {
  role: Role;
  text: string;
  rank: number;
}

/** Synonyms of every role, normalised once per profile. */
export class RoleMatcher {
  private readonly exact = new Map<string, CompiledSynonym[]>();
  private readonly all: CompiledSynonym[] = [];

  constructor(profile: Profile) {
    for (const role of ROLES) {
      const spec = profile.roles[role];
      if (!spec) continue;
      spec.synonyms.forEach((synonym, rank) => {
        const text = normalizeForMatch(synonym);
        if (!text) return;
        const entry = { role, text, rank };
        this.all.push(entry);
        const list = this.exact.get(text) ?? [];
        list.push(entry);
        this.exact.set(text, list);
      });
    }
  }

  /** Every role this header text may name, best first. */
  candidates(headerText: string): RoleCandidate[] {
    const h = normalizeForMatch(headerText);
    if (!h || h.length > 24) return [];
    const best = new Map<Role, number>();
    const offer = (role: Role, confidence: number): void => {
      if (confidence > (best.get(role) ?? 0)) best.set(role, confidence);
    };
    for (const s of this.exact.get(h) ?? []) offer(s.role, 1 - s.rank * 0.005);
    for (const s of this.all) {
      if (s.text.length < 2 || s.text === h || !h.includes(s.text)) continue;
      // A header that contains a synonym plus a little more: "牵头单位（部门）", "2024年目标".
      const extra = h.length - s.text.length;
      if (extra > 8) continue;
      offer(s.role, 0.8 - s.rank * 0.005 - extra * 0.02);
    }
    return [...best.entries()]
      .map(([role, confidence]) => ({ role, confidence: Math.round(confidence * 1000) / 1000 }))
      .sort((a, b) => b.confidence - a.confidence);
  }
}
