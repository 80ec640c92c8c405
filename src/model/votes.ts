/** The registry fields that decide votes. */
export interface VotingChamber {
  code: string;
  /** ISO country code, or `EU` for the European Parliament. */
  country: string;
  /** First day its state was a member of the Union (`YYYY-MM-DD`); unset: before any IPEX document. */
  memberFrom?: string | undefined;
  /** Last day its state was a member (`YYYY-MM-DD`); unset: still a member. */
  memberUntil?: string | undefined;
}

/** True when the chamber's state was a member on `day`; without a day, when it still is. */
export function isMemberOn(c: VotingChamber, day: string | undefined): boolean {
  if (day === undefined) return c.memberUntil === undefined;
  return (c.memberFrom === undefined || c.memberFrom <= day) && (c.memberUntil === undefined || day <= c.memberUntil);
}

/** Votes per chamber among the member states of `day` (see votesByChamber): 50 in 2004–2006, 54 for EU-27, 56 for EU-28. */
export function votesOn(chambers: readonly VotingChamber[], day: string | undefined): Map<string, number> {
  return votesByChamber(chambers.filter((c) => isMemberOn(c, day)));
}

/** Votes per national parliament under Protocol No 2, Article 7(1). */
export const VOTES_PER_PARLIAMENT = 2;

/** Thrown when the registry cannot give votes (a country with more than two chambers). */
export class VotesError extends Error {
  override name = 'VotesError';
}

/**
 * Votes per chamber code, derived from the registry: a country's only chamber has 2, each of two
 * chambers 1, the European Parliament (`EU`) 0. The registry must list every chamber of a
 * bicameral parliament, or the one listed gets both votes.
 */
export function votesByChamber(chambers: readonly VotingChamber[]): Map<string, number> {
  const perCountry = new Map<string, string[]>();
  for (const c of chambers) if (c.country !== 'EU') perCountry.set(c.country, [...(perCountry.get(c.country) ?? []), c.code]);
  const votes = new Map<string, number>();
  for (const c of chambers) {
    if (c.country === 'EU') {
      votes.set(c.code, 0);
      continue;
    }
    const codes = perCountry.get(c.country) ?? [];
    if (codes.length > VOTES_PER_PARLIAMENT)
      throw new VotesError(`country ${c.country} has ${codes.length} chambers (${codes.join(', ')}); a parliament has one or two`);
    votes.set(c.code, VOTES_PER_PARLIAMENT / codes.length);
  }
  return votes;
}

/** All votes allocated to national parliaments: 2 per member state (54 for 27). */
export function totalVotes(votes: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const v of votes.values()) total += v;
  return total;
}
