// Copy buttons on the feeds page: optional, the addresses stay selectable text without JavaScript.
const live = document.getElementById('copy-status');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      if (live) live.textContent = live.dataset.ok ?? '';
    } catch {
      if (live) live.textContent = live.dataset.failed ?? '';
    }
  });
}
