import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';
import { runNode } from '../support/run.ts';

describe('npm run i18n:report', () => {
  it('prints the coverage of each of the 24 configured languages, HUB_LANGUAGES or not, and exits 0 when every file is valid', async () => {
    const r = await runNode([path.join(ROOT, 'scripts/i18n-report.ts')], { cwd: ROOT, env: { ...process.env, HUB_LANGUAGES: 'en' } });
    expect(r.code, r.output).toBe(0);
    const rows = r.output.trim().split('\n').slice(2);
    expect(rows.map((row) => row.split(/\s+/)[0]).sort()).toEqual('bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' '));
    expect(rows.find((row) => row.startsWith('en '))).toMatch(/^en\s+yes\s+(\d+)\/\1\s+100%$/);
  });
});
