import './copy.ts';

// The device's share sheet, where the browser has one (feature-detected; needs a click and https).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-native-share]')) {
  if (typeof navigator.share !== 'function') continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.share({ title: button.dataset.title ?? document.title, url: button.dataset.nativeShare ?? location.href }).catch(() => {});
  });
}

// Mastodon: the visitor names their server once; it is kept in this browser only (localStorage).
const KEY = 'ipex-hub:mastodon-instance';
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-mastodon]')) {
  const input = form.querySelector('input');
  if (!input) continue;
  form.hidden = false;
  form.parentElement?.querySelector('.no-js')?.setAttribute('hidden', '');
  input.value = localStorage.getItem(KEY) ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const instance = input.value
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(instance)) {
      input.setCustomValidity('mastodon.social');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    localStorage.setItem(KEY, instance);
    window.open((form.dataset.mastodon ?? '').replace('{instance}', instance), '_blank', 'noopener');
  });
}
