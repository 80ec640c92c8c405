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

/** A snapshot file as tests edit it. */
type EditableSnapshot = Record<string, unknown> & { items: Record<string, unknown>[] };

/** Changes a snapshot file of a copied fixture in place. */
export async function editSnapshot(dir: string, kind: string, change: (snapshot: EditableSnapshot) => void): Promise<void> {
  const file = path.join(dir, 'snapshot', `${kind}.json`);
  const snap: EditableSnapshot = JSON.parse(await readFile(file, 'utf8'));
  change(snap);
  await writeFile(file, JSON.stringify(snap, null, 2));
}

/** Changes one snapshot item of a copied fixture in place. */
export async function editItem(dir: string, kind: string, id: string, change: (item: Record<string, unknown>) => void): Promise<void> {
  await editSnapshot(dir, kind, (snap) => {
    const item = snap.items.find((i) => i.id === id);
    if (!item) throw new Error(`fixture has no ${kind} item ${id}`);
    change(item);
  });
}
