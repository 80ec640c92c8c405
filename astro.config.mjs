// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { hub } from './src/config/resolve.ts';
import { cards } from './src/cards/integration.ts';
import { search } from './src/search/integration.ts';

// Everything deployment-specific lives in src/config/; this file only wires Astro to it.
export default defineConfig({
  site: hub.site,
  outDir: process.env.HUB_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages carry no client JavaScript; prefetch and the dev toolbar would add some.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    cards(),
    search(),
    sitemap({
      // The root is a language chooser, not a language version: keep it out of the hreflang sets.
      filter: (page) => new URL(page).pathname !== '/' && !/\/404(\.html|\/)$/.test(page),
      i18n: {
        defaultLocale: hub.languages[0]?.code ?? 'en',
        locales: Object.fromEntries(hub.languages.map((l) => [l.code, l.ogLocale.replace('_', '-')])),
      },
    }),
  ],
});
