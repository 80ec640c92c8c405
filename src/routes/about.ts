import { hub } from '../config/resolve.ts';
import { ui } from '../i18n/ui.ts';
import type { Catalog } from '../model/catalog.ts';
import { aboutPath, homePath, type AboutPage } from '../model/urls.ts';
import { allHashtags } from '../social/hashtags.ts';
import { accountLinks } from './members.ts';
import { chamberCard } from './hubs.ts';
import type { Draft, ShareKitInfo } from './page.ts';

/** The share page's facts: hashtags from the configuration, the hub's accounts, every chamber's. */
function shareKit(c: Catalog, lang: string): ShareKitInfo {
  const chambers = [...c.chambers.values()]
    .filter((ch) => Object.keys(ch.accounts).length > 0)
    .map((ch) => ({ chamber: chamberCard(ch, lang), accounts: accountLinks(ch.accounts) }));
  return { hashtags: allHashtags(lang).map((h) => `#${h}`), hub: accountLinks(hub.social.handles), chambers };
}

/** The pages about the hub: how to share, search, and the accessibility and privacy statements. */
export function aboutDrafts(c: Catalog, lang: string): Draft[] {
  const t = ui(lang);
  const pages: { page: AboutPage; title: string; description: string }[] = [
    { page: 'share', title: t.shareTitle, description: t.shareIntro },
    { page: 'search', title: t.searchTitle, description: t.searchIntro },
    { page: 'accessibility', title: t.accessibilityTitle, description: t.accessibilityText[0] ?? '' },
    { page: 'privacy', title: t.privacyTitle, description: t.privacyText[0] ?? '' },
  ];
  return pages.map(({ page, title, description }) => ({
    path: (l: string) => aboutPath(l, page),
    title,
    description,
    crumbs: [
      { name: t.home, path: homePath(lang) },
      { name: title, path: aboutPath(lang, page) },
    ],
    section: page === 'share' || page === 'search' ? page : 'about',
    view: {
      type: 'about',
      page,
      kit: page === 'share' ? shareKit(c, lang) : undefined,
      contact: page === 'accessibility' || page === 'privacy' ? hub.contact : undefined,
    },
  }));
}
