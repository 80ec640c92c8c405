/** The languages tests build and sync in (HUB_LANGUAGES): those the fixtures and the sample speak
 * throughout. Building all 24 would multiply every test build's time. */
export const TEST_LANGUAGES = 'en,fr';

/** The languages of the shared build of tests/fixtures/small: English and French, and one language
 * of each script and of the hardest Latin letters (German, Greek, Bulgarian, Polish, Irish, Maltese),
 * which some of its items have. Only its items in those languages get pages in them, so the build
 * stays small while every page shape is checked (Nu, axe, 360 px) in each. */
export const SMALL_LANGUAGES = 'en,fr,de,el,bg,pl,ga,mt';
