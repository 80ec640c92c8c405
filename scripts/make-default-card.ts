// Renders public/og/default.png, the card of pages that have none of their own yet.
// Run: npm run card:default (after changing the brand or its colours).
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import hubConfig from '../src/config/hub.config.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => readFile(require.resolve(`@fontsource/noto-sans/files/${file}`));

const { brand, colors, tagline } = hubConfig;
const el = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

const tree = el(
  'div',
  { width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', backgroundColor: colors.ink, color: colors.paper, fontFamily: 'Noto Sans', borderBottom: `16px solid ${colors.accent}` },
  [
    el('div', { fontSize: 40, fontWeight: 700, letterSpacing: 2 }, 'IPEX'),
    el('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
      el('div', { fontSize: 88, fontWeight: 700, lineHeight: 1.1 }, brand),
      el('div', { display: 'flex', width: 1056, fontSize: 36, lineHeight: 1.3, marginTop: 24 }, tagline.en ?? ''),
    ]),
  ],
);

const svg = await satori(tree as Parameters<typeof satori>[0], {
  width: 1200,
  height: 630,
  fonts: [
    { name: 'Noto Sans', data: await font('noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: await font('noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ],
});
const png = await sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer();
await writeFile(new URL('../public/og/default.png', import.meta.url), png);
console.log(`public/og/default.png: ${png.length} bytes`);
