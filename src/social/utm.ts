import { hub } from '../config/resolve.ts';

/** The URL with campaign tags, so analytics can count visits per platform. Canonical URLs never carry them. */
export function withUtm(url: string, source: string, campaign = hub.social.campaign): string {
  const u = new URL(url);
  u.searchParams.set('utm_source', source);
  u.searchParams.set('utm_medium', 'social');
  u.searchParams.set('utm_campaign', campaign);
  return u.href;
}
