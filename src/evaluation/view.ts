import type { Chamber } from '../model/schemas.ts';
import { utcDay } from '../model/time.ts';
import { intlLocale } from '../i18n/locale.ts';
import { pickText } from '../model/pick.ts';
import { fill, ui } from '../i18n/ui.ts';
import type { Item } from '../model/item.ts';
import { itemGuid, itemPath } from '../model/urls.ts';
import { lineChartSvg } from './chart.ts';
import { CRITERIA, type Channel } from './figures.ts';
import { kindOfItem, type GroupTotals, type Scorecard } from './scorecard.ts';
import { PLATFORMS as REGISTRY } from '../platforms/index.ts';

/** One criterion as the page shows it: chart, weekly table, totals table, note. */
export interface CriterionView {
  key: string;
  heading: string;
  /** The figure's caption: what the chart shows. */
  caption: string;
  note: string;
  svg: string;
  weekCaption: string;
  totalsCaption: string;
  weeks: string[];
  rows: { name: string; weekly: string[]; start: string; now: string; change: string }[];
}

/** Everything the scorecard page renders, as plain, formatted strings. */
export interface EvaluationView {
  sample: boolean;
  period: string | null;
  criteria: CriterionView[];
  sharedBy: { name: string; shares: string }[];
  /** Replies and quotes per chamber: by its official account, by its registered members. */
  answeredBy: { name: string; byChamber: string; byMembers: string }[];
  top: { title: string; href: string | null; kind: string; shares: string; likes: string }[];
  byKind: { name: string; posts: string; likes: string; shares: string; replies: string }[];
  byChamber: { name: string; posts: string; likes: string; shares: string; replies: string }[];
  sources: { name: string; status: string; reason: string; problems: string[] }[];
}

const PLATFORMS: Record<string, string> = {
  ...Object.fromEntries(REGISTRY.map((p) => [p.id, p.name])),
  matomo: 'Matomo',
  plausible: 'Plausible',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
};

/** Builds the page's strings from the scorecard, the items (titles, links) and the chambers (names) in a language. */
export function evaluationView(card: Scorecard, lang: string, items: Item[], chambers: Map<string, Chamber>): EvaluationView {
  const t = ui(lang);
  const e = t.evaluation;
  const num = new Intl.NumberFormat(intlLocale(lang));
  const n = (v: number | null) => (v === null ? e.missing : num.format(v));
  const signed = (v: number | null) => (v === null ? e.missing : v > 0 ? `+${num.format(v)}` : num.format(v));
  // long: 2 November 2026; medium: 2 Nov 2026 (table rows); short: 2 Nov (chart axis).
  const day = (d: string, style: 'long' | 'medium' | 'short' = 'long') =>
    new Intl.DateTimeFormat(intlLocale(lang), {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      ...(style === 'short' ? {} : { year: 'numeric' }),
      timeZone: 'UTC',
    }).format(utcDay(d));
  const chamberName = (code: string) => chambers.get(code)?.names[lang] ?? chambers.get(code)?.name ?? code;
  const channelName = (c: Channel, visitors: boolean) => {
    if (visitors) return c.id === 'ipex-hub' ? e.readOnIpexSource : (PLATFORMS[c.id] ?? new Map(Object.entries(t.platformNames)).get(c.id) ?? c.id);
    const owner = c.owner === 'hub' ? e.hubAccount : c.owner === 'export' ? e.exportOwner : chamberName(c.owner);
    return `${PLATFORMS[c.platform] ?? c.platform} · ${owner}`;
  };
  const byGuid = new Map(items.map((i) => [itemGuid(i), i]));
  const group = (g: GroupTotals, name: string) => ({
    name,
    posts: num.format(g.posts),
    likes: num.format(g.likes),
    shares: num.format(g.shares),
    replies: num.format(g.replies),
  });
  const weeks = card.weeks.map((w) => day(w.start, 'short'));

  return {
    sample: card.sample,
    period:
      card.latest && card.first
        ? fill(e.period, { start: day(card.trial.start), end: day(card.trial.end), latest: day(card.latest), first: day(card.first) })
        : null,
    criteria: CRITERIA.map((key) => {
      const heading = e.criteria[key];
      const rows = card.criteria[key];
      const visitors = key === 'visitors';
      return {
        key,
        heading,
        caption: fill(e.chartDescription, { criterion: heading }),
        note: [e.notes[key] ?? '', key !== 'visitors' && card.paidPosts > 0 ? fill(e.paidNote, { n: num.format(card.paidPosts) }) : '']
          .filter(Boolean)
          .join(' '),
        svg: lineChartSvg({
          id: `chart-${key}`,
          title: heading,
          description: fill(e.chartDescription, { criterion: heading }),
          xLabels: weeks,
          locale: intlLocale(lang),
          series: rows.map((r) => ({ name: channelName(r.channel, visitors), values: r.weekly })),
        }),
        weekCaption: fill(e.tableCaption, { criterion: heading }),
        totalsCaption: fill(e.totalsCaption, { criterion: heading }),
        weeks: card.weeks.map((w) => day(w.start, 'medium')),
        rows: rows.map((r) => ({
          name: channelName(r.channel, visitors),
          weekly: r.weekly.map(n),
          start: n(r.start),
          now: n(r.now),
          change: signed(r.change),
        })),
      };
    }),
    sharedBy: card.sharedBy.map((s) => ({ name: chamberName(s.chamber), shares: num.format(s.shares) })),
    answeredBy: card.answeredBy.map((a) => ({ name: chamberName(a.chamber), byChamber: num.format(a.byChamber), byMembers: num.format(a.byMembers) })),
    top: card.top.map((g) => {
      const item = byGuid.get(g.item);
      return {
        title: item ? pickText(item.title, lang) : g.item,
        href: item ? itemPath(item, lang) : null,
        kind: item ? t.kindLabel[item.kind] : kindOfItem(g.item),
        shares: num.format(g.shares),
        likes: num.format(g.likes),
      };
    }),
    byKind: card.byKind.map((g) => group(g, g.key === 'news' || g.key === 'events' || g.key === 'topics' ? t.kindLabel[g.key] : g.key)),
    byChamber: card.byChamber.map((g) => group(g, chamberName(g.key))),
    sources: card.sources.map((s) => ({
      name:
        s.type === 'account'
          ? channelName({ id: s.id, platform: s.platform, owner: s.id.slice(s.platform.length + 1) }, false)
          : s.type === 'visitors'
            ? `${PLATFORMS[s.platform] ?? s.platform}`
            : s.id.replace(/^import:/, ''),
      status: fill(e.statuses[s.status] ?? s.status, { date: s.keptFrom ? day(s.keptFrom) : '' }),
      reason: s.reason ?? '',
      problems: s.problems,
    })),
  };
}
