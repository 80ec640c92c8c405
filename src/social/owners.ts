import { itemChambers, type Item } from '../model/item.ts';
import type { Chamber } from '../model/schemas.ts';

/** The chambers whose own accounts also announce an item: a news item's chambers, an event's organiser,
 * and for a text a conference adopted every chamber that opted in for that body (`announce.bodies`). */
export function announcingChambers(item: Item, chambers: Iterable<Chamber>): string[] {
  if (item.kind === 'texts') return [...chambers].filter((ch) => ch.announce?.bodies.includes(item.meeting.conference)).map((ch) => ch.code);
  return itemChambers(item);
}
