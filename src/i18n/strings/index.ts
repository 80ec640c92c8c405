import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

/** English, the reference: it defines the keys, and fills any key another language lacks. */
export const reference = en;

/**
 * Every language's strings file as written, unchecked (`ui.ts` checks each on first use). Static
 * imports, so the bundler sees a changed file and the incremental build re-renders its pages.
 * To add a language: put `<lang>.json` here and import it below.
 */
export const files: Record<string, unknown> = { en, fr };
