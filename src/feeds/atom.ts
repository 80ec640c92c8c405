import { XMLBuilder } from 'fast-xml-parser';
import { hub } from '../config/resolve.ts';
import { feedUpdated, type FeedDoc } from './doc.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', suppressEmptyNode: true, processEntities: true });

/** Atom 1.0 (RFC 4287), built with fast-xml-parser's XMLBuilder, which escapes every value. */
export function atomFeed(doc: FeedDoc): string {
  const links = [
    { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': doc.urls.atom },
    { '@_rel': 'alternate', '@_type': 'text/html', '@_href': doc.home },
    ...(doc.hub ? [{ '@_rel': 'hub', '@_href': doc.hub }] : []),
  ];
  const feed = {
    '@_xmlns': 'http://www.w3.org/2005/Atom',
    '@_xml:lang': doc.lang,
    id: doc.urls.atom,
    title: doc.title,
    subtitle: doc.description,
    updated: feedUpdated(doc).toISOString(),
    author: { name: hub.brand, uri: new URL('/', doc.home).href },
    link: links,
    generator: 'IPEX Hub',
    entry: doc.entries.map((e) => ({
      ...(e.lang && { '@_xml:lang': e.lang }),
      id: e.id,
      title: e.title,
      link: [
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.url },
        { '@_rel': 'enclosure', '@_type': e.image.type, '@_href': e.image.url },
      ],
      published: e.published.toISOString(),
      updated: e.updated.toISOString(),
      summary: e.summary,
      content: { '@_type': 'html', '#text': e.html },
      category: e.categories.map((c) => ({ '@_term': c })),
    })),
  };
  const pi = doc.stylesheet ? `<?xml-stylesheet href="${doc.stylesheet}" type="text/xsl"?>\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${pi}${builder.build({ feed })}`;
}
