/** The public profile page of an account as the registry or configuration writes it, or undefined
 * when the form is not recognised (then the handle is shown as text only). */
export function profileUrl(platform: string, handle: string): string | undefined {
  const h = handle.trim();
  if (/^https:\/\//.test(h)) return h;
  if (platform === 'x') return /^@?\w{1,15}$/.test(h) ? `https://x.com/${h.replace(/^@/, '')}` : undefined;
  if (platform === 'bluesky') return /^@?[a-z0-9.-]+\.[a-z]{2,}$/i.test(h) ? `https://bsky.app/profile/${h.replace(/^@/, '')}` : undefined;
  if (platform === 'mastodon') {
    const m = /^@?([\w.]+)@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(h);
    return m ? `https://${m[2]}/@${m[1]}` : undefined;
  }
  return undefined;
}
