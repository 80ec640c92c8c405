import { describe, expect, it } from 'vitest';
import { cutSlug, editorialSlug, editorialSlugs, isEditorialId, slugOfText } from '../../src/model/identity.ts';

describe('identity rules', () => {
  it("decides an editor's slug as the build does: slug: first, else the file name; none for an override", () => {
    expect(editorialSlug({ stem: 'budget-week', front: { id: 'hub-budget' } })).toBe('budget-week');
    expect(editorialSlug({ stem: 'budget-week', front: { id: 'hub-budget', slug: 'budget-2027' } })).toBe('budget-2027');
    expect(editorialSlug({ stem: 'french-text', front: { id: 'n-1001' } })).toBeUndefined();
    expect(
      editorialSlugs([
        { stem: 'a', front: { id: 'hub-a' } },
        { stem: 'b', front: { id: 'hub-b', slug: 'bee' } },
        { stem: 'c', front: { id: 'n-1' } },
        { stem: 'd', front: { id: 'hub-d', slug: 42 } },
      ]),
    ).toEqual(new Set(['a', 'bee']));
  });

  it('tells editors’ ids from IPEX ids, and cuts slugs at a dash', () => {
    expect([isEditorialId('hub-x'), isEditorialId('n-1'), isEditorialId(undefined)]).toEqual([true, false, false]);
    expect(cutSlug('alpha-beta-gamma', 12)).toBe('alpha-beta');
    expect(slugOfText('Budget 2027 & beyond', 20)).toBe('budget-2027-and');
  });
});
