import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes a file so that readers see the old or the new content, never a part: temp file, fsync, rename. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `${path.basename(file)}.tmp-${process.pid}`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new Error(`${file}: could not be written: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  await syncDir(path.dirname(file));
}

/** Makes the rename itself durable where the platform allows it. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported everywhere (Windows); the rename is atomic regardless.
  }
}
