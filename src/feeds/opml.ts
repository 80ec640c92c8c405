import { xml } from './xml.ts';

/** One outline of the OPML list. */
export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl: string;
  lang: string;
}

/** OPML 2.0 listing feeds, for importing them all into a reader at once. */
export function opml(title: string, feeds: OpmlFeed[], created: Date): string {
  const outlines = feeds
    .map(
      (f) =>
        `    <outline type="rss" text="${xml(f.title)}" title="${xml(f.title)}" xmlUrl="${xml(f.xmlUrl)}" htmlUrl="${xml(f.htmlUrl)}" language="${xml(f.lang)}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>${xml(title)}</title>\n    <dateCreated>${created.toUTCString()}</dateCreated>\n  </head>\n  <body>\n${outlines}\n  </body>\n</opml>\n`;
}
