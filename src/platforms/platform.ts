import type { z } from 'zod';
import type { Due, PlatformClient } from '../announce/client.ts';
import type { HttpContext } from '../announce/http.ts';
import type { LedgerPost } from '../announce/ledger.ts';
import type { ImageBytes } from '../announce/thumb.ts';
import type { HttpSettings } from '../evaluation/sources/http.ts';
import type { ImportFormat } from '../evaluation/imports/rows.ts';
import type { AccountFigures } from '../evaluation/sources/mastodon.ts';
import type { Limit } from '../social/count.ts';

/** The environment a run reads (only the variables a platform names). */
export type Env = Record<string, string | undefined>;

/** Who owns an account (the hub, or a chamber by registry code), its platform and the language it posts in. */
export interface AccountBase {
  platform: string;
  owner: string;
  lang: string;
}

/** An account of any platform: its settings and secrets are strings (a URL, a page id, a token). */
export type AnyAccount = AccountBase & Readonly<Record<string, string>>;

/** An account's stable id for the ledger and logs: platform and owner, never a secret. */
export function accountId(a: Pick<AccountBase, 'platform' | 'owner'>): string {
  return `${a.platform}:${a.owner}`;
}

/** What a share link is made of: the page with a platform's campaign tags, its title and summary, the kit's text. */
export interface ShareInput {
  /** The page URL tagged for a `utm_source`. */
  url: (source: string) => string;
  title: string;
  summary: string;
  /** The platform's ready-to-post text (with the tagged URL in it). */
  text: string;
}

/** What every client of a run shares. */
export interface ClientContext {
  http: HttpContext;
  /** The item's wide card (loaded once per run and shared by the accounts). */
  card: (due: Due) => Promise<ImageBytes>;
  now: () => Date;
  /** API origins for stand-ins (`LINKEDIN_API_URL`, …), read by the platform that names them. */
  env: Env;
  /** `--mastodon-media`: attach the card instead of letting the server draw a link card. */
  mastodonMedia: boolean;
}

/** What the collector gives a figures source. */
export interface FiguresContext {
  /** Chambers' official handles on the platform (normalised), for "shared by". */
  handles: Map<string, string>;
  env: Env;
  http: HttpSettings;
}

/** A posting budget: at most `posts` in a calendar month (UTC) per account; the rest waits in the queue. */
export interface Quota {
  posts: number;
  /** The variable that overrides it (the tier the account pays for). */
  env: string;
}

/** A chamber's own account in `registries/chambers.json` (`announce.<platform>`): settings and the variable holding its secret. */
export interface ChamberEntry<A extends AccountBase, E> {
  /** The registry entry's schema (no secret in it, only a variable's name). */
  schema: z.ZodType<E>;
  /** The variable the entry names for its secret. */
  secretEnv: (entry: E) => string;
  /** The account from the (checked) entry and its secret. */
  account: (entry: E, owner: string, secret: string) => A;
}

/** One platform: everything the share bar, the post kit, the announcer and the scorecard need to know about it. */
export interface PlatformDef<Id extends string, A extends AccountBase & { platform: Id }, E> {
  id: Id;
  /** The brand's name (the same in every language). */
  name: string;
  /** Text limit and counting rule of a post. */
  limit: Limit;
  /** Bluesky: links and tags are facets the post carries. */
  facets?: boolean;
  /** Plain share link (nothing is loaded from the platform until a click), every parameter percent-encoded. */
  share: (s: ShareInput) => string;
  /** The hub account's variables: required ones, then optional ones with their defaults. */
  env: { required: readonly string[]; optional?: Readonly<Record<string, string>> };
  /** The hub's account from its variables (all required ones are set and trimmed). */
  hubAccount: (v: Record<string, string>, lang: string) => A;
  /** The account's schema: what a client is given is checked against it. */
  account: z.ZodType<A>;
  chamber: ChamberEntry<A, E>;
  /** The account's secrets: never in a log line, an error or the ledger. */
  secrets: (a: A) => string[];
  /** What is wrong with a configured account, one line each (the account id is prefixed by the caller). */
  problems: (a: A) => string[];
  /** A stand-in account for a dry run without the variables, so that it still shows what would be posted. */
  placeholder: (owner: string, lang: string) => A;
  /** The posting client of an account. */
  client: (a: A, c: ClientContext) => PlatformClient;
  /** Followers and the counts of the ledger's posts, from the platform's API. */
  figures: (a: A, posts: LedgerPost[], c: FiguresContext) => Promise<AccountFigures>;
  quota?: Quota;
  /** The platform's analytics exports the collector reads from content/evaluation/imports/ (where its API gives no figures). */
  exports?: ImportFormat[];
  /** The public profile page of a handle as the registry writes it (`@ipex@social.example`), if the form is known. */
  profile?: (handle: string) => string | undefined;
}

