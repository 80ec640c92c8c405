import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { copyFixture, editItem } from '../support/fixture.ts';

describe('a build with an invalid item', () => {
  it('fails with one message naming the file, the item and the field, and writes no site', async () => {
    const content = await copyFixture();
    await editItem(content, 'news', 'n0000000000000000000000000000001', (i) => (i.published = '10/11/2026'));
    const out = await mkdtemp(path.join(tmpdir(), 'ipex-hub-dist-'));
    await rm(out, { recursive: true });
    const r = await buildSite(content, out);
    expect(r.code).not.toBe(0);
    const line = /snapshot\/news\.json: item "n0000000000000000000000000000001": field "published": an ISO 8601 date-time/g;
    expect(r.output.match(line)?.length).toBeGreaterThanOrEqual(1);
    expect(r.output).not.toMatch(/pages? built/);
  });
});
