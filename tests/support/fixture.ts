import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.ts';

/** A fresh copy of tests/fixtures/small that a test may change. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipex-hub-content-'));
  await cp(path.join(ROOT, 'tests/fixtures/small'), dir, { recursive: true });
  return dir;
}

/** Changes one snapshot item of a copied fixture in place. */
export async function editItem(dir: string, kind: string, id: string, change: (item: Record<string, unknown>) => void): Promise<void> {
  const file = path.join(dir, 'snapshot', `${kind}.json`);
  const snap = JSON.parse(await readFile(file, 'utf8')) as { items: Record<string, unknown>[] };
  const item = snap.items.find((i) => i.id === id);
  if (!item) throw new Error(`fixture has no ${kind} item ${id}`);
  change(item);
  await writeFile(file, JSON.stringify(snap, null, 2));
}
