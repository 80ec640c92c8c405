import { isPlatformId, platformOf } from '../platforms/index.ts';

/** The public profile page of an account as the registry or configuration writes it, or undefined
 * when the form is not recognised (then the handle is shown as text only). */
export function profileUrl(platform: string, handle: string): string | undefined {
  const h = handle.trim();
  if (/^https:\/\//.test(h)) return h;
  return isPlatformId(platform) ? platformOf(platform).profile(h) : undefined;
}
