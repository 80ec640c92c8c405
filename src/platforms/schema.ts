import { z } from 'zod';

// Small pieces of the chamber registry's account entries (`announce.<platform>` in registries/chambers.json).

/** An environment variable's name (the variable holds a secret; the registry never does). */
export const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name such as FRASS_MASTODON_TOKEN');
/** The hub language an account posts in. */
export const postLang = z.string().regex(/^[a-z]{2}$/, 'a hub language code such as fr');
/** Owner and language, common to every account. */
export const ownerFields = { owner: z.string().min(1), lang: z.string().min(2) };