/** A platform with its account type erased, as lists hold it: each account is checked against the platform's schema at the door. */
export interface Platform<Id extends string = string> {
  id: Id;
  name: string;
  limit: Limit;
  facets: boolean;
  share: (s: ShareInput) => string;
  env: { required: readonly string[]; optional: Readonly<Record<string, string>> };
  hubAccount: (v: Record<string, string>, lang: string) => AnyAccount & { platform: Id };
  chamber: {
    schema: z.ZodType;
    secretEnv: (entry: unknown) => string;
    account: (entry: unknown, owner: string, secret: string) => AnyAccount & { platform: Id };
  };
  secrets: (a: AccountBase) => string[];
  problems: (a: AccountBase) => string[];
  placeholder: (owner: string, lang: string) => AnyAccount & { platform: Id };
  client: (a: AccountBase, c: ClientContext) => PlatformClient;
  figures: (a: AccountBase, posts: LedgerPost[], c: FiguresContext) => Promise<AccountFigures>;
  quota: Quota | undefined;
  exports: ImportFormat[];
  profile: (handle: string) => string | undefined;
}

/** An account's fields as plain strings (what a ledger line or a log may show is decided by `secrets`). */
const strings = <Id extends string>(a: AccountBase & { platform: Id }): AnyAccount & { platform: Id } => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) if (typeof v === 'string') out[k] = v;
  return { ...out, platform: a.platform, owner: a.owner, lang: a.lang };
};

/** Declares a platform: the typed definition, erased for the registry's lists. */
export function definePlatform<Id extends string, A extends AccountBase & { platform: Id }, E>(def: PlatformDef<Id, A, E>): Platform<Id> {
  const own = (a: AccountBase): A => {
    const parsed = def.account.safeParse(a);
    if (!parsed.success)
      throw new Error(
        `${accountId(a)}: not a ${def.name} account (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'})`,
      );
    return parsed.data;
  };
  return {
    id: def.id,
    name: def.name,
    limit: def.limit,
    facets: def.facets ?? false,
    share: def.share,
    env: { required: def.env.required, optional: def.env.optional ?? {} },
    hubAccount: (v, lang) => strings(def.hubAccount(v, lang)),
    chamber: {
      schema: def.chamber.schema,
      secretEnv: (e) => def.chamber.secretEnv(def.chamber.schema.parse(e)),
      account: (e, owner, secret) => strings(def.chamber.account(def.chamber.schema.parse(e), owner, secret)),
    },
    secrets: (a) => def.secrets(own(a)),
    problems: (a) => def.problems(own(a)),
    placeholder: (owner, lang) => strings(def.placeholder(owner, lang)),
    client: (a, c) => def.client(own(a), c),
    figures: (a, posts, c) => def.figures(own(a), posts, c),
    quota: def.quota,
    exports: def.exports ?? [],
    profile: def.profile ?? (() => undefined),
  };
}

/** True for an http(s) URL. */
export function httpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
