import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The card fonts: Noto Sans (Latin with extensions, Greek, Cyrillic), from the npm registry. */
export const FONT_FILES = [
  { weight: 400, file: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf') },
  { weight: 700, file: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf') },
] as const;

/** The family name templates use. */
export const FONT_FAMILY = 'Noto Sans';

/** A font as satori takes it. */
export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let loaded: SatoriFont[] | undefined;
let digest: string | undefined;

/** The font files' bytes, read once per thread. */
export function loadFonts(): SatoriFont[] {
  loaded ??= FONT_FILES.map((f) => ({ name: FONT_FAMILY, data: readFileSync(f.file), weight: f.weight, style: 'normal' as const }));
  return loaded;
}

/** A hash of the font files: a changed font gives every card a new name. */
export function fontDigest(): string {
  if (!digest) {
    const h = createHash('sha256');
    for (const f of loadFonts()) h.update(f.data);
    digest = h.digest('hex');
  }
  return digest;
}
