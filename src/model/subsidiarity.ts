import { Temporal } from 'temporal-polyfill';
import { checkRegime, subsidiarityDeadline, procedureType, type CheckRegime, type DeadlineInput } from './deadline.ts';
import type { HolidayOverrides } from './holidays.ts';
import { isArticle76 } from './legal-basis.ts';
import { totalVotes, votesOn, type VotingChamber } from './votes.ts';

/** The cards of Protocol No 2, Article 7: yellow (review) and orange (COD only). */
export type Card = 'yellow' | 'orange';
/** Where a document's check stands at a moment. */
export type CheckPhase = 'open' | 'closing' | 'closed';

/** Days left at or below which a check is "closing soon". */
export const CLOSING_DAYS = 14;
/** The zone whose calendar days the deadline is counted in. */
export const CHECK_TIME_ZONE = 'Europe/Brussels';

/** A chamber's scrutiny, as far as the tally needs it. */
export interface OpinionInput {
  chamber: string;
  reasonedOpinion: boolean;
  reasonedOpinionDate?: string | undefined;
}

/** The votes needed for each card; `orange` only for the ordinary legislative procedure. */
export interface Thresholds {
  yellow: number;
  orange?: number | undefined;
}

/** Thresholds out of `total` votes: yellow at one third (one quarter under Article 76), orange at a simple majority for COD. */
export function thresholds(total: number, rules: { article76: boolean; cod: boolean }): Thresholds {
  const share = rules.article76 ? 4 : 3;
  const yellow = Math.floor((total + share - 1) / share);
  return rules.cod ? { yellow, orange: Math.floor(total / 2) + 1 } : { yellow };
}

/** The reasoned opinions that count: one per chamber, sent by the deadline when both dates are known. */
export function countedOpinions(scrutinies: readonly OpinionInput[], deadline: string | undefined): string[] {
  const chambers = new Set<string>();
  for (const s of scrutinies) {
    if (!s.reasonedOpinion) continue;
    if (deadline && s.reasonedOpinionDate && s.reasonedOpinionDate > deadline) continue;
    chambers.add(s.chamber);
  }
  return [...chambers].sort();
}

/** A document as the rules read it. */
export interface RulesInput extends DeadlineInput {
  legalBasis: readonly string[];
  scrutinies: readonly OpinionInput[];
}

/** Why a chamber's reasoned opinion is left out of the tally: a code the registry lacks, or a state not a member on the day of transmission. */
export interface Excluded {
  chamber: string;
  reason: 'unknown' | 'not-member';
}

/** The tally of reasoned opinions against the thresholds. */
export interface Tally {
  /** Votes of the counted opinions. */
  votes: number;
  /** All votes allocated to national parliaments on the day of transmission. */
  total: number;
  /** Chambers whose opinion counts, by code. */
  chambers: string[];
  /** Opinions left out, with why: shown beside the tally, never dropped silently. */
  excluded: Excluded[];
  thresholds: Thresholds;
  /** Cards whose threshold is reached, yellow first. */
  reached: Card[];
}

/**
 * Counts a document's reasoned opinions with the votes of the member states on its transmission
 * day (or, lacking it, its adoption day): chambers of other days and codes the registry lacks are
 * left out and listed in `excluded`.
 */
export function tally(doc: RulesInput, registry: readonly VotingChamber[], holidays?: HolidayOverrides): Tally {
  const votes = votesOn(registry, doc.transmissionDate ?? doc.adoptionDate);
  const known = new Set(registry.map((c) => c.code));
  const chambers: string[] = [];
  const excluded: Excluded[] = [];
  for (const c of countedOpinions(doc.scrutinies, subsidiarityDeadline(doc, holidays))) {
    if (votes.has(c)) chambers.push(c);
    else excluded.push({ chamber: c, reason: known.has(c) ? 'not-member' : 'unknown' });
  }
  const sum = chambers.reduce((n, c) => n + (votes.get(c) ?? 0), 0);
  const total = totalVotes(votes);
  const t = thresholds(total, { article76: isArticle76(doc.legalBasis), cod: procedureType(doc.procedure) === 'COD' });
  const reached: Card[] = [];
  if (total > 0 && sum >= t.yellow) reached.push('yellow');
  if (total > 0 && t.orange !== undefined && sum >= t.orange) reached.push('orange');
  return { votes: sum, total, chambers, excluded, thresholds: t, reached };
}

/** The cards a document reached under the rules in force: none outside the check (before Lisbon, or not a draft legislative act). */
export function cardsReached(doc: RulesInput, registry: readonly VotingChamber[], holidays?: HolidayOverrides): Card[] {
  return checkRegime(doc) === 'check' ? tally(doc, registry, holidays).reached : [];
}

/** The check's phase at a moment, with whole calendar days left (0 on the last day). */
export interface CheckState {
  deadline: string;
  phase: CheckPhase;
  daysLeft: number;
  /** The Brussels day the days were counted on (`YYYY-MM-DD`): a page built today is read tomorrow. */
  countedOn: string;
}

/** The check at `now`: open, closing soon (14 days or fewer left), or closed (the deadline day is over in Brussels). */
export function checkState(deadline: string, now: Date): CheckState {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(CHECK_TIME_ZONE).toPlainDate();
  const daysLeft = today.until(Temporal.PlainDate.from(deadline), { largestUnit: 'days' }).days;
  const phase: CheckPhase = daysLeft < 0 ? 'closed' : daysLeft <= CLOSING_DAYS ? 'closing' : 'open';
  return { deadline, phase, daysLeft: Math.max(daysLeft, 0), countedOn: today.toString() };
}

/** The instant a check with this deadline enters the closing window, and the instant it closes. */
export function checkMoments(deadline: string): { closing: string; closed: string } {
  const start = (d: Temporal.PlainDate) => d.toZonedDateTime(CHECK_TIME_ZONE).toInstant().toString();
  const day = Temporal.PlainDate.from(deadline);
  return { closing: start(day.subtract({ days: CLOSING_DAYS })), closed: start(day.add({ days: 1 })) };
}

/**
 * A document's state at `now`: a reached threshold first, else the check's phase; `no-check` for
 * a document not subject to the check and `pre-lisbon` for one from before the mechanism, neither
 * with a tally (their opinions are political-dialogue contributions).
 */
export interface DocumentState {
  state: 'threshold-reached' | CheckPhase | 'no-check' | 'pre-lisbon';
  regime: CheckRegime;
  check?: CheckState | undefined;
  /** Only under the check. */
  tally?: Tally | undefined;
}

/** Everything pages need to say where a document's subsidiarity check stands. */
export function documentState(doc: RulesInput, registry: readonly VotingChamber[], now: Date, holidays?: HolidayOverrides): DocumentState {
  const regime = checkRegime(doc);
  if (regime !== 'check') return { state: regime === 'pre-lisbon' ? 'pre-lisbon' : 'no-check', regime };
  const deadline = subsidiarityDeadline(doc, holidays);
  const check = deadline === undefined ? undefined : checkState(deadline, now);
  const t = tally(doc, registry, holidays);
  const state = t.reached.length > 0 ? 'threshold-reached' : (check?.phase ?? 'no-check');
  return { state, regime, check, tally: t };
}
