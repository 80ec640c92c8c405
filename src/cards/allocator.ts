// mimalloc, the allocator that resvg, the bundler (Rolldown) and Astro's compiler each link, reads
// MIMALLOC_PURGE_DELAY from the process environment when its library loads; only the main thread's
// process.env writes to that environment.
// - resvg wants "never" (-1): handing each freed pixmap back to the system and faulting fresh pages
//   in for the next card cost about a fifth more CPU per card.
// - The bundler wants "at once" (0, which `npm run build` sets before Node starts): with a delay, the
//   pages its threads freed stay resident once they go idle after bundling.
// So "never" is set only while the first card worker loads resvg (`resvgLoading`, `resvgLoaded`).

const NAME = 'MIMALLOC_PURGE_DELAY';

/** Sets the purge delay to "never" and returns what puts the environment back: call that once resvg
 * has loaded, so that no library loaded afterwards inherits it. */
export function keepFreedPages(): () => void {
  const before = process.env[NAME];
  process.env[NAME] = '-1';
  return () => {
    if (before === undefined) delete process.env[NAME];
    else process.env[NAME] = before;
  };
}

// resvg loads once per process, whatever the worker: undefined before the first worker starts, the
// undoing function while it loads, null once it has.
let restore: (() => void) | null | undefined;

/** A card worker is about to start: the first one gets "never" for resvg. */
export function resvgLoading(): void {
  if (restore === undefined) restore = keepFreedPages();
}

/** A card worker has answered, so resvg has loaded: the build's own setting comes back, once. */
export function resvgLoaded(): void {
  restore?.();
  restore = null;
}
