import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { remember } from '../model/memo.ts';
import { fontDigest } from './fonts.ts';
import type { CardSpec } from './spec.ts';

/** Bump when a template changes on purpose: every card gets a new URL and is drawn again. */
export const TEMPLATE_VERSION = 15;

/** Keys of the specs made in this module's copy (specs are never changed once made): the card list
 * asks again for the key its page's image already has. */
const keys = new WeakMap<CardSpec, string>();

/** The card's content hash: template version, fonts and data. Names the file and the cache entry. */
export function cardKey(spec: CardSpec, version: number = TEMPLATE_VERSION, fonts: string = fontDigest()): string {
  if (version === TEMPLATE_VERSION && fonts === fontDigest()) return remember(keys, spec, () => hash(spec, version, fonts));
  return hash(spec, version, fonts);
}

function hash(spec: CardSpec, version: number, fonts: string): string {
  return createHash('sha256')
    .update(`${version}\n${fonts}\n${stringify(spec)}`)
    .digest('hex')
    .slice(0, 16);
}
