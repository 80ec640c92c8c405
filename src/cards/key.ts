import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { fontDigest } from './fonts.ts';
import type { CardSpec } from './spec.ts';

/** Bump when a template changes on purpose: every card gets a new URL and is drawn again. */
export const TEMPLATE_VERSION = 15;

/** The card's content hash: template version, fonts and data. Names the file and the cache entry. */
export function cardKey(spec: CardSpec, version: number = TEMPLATE_VERSION, fonts: string = fontDigest()): string {
  return createHash('sha256')
    .update(`${version}\n${fonts}\n${stringify(spec)}`)
    .digest('hex')
    .slice(0, 16);
}
