import { statSync, type Stats } from 'node:fs';
import { copyFile, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
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

  /** The cached PNG's status (size, inode) for a key, or undefined when the cache lacks it. Synchronous,
   * like `copyTo`'s: a warm build checks tens of thousands of cards, and awaiting each call cost seconds. */
  stat(key: string): Stats | undefined {
    return statSync(this.file(key), { throwIfNoEntry: false });
  }

  /**
   * Puts the cached PNG at `dest`: a hard link where the file system allows one (no copy, no new
   * inode: creating files dominated the cost of a warm build), a copy otherwise. Cache files are
   * never written in place, so a link cannot change under the published file. The output folder is
   * kept between builds, so the link is usually there already: then nothing is written. `from` is
   * the cache file's status when the caller has it.
   */
  async copyTo(key: string, dest: string, from: Stats = statSync(this.file(key))): Promise<void> {
    const to = statSync(dest, { throwIfNoEntry: false });
    if (to && to.ino === from.ino && to.dev === from.dev) return;
    await unlink(dest).catch(() => undefined);
    try {
      await link(this.file(key), dest);
    } catch {
      await copyFile(this.file(key), dest);
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
