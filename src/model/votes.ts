/** The registry fields that decide votes. */
export interface VotingChamber {
  code: string;
  /** ISO country code, or `EU` for the European Parliament. */
  country: string;
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
    if (codes.length > VOTES_PER_PARLIAMENT) throw new VotesError(`country ${c.country} has ${codes.length} chambers (${codes.join(', ')}); a parliament has one or two`);
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
