import { createHash } from 'node:crypto';
import type { SnapshotKind } from '../model/vocabulary.ts';

/** Items made by an earlier load, found by kind, id and the digest of their input (the content
 * layer's store keeps them between builds: src/content/loader.ts). */
export interface Reuse {
  /** Digest of the code that validates and renders items: a change to it makes every digest new. */
  code: string;
  get(kind: SnapshotKind, id: string, digest: string): unknown;
}

/** What an item's result depends on besides its own data. */
export interface DigestOptions {
  site?: string | undefined;
  defaultTimeZone: string;
  reuse?: Reuse | undefined;
}

/** The digest of what an item is made from: its merged data, the options and the code. */
export function inputDigest(kind: SnapshotKind, data: unknown, opts: DigestOptions): string {
  return createHash('sha256').update(JSON.stringify([kind, data, opts.site ?? '', opts.defaultTimeZone, opts.reuse?.code ?? ''])).digest('base64url');
}
