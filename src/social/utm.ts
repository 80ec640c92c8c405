import { hub } from '../config/resolve.ts';
import type { Item } from '../model/item.ts';
import { ipexUrl } from '../model/urls.ts';

/** The URL with campaign tags, so analytics can count visits per platform. Canonical URLs never carry them. */
export function withUtm(url: string, source: string, campaign = hub.social.campaign, medium = 'social'): string {
  const u = new URL(url);
  u.searchParams.set('utm_source', source);
  u.searchParams.set('utm_medium', medium);
  u.searchParams.set('utm_campaign', campaign);
  return u.href;
}

/** The `utm_source` of links from the hub to IPEX, so that IPEX's own analytics count the visitors the hub sends. */
export const HUB_SOURCE = 'ipex-hub';

/** "Read on IPEX" as linked from a page (`referral`) or a feed (`feed`): the item's IPEX address with the hub's campaign. */
export function readOnIpexUrl(item: Item, medium: 'referral' | 'feed'): string {
  return withUtm(ipexUrl(item), HUB_SOURCE, hub.social.campaign, medium);
}
