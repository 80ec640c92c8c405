import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, TEST_NOW, TEST_SITE } from './build.ts';
import { TEST_LANGUAGES } from './languages.ts';
import { runNode } from './run.ts';

/**
 * A copy of the project in `work` (sources, configuration; node_modules linked), with `content` copied
 * to `work/content`, so that a test can change inputs or templates and run the real `astro build`.
 */
export async function copyProject(work: string, content: string): Promise<void> {
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    await cp(path.join(ROOT, f), path.join(work, f), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  await cp(content, path.join(work, 'content'), { recursive: true });
}

/** What an incremental build did: the files it rendered, and how many it reused. */
export interface CopyBuild {
  rendered: string[];
  reused: number;
  output: string;
}

/** `astro build` in the copy; `name` picks the output (`out/<name>`) and cache folders. */
export async function buildCopy(work: string, name: string, env: Record<string, string> = {}): Promise<CopyBuild> {
  const r = await runNode([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      HUB_CONTENT_DIR: path.join(work, 'content'),
      HUB_OUT_DIR: `out/${name}`,
      HUB_BUILD_CACHE: `cache/${name}/`,
      HUB_NOW: TEST_NOW,
      SITE_URL: TEST_SITE,
      HUB_LANGUAGES: process.env.HUB_LANGUAGES ?? TEST_LANGUAGES,
      ...env,
    },
  });
  if (r.code !== 0) throw new Error(`build ${name} failed:\n${r.output.slice(-3000)}`);
  // Astro lists every file it generates, marking those it took from its cache.
  const lines = r.output.split('\n').filter((l) => l.includes('├─ '));
  const reused = lines.filter((l) => /\((cached|restored)\)/.test(l)).length;
  const rendered = lines.filter((l) => !/\((cached|restored)\)/.test(l)).map((l) => l.replace(/^.*├─ (\S+).*$/, '$1'));
  return { rendered, reused, output: r.output };
}
