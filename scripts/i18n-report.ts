// Each configured language's interface strings: how many are translated, which fall back to English,
// and any file that breaks the schema (the build would stop on it).
// Usage: npm run i18n:report [-- --missing]   exit: 0, or 1 when a strings file is invalid
import { parseArgs } from 'node:util';
import config from '../src/config/hub.config.ts';
import { coverage, coverageTable } from '../src/i18n/coverage.ts';
import { files } from '../src/i18n/strings/index.ts';

const { values } = parseArgs({ options: { missing: { type: 'boolean', default: false } } });
const langs = [...new Set([...config.languages.map((l) => l.code), ...Object.keys(files)])];
const rows = langs.map((lang) => coverage(lang, files[lang]));
console.log(coverageTable(rows));
for (const r of rows) {
  for (const p of r.problems) console.log(`src/i18n/strings/${r.lang}.json: ${p}`);
  if (values.missing && r.file) for (const m of r.missing) console.log(`${r.lang}: ${m} (in English)`);
}
process.exit(rows.some((r) => r.problems.length) ? 1 : 0);
