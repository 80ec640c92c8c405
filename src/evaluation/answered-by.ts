import type { DiscussionFile } from '../model/discussion.ts';
import type { PostFigures } from './schema.ts';

type Answers = NonNullable<PostFigures['answeredBy']>;

/** Per post (`platform remoteId`), the replies and quotes by parliaments' official accounts and by their
 * registered members, per chamber, from the last `npm run discussion` (a sample file counts nothing). */
export function answersByPost(discussion: DiscussionFile | undefined): Map<string, Answers> {
  const out = new Map<string, Answers>();
  if (!discussion || discussion.sample) return out;
  for (const p of discussion.posts) {
    const answers: Answers = {};
    for (const e of p.entries) {
      const code = e.author.type === 'chamber' ? e.author.code : e.author.chamber;
      const row = (answers[code] ??= { chamber: 0, members: 0 });
      if (e.author.type === 'chamber') row.chamber++;
      else row.members++;
    }
    if (Object.keys(answers).length) out.set(`${p.platform} ${p.remoteId}`, answers);
  }
  return out;
}
