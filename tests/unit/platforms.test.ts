import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configuredAccounts } from '../../src/announce/accounts.ts';
import { hub } from '../../src/config/resolve.ts';
import { IMPORT_FORMATS } from '../../src/evaluation/imports/formats.ts';
import { chamberAnnounceSchema } from '../../src/model/schemas.ts';
import { PLATFORM_IDS, PLATFORMS } from '../../src/platforms/index.ts';
import { pageSharePanel } from '../../src/routes/share.ts';
import { LIMITS } from '../../src/social/count.ts';
import { ui } from '../../src/i18n/ui.ts';
import { ROOT } from '../support/build.ts';

// The registry (src/platforms/) is the one list of platforms: the share bar, the post kit, the announcer and
// the scorecard take every entry from it, and no other code names a platform the registry added last.

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.(ts|mjs|astro)$/.test(e.name)) out.push(p);
  }
  return out;
}

describe('the platform registry', () => {
  it('gives the post kit a text within its limit, and the share bar a link, for every entry', () => {
    const panel = pageSharePanel('/en/news/', 'en', 'News from the parliaments', 'What national parliaments say about EU proposals', true);
    expect(panel.posts.map((p) => p.platform).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const { platform, post } of panel.posts) expect(LIMITS[platform].count(post.text), platform).toBeLessThanOrEqual(LIMITS[platform].max);
    // The share bar shows what the configuration lists; every registry entry is among them in the hub's own configuration.
    const bar = panel.links.map((l) => l.platform);
    for (const id of PLATFORM_IDS) expect(bar, id).toContain(id);
    for (const l of panel.links) expect(l.href, l.platform).toMatch(/^(https:\/\/|mailto:)/);
    expect(hub.social.platforms).toEqual(bar);
  });

  it('has every entry’s name in every language’s strings', () => {
    for (const lang of ['en', 'fr']) for (const id of PLATFORM_IDS) expect(ui(lang).platformNames[id], `${lang} ${id}`).toBeTruthy();
  });

  it('gives the announcer one hub account per entry from its variables, and a registry entry per platform for chambers', () => {
    const env = Object.fromEntries(PLATFORMS.flatMap((p) => p.env.required.map((k) => [k, /ORGANIZATION|PAGE_ID/.test(k) ? '123' : `value-of-${k}`])));
    const { accounts, skipped } = configuredAccounts(env, [], 'en');
    expect(skipped).toEqual([]);
    expect(accounts.map((a) => a.platform)).toEqual(PLATFORM_IDS);
    for (const p of PLATFORMS)
      expect(
        p.secrets(accounts.find((a) => a.platform === p.id) ?? { platform: '', owner: '', lang: '' }).every((s) => s.startsWith('value-of-')),
        p.id,
      ).toBe(true);
    expect(
      Object.keys(chamberAnnounceSchema.shape)
        .filter((k) => k !== 'bodies')
        .sort(),
    ).toEqual([...PLATFORM_IDS].sort());
  });

  it('gives the scorecard every entry’s figures source, and the exports of those whose API may give none', () => {
    for (const p of PLATFORMS) expect(typeof p.figures, p.id).toBe('function');
    expect(new Set(IMPORT_FORMATS.map((f) => f.platform))).toEqual(new Set(['linkedin', 'x', 'facebook', 'matomo', 'plausible']));
  });

  it('is the only code that names X or Facebook as a platform (their module, their strings, the configuration aside)', async () => {
    // The configuration chooses the share bar's order; the stand-ins and the sample history play the platforms.
    const allowed = (f: string) =>
      f.startsWith('src/platforms/') ||
      f.startsWith('src/i18n/') ||
      f === 'src/config/hub.config.ts' ||
      f.startsWith('scripts/fake-social/') ||
      f === 'scripts/serve-fake-social.ts' ||
      f === 'scripts/make-sample-evaluation.ts';
    const added = PLATFORMS.filter((p) => p.id === 'x' || p.id === 'facebook');
    const vars = added.flatMap((p) => [...p.env.required, ...Object.keys(p.env.optional), ...(p.quota ? [p.quota.env] : [])]);
    expect(vars).toContain('X_TOKEN');
    const naming = new RegExp(`['"\`](x|facebook)['"\`]|\\b(${vars.join('|')})\\b|api\\.x\\.com|graph\\.facebook\\.com|x\\.com/intent|facebook\\.com/sharer`);
    const offenders: string[] = [];
    for (const f of [...(await files(path.join(ROOT, 'src'))), ...(await files(path.join(ROOT, 'scripts')))]) {
      const rel = path.relative(ROOT, f);
      if (allowed(rel)) continue;
      (await readFile(f, 'utf8')).split('\n').forEach((line, i) => {
        if (naming.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
