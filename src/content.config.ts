import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { chamberLoader, discussionLoader, ipexLoader, memberLoader } from './content/loader.ts';
import type { Chamber } from './model/schemas.ts';
import type { Member } from './model/members.ts';
import type { DiscussionPost } from './discussion/schema.ts';
import type { ItemOf } from './model/item.ts';
import type { DocumentItem } from './model/document.ts';
import type { GlossaryTerm } from './model/glossary.ts';

// Items are validated by the loader (src/content/load.ts), which names file, item and field
// in its errors; these schemas only carry the loader's output types to getCollection().
export const collections = {
  news: defineCollection({ loader: ipexLoader('news'), schema: z.custom<ItemOf<'news'>>() }),
  events: defineCollection({ loader: ipexLoader('events'), schema: z.custom<ItemOf<'events'>>() }),
  topics: defineCollection({ loader: ipexLoader('topics'), schema: z.custom<ItemOf<'topics'>>() }),
  documents: defineCollection({ loader: ipexLoader('documents'), schema: z.custom<DocumentItem>() }),
  glossary: defineCollection({ loader: ipexLoader('glossary'), schema: z.custom<GlossaryTerm>() }),
  chambers: defineCollection({ loader: chamberLoader(), schema: z.custom<Chamber>() }),
  members: defineCollection({ loader: memberLoader(), schema: z.custom<Member>() }),
  discussion: defineCollection({ loader: discussionLoader(), schema: z.custom<DiscussionPost>() }),
};
