import type { EventItem } from '../model/item.ts';
import { remember } from '../model/memo.ts';
import { pick, type Picked } from '../model/pick.ts';
import { intlLocale } from './locale.ts';

/** Where a meeting is, in a language: its parts (each text with its real language) and two lines. */
export interface EventPlace {
  venue?: Picked | undefined;
  city?: Picked | undefined;
  /** The country's name in the language. */
  country?: string | undefined;
  /** "Venue, City, Country": for facts, calendars and feeds. */
  line: string;
  /** "City, Country": for lists, cards and posts. */
  short: string;
}

const regions = new Map<string, Intl.DisplayNames>();

/** The country name of an ISO code in a hub language. */
export function countryName(code: string, lang: string): string | undefined {
  return remember(regions, lang, () => new Intl.DisplayNames([intlLocale(lang)], { type: 'region' })).of(code);
}

/** The one way an event's place is put into words. */
export function eventPlace(ev: EventItem, lang: string): EventPlace {
  const venue = pick(ev.venue, lang);
  const city = pick(ev.city, lang);
  const country = ev.country ? countryName(ev.country, lang) : undefined;
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  return { venue, city, country, line: join(venue?.text, city?.text, country), short: join(city?.text, country) };
}
