import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { request } from '../http/request.ts';
import type { HttpContext } from './http.ts';
import type { AnnounceVersion } from './input.ts';
import type { ImageBytes } from './thumb.ts';

/** An item's wide card: from the built site when it is at hand (`root`, the folder new.json came from), else from its public URL. */
export async function loadCard(version: AnnounceVersion, root: string | undefined, http: HttpContext): Promise<ImageBytes> {
  const { card } = version;
  if (root) {
    try {
      return { bytes: new Uint8Array(await readFile(path.join(root, card.path))), mime: card.type };
    } catch (e) {
      if (!(e instanceof Error && 'code' in e && e.code === 'ENOENT')) throw e;
    }
  }
  const res = await request(card.url, { headers: { Accept: 'image/*' } }, { ...http, label: `GET ${card.url}` });
  if (res.status !== 200) throw new Error(`card ${card.url}: HTTP ${res.status}`);
  return { bytes: new Uint8Array(res.body), mime: res.headers.get('content-type')?.split(';')[0]?.trim() || card.type };
}
