import { describe, expect, it } from 'vitest';
import { archivePages } from '../../src/routes/paths.ts';

/** Items n..1, newest first, as a section lists them. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('archive pages, numbered from the oldest', () => {
  it('keeps short lists on the front page alone', () => {
    expect(archivePages([], 3)).toEqual({ front: [], archive: [] });
    expect(archivePages(newestFirst(5), 3)).toEqual({ front: [5, 4, 3, 2, 1], archive: [] });
  });

  it('puts the oldest items on page 1 and between size and 2 × size − 1 items on the front page', () => {
    const { front, archive } = archivePages(newestFirst(11), 3);
    expect(archive).toEqual(
      [
        [3, 2, 1],
        [6, 5, 4],
        [9, 8, 7],
      ].slice(0, 2),
    );
    expect(front).toEqual([11, 10, 9, 8, 7]);
    expect([...front, ...archive.toReversed().flat()]).toEqual(newestFirst(11));
  });

  it('changes only the front page when an item arrives, and only adds a page when the front page splits', () => {
    for (let n = 6; n < 40; n++) {
      const before = archivePages(newestFirst(n), 3);
      const after = archivePages(newestFirst(n + 1), 3);
      // Every archive page that existed keeps exactly its items (and so its URL and its cache entry).
      expect(after.archive.slice(0, before.archive.length), `${n} → ${n + 1}`).toEqual(before.archive);
      expect(after.archive.length - before.archive.length).toBeLessThanOrEqual(1);
      expect(after.front.length).toBeGreaterThanOrEqual(3);
      expect(after.front.length).toBeLessThanOrEqual(5);
    }
  });

  it('keeps every page’s number and other items when an item is withdrawn: its page shows one fewer', () => {
    const all = newestFirst(11);
    const before = archivePages(all, 3);
    const after = archivePages(all, 3, (x) => x !== 2);
    expect(after.archive).toEqual([
      [3, 1],
      [6, 5, 4],
    ]);
    expect(after.archive[1]).toEqual(before.archive[1]);
    expect(after.front).toEqual(before.front);
  });
});
