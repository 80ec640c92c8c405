import { getRssString } from '@astrojs/rss';
import { feedUpdated, type FeedDoc } from './doc.ts';
import { xml } from './xml.ts';

/** RFC 822 with a four-digit year and a numeric offset, as feed validators prefer. */
export function rfc822(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

/** RSS 2.0, written by @astrojs/rss; guid, dates and media are given as custom data. */
export function rssFeed(doc: FeedDoc): Promise<string> {
  const channel = [
    `<language>${xml(doc.lang)}</language>`,
    `<lastBuildDate>${rfc822(feedUpdated(doc))}</lastBuildDate>`,
    `<atom:link href="${xml(doc.urls.rss)}" rel="self" type="application/rss+xml"/>`,
    doc.hub ? `<atom:link href="${xml(doc.hub)}" rel="hub"/>` : '',
  ].join('');
  return getRssString({
    title: doc.title,
    description: doc.description,
    site: doc.home,
    trailingSlash: true,
    ...(doc.stylesheet ? { stylesheet: doc.stylesheet } : {}),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/' },
    customData: channel,
    items: doc.entries.map((e) => ({
      link: e.url,
      title: e.title,
      description: e.summary,
      content: e.html,
      categories: e.categories,
      enclosure: { url: e.image.url, type: e.image.type, length: 0 },
      customData:
        `<guid isPermaLink="false">${xml(e.id)}</guid>` +
        `<pubDate>${rfc822(e.published)}</pubDate>` +
        `<media:content url="${xml(e.image.url)}" type="${e.image.type}" medium="image" width="${e.image.width}" height="${e.image.height}"/>`,
    })),
  });
}
