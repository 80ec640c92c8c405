import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import ICAL from 'ical.js';

/** Parses XML with a strict, conformant parser; throws on any well-formedness error. Returns the root element name. */
export function strictXml(text: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let root = '';
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    root ||= tag.local;
  });
  parser.write(text).close();
  if (error) throw error;
  return root;
}

/** Files below a built site with one of the extensions, as site paths. */
export async function filesWith(dist: string, ...exts: string[]): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => `/${f.split(path.sep).join('/')}`)
    .sort();
}

/** Text of a built file. */
export function text(dist: string, sitePath: string): Promise<string> {
  return readFile(path.join(dist, sitePath), 'utf8');
}

/** The VEVENTs of an iCalendar text, parsed by ical.js. */
export function icalEvents(ics: string): ICAL.Event[] {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
