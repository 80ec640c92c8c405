import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { remember } from '../model/memo.ts';

const require = createRequire(import.meta.url);
/** Twemoji SVGs, shipped with the project through the npm registry (never fetched at build time). */
const EMOJI_DIR = path.dirname(require.resolve('@twemoji/svg/package.json'));
const cache = new Map<string, string | undefined>();

/** Twemoji's file name for a grapheme: code points in hex joined by `-`, FE0F dropped unless it is needed. */
function candidates(grapheme: string): string[] {
  const cps = [...grapheme].map((c) => c.codePointAt(0)?.toString(16) ?? '');
  const all = cps.join('-');
  const bare = cps.filter((c) => c !== 'fe0f').join('-');
  return all === bare ? [all] : [bare, all];
}

/** A data URI of the emoji's SVG, or undefined when Twemoji has none. */
export function emojiImage(grapheme: string): string | undefined {
  return remember(cache, grapheme, () => {
    for (const name of candidates(grapheme)) {
      try {
        return `data:image/svg+xml;base64,${readFileSync(path.join(EMOJI_DIR, `${name}.svg`)).toString('base64')}`;
      } catch {
        // try the next spelling
      }
    }
    return undefined;
  });
}
