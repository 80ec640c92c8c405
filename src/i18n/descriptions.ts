/**
 * What each interface string is for, for translators: where it shows and what fills its
 * placeholders. Keyed by the string's path in `strings/en.json` (`evaluation.title`); the schema
 * attaches each as the key's `.describe()`, and a test checks every path exists.
 */
export const descriptions: Record<string, string> = {
  deadlineIn: 'A chamber hub, under an open subsidiarity check: {date} the deadline, {n} the days left, {asOf} “as of <date>” (asOf).',
  searchResults: 'Search page, after a search: {n} results found, {q} the words searched for.',
  daysLeft: 'After a subsidiarity deadline: {n} days left until it (from 2; 0 says lastDay).',
  closingNews: 'Headline of a news line and post when a subsidiarity check closes soon: {ref} the document reference (COM(2026) 538), {n} days.',
  votesShort: 'Tally of reasoned opinions, beside a threshold not yet reached: {n} votes still needed to reach it.',
};
