/** The languages tests build and sync in (HUB_LANGUAGES): those the fixtures and the sample speak
 * throughout. Building all 24 would multiply every test build's time. */
export const TEST_LANGUAGES = 'en,fr';
