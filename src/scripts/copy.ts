// Copy buttons: optional, the text stays selectable without JavaScript. A button copies its
// `data-copy` value or the value of the element named by `data-copy-from`, then says so.
const live = document.getElementById('copy-status');
const say = (text: string | undefined) => {
  if (live && text) live.textContent = text;
};
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-from]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const from = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
    const text = from instanceof HTMLTextAreaElement ? from.value : (button.dataset.copy ?? '');
    try {
      await navigator.clipboard.writeText(text);
      say(button.dataset.done ?? live?.dataset.ok);
    } catch {
      say(live?.dataset.failed);
    }
  });
}
