// What story grouping reads of one article: the content stems of its headline and body with their
// counts (the headline's words count thrice: it names the event), the headline's own stems, the
// people and organisations it is mostly about, and when it was published.
import { normalizeName } from "../names/nameKey.ts";
import { contentTokens } from "../tokens.ts";

export interface StoryFeatures {
  /** Content stem → weighted count; numbers are left out (years and counts recur across unrelated events). */
  terms: Map<string, number>;
  /** The headline's content stems, each once. */
  headline: string[];
  /** The names the article mentions most (by their last word, so "Trump" and "Donald Trump" meet), most mentioned first. */
  focus: string[];
  /** Milliseconds since the epoch. */
  time: number;
}

/** What grouping needs of an article: as ingest analysed it, or as the store holds it. */
export interface StorySource {
  title: string;
  outlet?: string;
  published?: string;
  paragraphs: readonly { text: string }[];
  /** The people and organisations it names, with how many times each is mentioned. */
  names: readonly { name: string; mentions: number }[];
}

const HEADLINE_WEIGHT = 3;
/** How many of the most mentioned names say whom an article is about. */
const FOCUS_NAMES = 3;

const stemsOf = (text: string): string[] => contentTokens(text).map((t) => t.stem).filter((s) => !/^\d/u.test(s));

function focusNames(source: StorySource): string[] {
  const outlet = normalizeName(source.outlet ?? "");
  const mentions = new Map<string, number>();
  for (const entity of source.names) {
    const name = normalizeName(entity.name);
    if (!name || name === outlet) continue;
    const key = name.split(" ").at(-1) ?? name;
    mentions.set(key, (mentions.get(key) ?? 0) + entity.mentions);
  }
  return [...mentions]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, FOCUS_NAMES)
    .map(([key]) => key);
}

/** The article's features; `fallbackTime` (ISO) stands in for a missing or unreadable publication time. */
export function storyFeatures(article: StorySource, fallbackTime: string): StoryFeatures {
  const terms = new Map<string, number>();
  const headline = stemsOf(article.title);
  for (const stem of headline) terms.set(stem, (terms.get(stem) ?? 0) + HEADLINE_WEIGHT);
  for (const paragraph of article.paragraphs) for (const stem of stemsOf(paragraph.text)) terms.set(stem, (terms.get(stem) ?? 0) + 1);
  const published = article.published ? Date.parse(article.published) : Number.NaN;
  return {
    terms,
    headline: [...new Set(headline)],
    focus: focusNames(article),
    time: Number.isNaN(published) ? Date.parse(fallbackTime) : published,
  };
}
