import { hub } from '../config/resolve.ts';
import type { FeedDoc } from './doc.ts';

/** JSON Feed 1.1. Serve as application/feed+json. */
export function jsonFeed(doc: FeedDoc): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: doc.title,
      description: doc.description,
      home_page_url: doc.home,
      feed_url: doc.urls.json,
      language: doc.lang,
      authors: [{ name: hub.brand, url: new URL('/', doc.home).href }],
      ...(doc.hub ? { hubs: [{ type: 'WebSub', url: doc.hub }] } : {}),
      items: doc.entries.map((e) => ({
        id: e.id,
        url: e.url,
        title: e.title,
        ...(e.lang && { language: e.lang }),
        summary: e.summary,
        content_html: e.html,
        image: e.image.url,
        date_published: e.published.toISOString(),
        date_modified: e.updated.toISOString(),
        tags: e.categories,
      })),
    },
    null,
    1,
  );
}
