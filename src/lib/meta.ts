import { hub, defaultLang } from '../config/resolve.ts';
import { pick, pickText } from '../i18n/pick.ts';
import { ui } from '../i18n/ui.ts';
import { formatEventDay, formatInstant } from '../i18n/dates.ts';
import type { Item } from '../model/item.ts';
import type { PageImage, PageMeta } from '../model/meta.ts';
import { DEFAULT_CARD, absolute, itemPath } from '../model/urls.ts';
import { alternates } from './paths.ts';

/** The shared default card, with alt text saying what it shows. */
function defaultImage(subject: string): PageImage {
  return { ...DEFAULT_CARD, url: absolute(DEFAULT_CARD.path), alt: `${hub.brand} — ${subject}` };
}

/** Meta of a page that is not an item (home, section, tag page). */
export function listMeta(lang: string, title: string, description: string, pathIn: (l: string) => string): PageMeta {
  const alts = alternates(pathIn);
  return {
    lang,
    title,
    description,
    canonical: absolute(pathIn(lang)),
    alternates: alts,
    xDefault: alts[defaultLang] ?? absolute(pathIn(lang)),
    type: 'website',
    image: defaultImage(title),
  };
}

/** A dated subject line for alt text: "Event · 3 Dec 2026 · Title". */
function subjectOf(item: Item, lang: string): string {
  const t = ui(lang);
  const date =
    item.kind === 'events' ? formatEventDay(item, lang) : formatInstant(item.kind === 'news' ? item.published : (item.updated ?? item.firstSeen), lang, hub.defaultTimeZone);
  return `${t.kindLabel[item.kind]} · ${date} · ${pickText(item.title, lang)}`;
}

/** Meta of an item's landing page. */
export function itemMeta(item: Item, lang: string): PageMeta {
  const title = pickText(item.title, lang);
  const description = pick(item.summary, lang)?.text ?? title;
  const base = listMeta(lang, title, description, (l) => itemPath(item, l));
  const image = defaultImage(subjectOf(item, lang));
  if (item.kind === 'events') return { ...base, image };
  const published = item.kind === 'news' ? item.published : item.firstSeen;
  return {
    ...base,
    image,
    type: 'article',
    article: { published, modified: item.updated ?? published, tags: item.tags.map((tg) => pickText(tg.label, lang)) },
  };
}
