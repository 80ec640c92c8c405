// Which files a build wrote: a listing of the output folder before and one after, compared by inode,
// modification time and size. A card that the build hard-links from the card cache keeps the cache
// file's inode and time, so it counts as reused, not written, even when Astro emptied the folder first.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A file's identity as far as "was it written" goes. */
interface FileMark {
  ino: number;
  mtimeMs: number;
  size: number;
}

/** Every file under a folder (relative path → mark); empty when the folder does not exist. */
export async function listFiles(dir: string): Promise<Map<string, FileMark>> {
  const files = new Map<string, FileMark>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return files;
  }
  await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = path.join(e.parentPath, e.name);
        const s = await stat(full);
        files.set(path.relative(dir, full), { ino: s.ino, mtimeMs: s.mtimeMs, size: s.size });
      }),
  );
  return files;
}

/** What changed between two listings. */
export interface FilesDiff {
  /** Files after the build. */
  total: number;
  /** Files new or with another inode, time or size: written by the build. */
  written: number;
  /** Bytes of the written files. */
  writtenBytes: number;
  /** Files before the build that are gone after it. */
  removed: number;
}

/** Compares the listings before and after a build. */
export function diffFiles(before: Map<string, FileMark>, after: Map<string, FileMark>): FilesDiff {
  let written = 0;
  let writtenBytes = 0;
  for (const [name, a] of after) {
    const b = before.get(name);
    if (!b || b.ino !== a.ino || b.mtimeMs !== a.mtimeMs || b.size !== a.size) {
      written++;
      writtenBytes += a.size;
    }
  }
  const removed = [...before.keys()].filter((name) => !after.has(name)).length;
  return { total: after.size, written, writtenBytes, removed };
}
