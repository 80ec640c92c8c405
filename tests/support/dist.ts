import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** Every HTML file below a built site, as site paths (`/en/news/x/`). */
export async function htmlPages(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Loads a built page for querying. */
export async function page(dist: string, sitePath: string): Promise<cheerio.CheerioAPI> {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return cheerio.load(await readFile(path.join(dist, file), 'utf8'));
}

/** Bytes of a built file. */
export async function size(dist: string, sitePath: string): Promise<number> {
  return (await stat(path.join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath))).size;
}

/** Bytes a visitor downloads for a page: its HTML and its stylesheets. */
export async function pageWeight(dist: string, sitePath: string): Promise<number> {
  const $ = await page(dist, sitePath);
  let bytes = await size(dist, sitePath);
  for (const el of $('link[rel=stylesheet]').toArray()) bytes += await size(dist, $(el).attr('href') ?? '');
  return bytes;
}
