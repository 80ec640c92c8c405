import type { TextItem } from '../model/item.ts';
import { utcDay } from '../model/time.ts';
import { dateFormat } from './locale.ts';
import { eventPlace } from './place.ts';
import { fill, ui } from './ui.ts';

/** The day a text was adopted, in the language: "1 December 2026". */
export function adoptedDay(text: Pick<TextItem, 'adopted'>, lang: string): string {
  return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(utcDay(text.adopted));
}

/** Who adopted a text, where and when, in one line under its title ("Contribution of the LXXVI COSAC"): "Adopted by COSAC in Warsaw on 1 December 2026". */
export function adoptedLine(text: Omit<TextItem, 'summary'>, lang: string): string {
  const t = ui(lang);
  const where = eventPlace(text.meeting, lang);
  const place = where.city?.text ?? where.venue?.text;
  const values = { body: t.adoptedByBody[text.meeting.conference], date: adoptedDay(text, lang) };
  return place ? fill(t.adoptedIn, { ...values, place }) : fill(t.adoptedOn, values);
}
