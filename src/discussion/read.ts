import path from 'node:path';
import { fromZod } from '../model/errors.ts';
import { readJsonFile, shownDir } from '../content/files.ts';
import { discussionFileSchema, type DiscussionFile } from '../model/discussion.ts';

/** The discussion file, relative to the content folder. */
export const DISCUSSION_FILE = path.join('discussion', 'discussion.json');

/** Reads `content/discussion/discussion.json`: undefined when there is none; a broken one throws a ContentError naming the field. */
export async function readDiscussion(contentDir: string, shown: string = shownDir(contentDir)): Promise<DiscussionFile | undefined> {
  const where = path.join(shown, DISCUSSION_FILE);
  const json = await readJsonFile(path.join(contentDir, DISCUSSION_FILE), where);
  if (json === undefined) return undefined;
  const r = discussionFileSchema.safeParse(json);
  if (!r.success) throw fromZod({ file: where }, r.error);
  return r.data;
}
