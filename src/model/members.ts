import { z } from 'zod';
import { chamberCode, day } from './schemas.ts';
import { cleanLine } from './text.ts';
import { CONFERENCES } from './vocabulary.ts';

// The voluntary members' registry: one editors' file per member (content/editorial/members/<id>.yml),
// added by a chamber's correspondent with the member's consent. Nothing here comes from anywhere else.

const line = z.string().transform(cleanLine).pipe(z.string().min(1, 'must not be empty'));

/** A document's reference as the hub names documents (`COM(2026) 538`), spaces made single. */
export const documentReference = line.pipe(z.string().regex(/^[A-Z]+\(\d{4}\) ?\d+/, 'a document reference such as COM(2026) 538'));

/** One role of a member: rapporteur on a document, chair or member of a committee, delegate to a conference. */
export const memberRoleSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('rapporteur'), document: documentReference, committee: line.optional() }),
  z.strictObject({ role: z.literal('chair'), committee: line }),
  z.strictObject({ role: z.literal('member'), committee: line }),
  z.strictObject({ role: z.literal('delegate'), conference: z.enum(CONFERENCES) }),
]);
export type MemberRole = z.output<typeof memberRoleSchema>;

/** A member's public accounts, in the forms the platforms mention them. */
export const memberAccountsSchema = z.strictObject({
  /** `@user@server`. */
  mastodon: z
    .string()
    .regex(/^@[\w.]+@[a-z0-9.-]+\.[a-z]{2,}$/i, 'a Mastodon address such as @name@example.social')
    .optional(),
  /** `@handle.domain` (a Bluesky handle is a domain name). */
  bluesky: z
    .string()
    .regex(/^@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i, 'a Bluesky handle such as @name.bsky.social')
    .optional(),
  /** The public profile's address: LinkedIn has no mention in posts made through its API for people outside the organisation. */
  linkedin: z.url({ protocol: /^https$/, hostname: /(^|\.)linkedin\.com$/ }).optional(),
  /** `@name`. */
  x: z
    .string()
    .regex(/^@\w{1,15}$/, 'an X handle such as @name')
    .optional(),
});
export type MemberAccounts = z.output<typeof memberAccountsSchema>;

/** A member's file, as an editor writes it. */
export const memberSchema = z.strictObject({
  name: line,
  chamber: chamberCode,
  roles: z.array(memberRoleSchema).default([]),
  accounts: memberAccountsSchema.default({}),
  /** The day the member agreed to be listed; without it there is no entry. */
  consent: day,
  /** An invented member that only applies to the sample snapshot; pages say so. */
  sample: z.boolean().default(false),
});

/** A registered member: the file's name (without `.yml`) is the id. */
export type Member = z.output<typeof memberSchema> & { id: string };

/** Spaces made single, for comparing references. */
export const sameReference = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The members who are rapporteurs on a document, by its reference. */
export function rapporteursOn(reference: string, members: readonly Member[]): Member[] {
  return members.filter((m) => m.roles.some((r) => r.role === 'rapporteur' && sameReference(r.document, reference)));
}

/** Platforms on which a member's account is a handle a post can mention; on the others a member has
 * a profile address or nothing, and a post by the hub can only name them. */
const MENTIONED_BY_HANDLE: Partial<Record<string, true>> = { mastodon: true, bluesky: true, x: true };

/** How a post by the hub names a member on a platform: their handle where they have one there; on a
 * platform without handles for people (LinkedIn, a Facebook Page), their name as plain text. */
export function memberMention(m: Member, platform: string): string | undefined {
  const account = (m.accounts as Partial<Record<string, string>>)[platform];
  if (account?.startsWith('@')) return account;
  return MENTIONED_BY_HANDLE[platform] ? undefined : m.name;
}
