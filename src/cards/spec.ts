/** Templates, one per kind of page. */
export type CardTemplate = 'news' | 'event' | 'topic' | 'page' | 'document' | 'glossary';
/** Wide (link previews) or square (posts that crop to squares). */
export type CardFormat = 'wide' | 'square';

/** Pixel sizes of each format. */
export const CARD_SIZES: Record<CardFormat, { width: number; height: number }> = {
  wide: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
};

/** Everything a card shows: plain data, so that its hash names the image. */
export interface CardSpec {
  template: CardTemplate;
  format: CardFormat;
  /** Language of the card's text (`en`). */
  lang: string;
  /** File-name stem, e.g. `en/news/saeima-adopts-opinion`. */
  name: string;
  /** Small caps line above the title: "EVENT · COSAC". */
  label: string;
  title: string;
  /** Lines under the title: date, place, chambers. */
  details: string[];
  /** Events: the prominent date block. */
  dateBlock?: { day: string; month: string };
  /** Documents: reasoned-opinion votes against the total, with the thresholds marked. */
  tally?: { votes: number; total: number; marks: number[] };
  brand: string;
  colors: { ink: string; accent: string; paper: string };
}
