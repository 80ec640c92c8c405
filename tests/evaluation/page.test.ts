import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../src/evaluation/history.ts';
import { ROOT, SAMPLE_DIST, SMALL_DIST } from '../support/build.ts';
import { htmlPages } from '../support/dist.ts';

const page = async (dist: string, p: string) => cheerio.load(await readFile(path.join(dist, p), 'utf8'));

describe('the scorecard in the sample build', () => {
  it('shows the committed sample history, marked as sample, with the latest figures of the snapshots', async () => {
    const $ = await page(SAMPLE_DIST, 'en/evaluation/index.html');
    expect($('.notice').text()).toMatch(/Sample data/);
    const latest = (await readHistory(path.join(ROOT, 'content/evaluation'))).at(-1);
    const mastodon = latest?.sources.find((s) => s.id === 'mastodon:hub');
    const totals = $('#h-followers').closest('section').find('table').last();
    const row = totals.find('tbody tr').filter((_, tr) => $(tr).find('th').text() === 'Mastodon · hub');
    expect(row.find('td').eq(1).text()).toBe(String(mastodon?.followers));
    const visits = latest?.sources.find((s) => s.id === 'visitors')?.visits ?? {};
    const vrow = $('#h-visitors')
      .closest('section')
      .find('table')
      .last()
      .find('tbody tr')
      .filter((_, tr) => $(tr).find('th').text() === 'Mastodon');
    expect(vrow.find('td').eq(1).text()).toBe(String(visits.mastodon));
    // LinkedIn's API is not configured in the sample: it is listed as such, and its export shows no follower count.
    expect($('#h-sources').closest('section').text()).toMatch(/LinkedIn · hub\s*not configured: LINKEDIN_TOKEN/);
  });

  it('every chart is a figure with a caption, an SVG named by its title, and a table with caption and headers beside it', async () => {
    const $ = await page(SAMPLE_DIST, 'fr/evaluation/index.html');
    const figures = $('figure');
    expect(figures).toHaveLength(4);
    figures.each((_, f) => {
      const svg = $(f).find('svg');
      expect(svg.attr('role')).toBe('img');
      const [titleId] = (svg.attr('aria-labelledby') ?? '').split(' ');
      expect($(`#${titleId}`).text().length).toBeGreaterThan(0);
      expect($(f).find('figcaption').text().length).toBeGreaterThan(0);
      const table = $(f).next('.scroll').find('table');
      expect(table.find('caption').text().length).toBeGreaterThan(0);
      expect(table.find('th[scope=col]').length).toBeGreaterThan(1);
    });
  });

  it('has its card, downloads, and campaign tags on "Read on IPEX" but not on canonical URLs', async () => {
    const $ = await page(SAMPLE_DIST, 'en/evaluation/index.html');
    const image = new URL($('meta[property="og:image"]').attr('content') ?? '').pathname;
    await expect(readFile(path.join(SAMPLE_DIST, image))).resolves.toBeTruthy();
    const csv = await readFile(path.join(SAMPLE_DIST, 'evaluation/scorecard.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('criterion,channel,platform,owner,week_start,week_end,value,sample');
    expect(JSON.parse(await readFile(path.join(SAMPLE_DIST, 'evaluation/scorecard.json'), 'utf8'))).toMatchObject({ sample: true });
    const news = (await htmlPages(SAMPLE_DIST)).find((p) => /^\/en\/news\/(?!page\/)[^/]+\/$/.test(p)) ?? '';
    const item = await page(SAMPLE_DIST, `${news.slice(1)}index.html`);
    const source = new URL(item('a.source').attr('href') ?? '');
    expect(Object.fromEntries(source.searchParams)).toMatchObject({ utm_source: 'ipex-hub', utm_medium: 'referral', utm_campaign: 'ipex-hub-trial' });
    expect(item('link[rel=canonical]').attr('href')).not.toMatch(/utm_/);
  });

  it('a build without history says so and shows no figure as zero', async () => {
    const $ = await page(SMALL_DIST, 'en/evaluation/index.html');
    expect($('main').text()).toMatch(/No figures have been collected yet/);
    expect($('main td').filter((_, td) => $(td).text() === '0')).toHaveLength(0);
  });
});
