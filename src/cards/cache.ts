import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where rendered cards are kept between builds: `HUB_CARD_CACHE`, or node_modules/.cache. */
export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.HUB_CARD_CACHE || 'node_modules/.cache/ipex-hub/cards');
}

/** A folder of PNGs named by card key. */
export class CardCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  /** The cached PNG for a key, if any. */
  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.file(key));
    } catch {
      return undefined;
    }
  }

  /** Stores a PNG; written under a temporary name and renamed, so a crash leaves no half file. */
  async put(key: string, png: Buffer): Promise<void> {
    await mkdir(path.dirname(this.file(key)), { recursive: true });
    const tmp = `${this.file(key)}.${process.pid}.tmp`;
    await writeFile(tmp, png);
    await rename(tmp, this.file(key));
  }

  private file(key: string): string {
    return path.join(this.dir, `${key.slice(0, 2)}`, `${key}.png`);
  }
}
