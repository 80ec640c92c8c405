/** One language the hub publishes pages in. */
export interface HubLanguage {
  /** ISO 639-1 code used in URLs and content (`en`, `fr`). */
  code: string;
  /** Open Graph locale, `ll_TT` (`en_GB`); also the Intl locale (`en-GB`) of dates, numbers and plurals. */
  ogLocale: string;
}

import type { PlatformId } from '../platforms/index.ts';

/** Platforms the share bar and the post kit offer: the registry's, and messengers and e-mail (share links only). */
export type SharePlatform = PlatformId | 'whatsapp' | 'telegram' | 'email';

/** Social settings: share tools, campaign tagging, hashtags and the hub's own accounts. */
export interface SocialConfig {
  /** `utm_campaign` on every share link, so analytics (Matomo reads utm_*) can count per platform. */
  campaign: string;
  /** Share-bar platforms, in order. */
  platforms: SharePlatform[];
  /** Hashtags (without #): always, per kind of item, per interparliamentary body, per tag key. */
  hashtags: {
    always: string[];
    kinds: Partial<Record<'news' | 'events' | 'topics' | 'texts', string[]>>;
    conferences: Partial<Record<string, string[]>>;
    tags: Partial<Record<string, string[]>>;
    /** Documents' pages and their scrutiny events (opinions, cards, deadlines); before `always`. */
    documents?: string[];
    /**
     * Per language code, a hashtag as written above and its form in that language (`pl: { climate: 'klimat' }`),
     * used wherever a post or page is in that language; a hashtag without an entry (acronyms, names) stays as it is.
     */
    languages?: Partial<Record<string, Record<string, string>>>;
  };
  /** The hub's own accounts per platform (for attribution), e.g. `{ x: '@IPEX_EU' }`. */
  handles: Partial<Record<SharePlatform, string>>;
}

/** Which EU documents get pages: IPEX holds thousands since 2006 (see src/model/document-selection.ts). */
export interface DocumentsConfig {
  /** Only documents transmitted (or, lacking that, adopted) on or after this day, `YYYY-MM-DD`; unset: every date. */
  since?: string | undefined;
  /** Only documents that at least one chamber has a scrutiny entry for. */
  withScrutinyOnly: boolean;
  /**
   * The institutions' public holidays of a year (`YYYY-MM-DD` days), replacing the built-in list
   * for that year (src/model/holidays.ts) where the Official Journal's list differs: `{ '2027': [...] }`.
   */
  holidays?: Record<string, string[]> | undefined;
}

/** The trial evaluation (`npm run evaluate` and the scorecard at `/{lang}/evaluation/`). */
export interface EvaluationConfig {
  /** First day of the trial period (YYYY-MM-DD, UTC). */
  trialStart: string;
  /** Last day of the trial period (YYYY-MM-DD, UTC). */
  trialEnd: string;
  /** Whether the public build includes the scorecard page and its downloads. */
  publish: boolean;
}

/** Everything a deployment of the hub may set. */
export interface HubConfig {
  /** Absolute https origin the site is served from (no trailing slash). */
  site: string;
  /** Brand shown in titles, cards and `og:site_name`. */
  brand: string;
  /** One-line description of the hub, for the home page and feeds. */
  tagline: Record<string, string>;
  /** Languages with pages; the first is the default and the fallback for missing text. */
  languages: HubLanguage[];
  /** IPEX origin that "Read on IPEX" links and the sync client use. */
  ipexBaseUrl: string;
  /** Items per page in section indexes. */
  pageSize: number;
  /** Items in each feed, newest first. */
  feedLimit: number;
  /** How often calendar apps should refresh subscriptions, in minutes. */
  calendarRefreshMinutes: number;
  /** Where visitors send accessibility and privacy feedback: an e-mail address (the statements pages show it). */
  contact: string;
  /** A WebSub hub to announce in feeds and ping after deploys (optional). */
  websubHub?: string | undefined;
  /** Share tools and post texts. */
  social: SocialConfig;
  /** Which EU documents get pages (the sync fetches them all). */
  documents: DocumentsConfig;
  /** Trial period and scorecard. */
  evaluation: EvaluationConfig;
  /** Time zone meetings are in unless an event says otherwise. */
  defaultTimeZone: string;
  /** Brand colours, shared by pages and cards. */
  colors: { ink: string; accent: string; paper: string };
}

/** Identity helper that gives a config file type checking. */
export function defineHubConfig(config: HubConfig): HubConfig {
  return config;
}
