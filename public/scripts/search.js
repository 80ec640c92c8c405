// Search with Pagefind: its index is written next to the site at build time, in parts
// (/pagefind/<lang>-<section>-<month or year>/, listed per language in /pagefind/parts.json) so that a build
// re-indexes only what changed; the first part of the page's language is loaded and the others are
// merged into it. Nothing is loaded from anyone else. Plain JavaScript served as it is: the index is
// not part of the bundle, so the bundler must not rewrite this import.
const form = document.querySelector('form[data-search]');
const list = document.getElementById('search-results');
const said = document.getElementById('search-status');
if (form && list && said) {
  form.hidden = false;
  document.querySelector('.no-js')?.setAttribute('hidden', '');
  const input = form.querySelector('input');
  // "{n} results": the form Intl.PluralRules picks among the language's own (data-results, by CLDR category).
  const forms = JSON.parse(form.dataset.results ?? '{}');
  const countForm = (n) => forms[new Intl.PluralRules(form.dataset.pluralLang).select(n)] ?? forms.other ?? '';
  let pagefind;
  const load = async () => {
    const lang = document.documentElement.lang;
    const parts = (await (await fetch('/pagefind/parts.json')).json())[lang] ?? [];
    const [first, ...rest] = parts;
    if (!first) return { search: async () => ({ results: [] }) };
    const pf = await import(`/pagefind/${first}/pagefind.js`);
    await pf.options({ basePath: `/pagefind/${first}/` });
    // Merged together: each merge fetches its part's entry, and one at a time took seconds.
    await Promise.all(rest.map((part) => pf.mergeIndex(`/pagefind/${part}/`, { language: lang })));
    return pf;
  };
  const run = async (term) => {
    pagefind ??= load();
    const { results } = await (await pagefind).search(term);
    const found = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...found.map((f) => {
        const li = document.createElement('li');
        const a = li.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
        a.href = f.url;
        a.textContent = f.meta.title ?? f.url;
        // Excerpts mark the hits with <mark>; keep the words, not the markup.
        li.appendChild(document.createElement('p')).textContent = new DOMParser().parseFromString(f.excerpt, 'text/html').body.textContent ?? '';
        return li;
      }),
    );
    said.textContent = (results.length ? countForm(results.length) : (form.dataset.none ?? ''))
      .replace('{n}', new Intl.NumberFormat(form.dataset.pluralLang).format(results.length))
      .replace('{q}', term);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input?.value.trim() ?? '';
    if (term) run(term);
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q && input) {
    input.value = q;
    run(q);
  }
}
