import { hub } from '../config/resolve.ts';
import type { Chamber } from '../model/schemas.ts';
import { pick, pickText } from '../model/pick.ts';
import { eventPlace } from '../i18n/place.ts';
import { eventIso } from '../model/time.ts';
import type { Item } from '../model/item.ts';
import { absolute, itemPath } from '../model/urls.ts';

type Ld = Record<string, unknown>;

/** A BreadcrumbList from (name, absolute URL) pairs. */
export function breadcrumbLd(crumbs: { name: string; url: string }[]): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** NewsArticle for news and hot topics, Event for events. */
export function itemLd(item: Item, lang: string, image: string, chambers: Map<string, Chamber>): Ld {
  const url = absolute(itemPath(item, lang));
  const name = pickText(item.title, lang);
  const description = pick(item.summary, lang)?.text;
  const publisher = { '@type': 'Organization', name: hub.brand, url: absolute('/') };
  if (item.kind !== 'events') {
    return {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: name.length > 110 ? `${[...name].slice(0, 109).join('')}…` : name,
      name,
      description,
      inLanguage: lang,
      url,
      mainEntityOfPage: url,
      image: [image],
      datePublished: item.kind === 'news' ? item.published : item.firstSeen,
      dateModified: item.updated ?? (item.kind === 'news' ? item.published : item.firstSeen),
      keywords: item.tags.map((t) => pickText(t.label, lang)),
      publisher,
      author: publisher,
      isBasedOn: item.source,
    };
  }
  const organiser = item.organiser ? chambers.get(item.organiser) : undefined;
  const place = eventPlace(item, lang).line;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    description,
    inLanguage: lang,
    url,
    image: [image],
    startDate: eventIso(item, 'start'),
    endDate: eventIso(item, 'end'),
    eventStatus: item.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: place || undefined,
      address: {
        '@type': 'PostalAddress',
        addressLocality: pick(item.city, lang)?.text,
        addressCountry: item.country,
      },
    },
    organizer: organiser ? { '@type': 'Organization', name: pickText(organiser.names, lang) } : publisher,
  };
}

/** Serializes JSON-LD so that no `</script>` or `<!--` inside text can end the script element. */
export function ldJson(data: Ld): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** A DefinedTerm for a glossary term's page, in the glossary of the page's language. */
export function termLd(term: { name: string; description: string; url: string; lang: string }, glossary: { name: string; url: string }): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: term.name,
    description: term.description,
    url: term.url,
    inLanguage: term.lang,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: glossary.name, url: glossary.url },
  };
}
