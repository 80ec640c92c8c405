import { defineCollection } from 'astro:content';
import { chamberLoader, discussionLoader, ipexLoader, memberLoader, storedSchema } from './content/loader.ts';
import { chamberSchema } from './model/schemas.ts';
import { z } from 'zod';
import { memberSchema } from './model/members.ts';
import { discussionPostSchema } from './model/discussion.ts';
import type { ItemOf } from './model/item.ts';
import type { DocumentItem } from './model/document.ts';
import type { GlossaryTerm } from './model/glossary.ts';

// Each loader validates what it reads (src/content/load.ts names file, item and field in its errors);
// these schemas check what it stores, as the loader's output types for getCollection().
export const collections = {
  news: defineCollection({ loader: ipexLoader('news'), schema: storedSchema<ItemOf<'news'>>('news') }),
  events: defineCollection({ loader: ipexLoader('events'), schema: storedSchema<ItemOf<'events'>>('events') }),
  topics: defineCollection({ loader: ipexLoader('topics'), schema: storedSchema<ItemOf<'topics'>>('topics') }),
  documents: defineCollection({ loader: ipexLoader('documents'), schema: storedSchema<DocumentItem>('documents') }),
  glossary: defineCollection({ loader: ipexLoader('glossary'), schema: storedSchema<GlossaryTerm>('glossary') }),
  chambers: defineCollection({ loader: chamberLoader(), schema: chamberSchema }),
  members: defineCollection({ loader: memberLoader(), schema: memberSchema.extend({ id: z.string() }) }),
  discussion: defineCollection({ loader: discussionLoader(), schema: discussionPostSchema }),
};
