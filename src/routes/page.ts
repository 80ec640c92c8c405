import type { CardImage } from '../cards/images.ts';
import type { Item } from '../model/item.ts';
import type { PageMeta } from '../model/meta.ts';
import type { Picked } from '../model/pick.ts';
import type { AboutPage } from '../model/urls.ts';
import type { Conference, Kind } from '../model/vocabulary.ts';
import type { FeedLink } from './feeds.ts';
import type { AccountLink, DelegateCard, MemberCard } from './members.ts';

/** A crumb of the breadcrumb trail. */
export interface Crumb {
  name: string;
  path: string;
}

/** A chamber as lists and its hub show it. */
export interface ChamberCard {
  code: string;
  href: string;
  /** Its name in the page's language. */
  name: Picked;
  /** Its name in its own language(s), each part marked with its language. */
  own: Picked[];
  country: string;
  /** For a chamber of a former member state: its last day as a member (`YYYY-MM-DD`). */
  memberUntil?: string | undefined;
}

/** A document the chamber sent a reasoned opinion or a political-dialogue contribution on. */
export interface ChamberScrutiny {
  href: string;
  reference: string;
  title: Picked;
  /** Day of the reasoned opinion, when there is one. */
  opinion?: string | undefined;
  opinionSent: boolean;
  dialogue: boolean;
}

/** A document whose subsidiarity check is still open: any chamber may still send a reasoned opinion. */
export interface OpenCheck {
  href: string;
  reference: string;
  title: Picked;
  deadline: string;
  daysLeft: number;
  /** The day the days left were counted on. */
  countedOn: string;
}

/** A link to a feed or calendar of a scope. */
export interface ScopeLinks {
  feeds?: { rss: string; atom: string; json: string } | undefined;
  calendar?: { href: string; webcal: string } | undefined;
}

/** What a list page shows besides its title. */
export type View =
  /** The home page's lists: the first hot topics, upcoming meetings and news. */
  | { type: 'home'; topics: Item[]; upcoming: Item[]; news: Item[] }
  /** `n`: the archive page's number (1 is the oldest), or the page's within its `month` (upcoming
   * meetings), undefined on the front page; `current`: what the pager calls the page; `newer`/`older`:
   * paths (on the upcoming meetings' pages, earlier and later); `months`: the upcoming meetings' months. */
  | {
      type: 'section';
      kind: Kind;
      past: boolean;
      n: number | undefined;
      month?: string | undefined;
      current?: string | undefined;
      newer?: string | undefined;
      older?: string | undefined;
      items: Item[];
      months?: Crumb[] | undefined;
    }
  /** Every tag with its label per language and how many items carry it. */
  | { type: 'tags'; tags: { key: string; label: Record<string, string>; count: number }[] }
  | { type: 'feeds' }
  | { type: 'tag'; key: string; items: Item[] }
  | { type: 'chambers'; groups: { country: string; chambers: ChamberCard[] }[] }
  | {
      type: 'chamber';
      chamber: ChamberCard;
      accounts: AccountLink[];
      members: MemberCard[];
      news: Item[];
      meetings: Item[];
      scrutiny: ChamberScrutiny[];
      open: OpenCheck[];
      links: ScopeLinks;
    }
  | { type: 'conferences'; bodies: { body: Conference; href: string; name: string; about: string; next?: Item | undefined }[] }
  | {
      type: 'conference';
      body: Conference;
      about: string;
      next?: Item | undefined;
      upcoming: Item[];
      past: Item[];
      texts: Item[];
      news: Item[];
      delegates: DelegateCard[];
      links: ScopeLinks;
    }
  | { type: 'evaluation' }
  | { type: 'about'; page: AboutPage; kit?: ShareKitInfo | undefined; contact?: string | undefined };

/** What the share page tells: the hashtags, the hub's accounts and those of the chambers. */
export interface ShareKitInfo {
  hashtags: string[];
  hub: { platform: string; handle: string; href?: string | undefined }[];
  chambers: { chamber: ChamberCard; accounts: { platform: string; handle: string; href?: string | undefined }[] }[];
}

/** A page that lists items or describes the hub: everything its route renders, as plain data. */
export interface ListPage {
  lang: string;
  /** Site path of this page. */
  path: string;
  title: string;
  meta: PageMeta;
  /** The page's card (also `meta.image`), with the spec it is drawn from. */
  card: CardImage;
  crumbs: Crumb[];
  feeds: FeedLink[];
  /** Main-navigation entry that is current. */
  section: NavSection;
  view: View;
}

/** Entries of the main navigation. */
export type NavSection = 'home' | Kind | 'documents' | 'glossary' | 'tags' | 'feeds' | 'chambers' | 'conferences' | 'share' | 'search' | 'about';

/** A list page before its meta, card, feeds and share bar are derived. */
export interface Draft {
  path: (lang: string) => string;
  title: string;
  description: string;
  crumbs: Crumb[];
  feedScope?: string | undefined;
  section: NavSection;
  view: View;
}
