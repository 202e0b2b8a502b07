// The neutral shape every answer is rendered through: a titled list of cited excerpts or entries.
// Terminal text and Discord embeds are both drawn from it, so they always show the same content.

/** A span of an article, with who said it (when it is a quote) and where it comes from. */
export interface Excerpt {
  readonly kind: "excerpt";
  readonly text: string;
  readonly speaker?: string;
  readonly description?: string;
  readonly cite: string;
  readonly url?: string;
  /** When several articles carry the excerpt: each one's short citation (`Fox News ¶1`), shown side by side, each linked. */
  readonly sources?: readonly ExcerptSource[];
  /** [start, end) spans of `text` to emphasise: the words that matched a question. */
  readonly highlights?: readonly (readonly [number, number])[];
}

export interface ExcerptSource {
  readonly label: string;
  readonly url?: string;
}

/** A listed thing (a headline, a stored article) with a line of details and an optional snippet. */
export interface Entry {
  readonly kind: "entry";
  readonly title: string;
  readonly url?: string;
  readonly details?: string;
  /** When it was published (ISO 8601), shown before the details in the reader's form. */
  readonly date?: string;
  readonly text?: string;
  /** When `text` is an excerpt of the entry's own article: its citation, shown under it as a quote's is. */
  readonly cite?: string;
}

export type Item = Excerpt | Entry;

export interface Group {
  readonly heading?: string;
  readonly items: readonly Item[];
}

export interface Document {
  readonly title: string;
  readonly url?: string;
  /** Lines shown under the title: what was understood, what was not found, suggestions. */
  readonly notes: readonly string[];
  readonly groups: readonly Group[];
  /** Shown instead of the items when there are none. */
  readonly empty: string;
  /** Names where the content comes from (outlets, articles); the Discord footer. */
  readonly source: string;
}

/** The outlets of an item several articles carry, as an excerpt shows them (`Fox News ¶1`); none for one article alone. */
export function excerptSources(cites: readonly { cite: string; paragraph: number; outlet?: string; url?: string }[] | undefined): { sources?: ExcerptSource[] } {
  if (!cites || cites.length < 2) return {};
  return { sources: cites.map((c) => ({ label: `${c.outlet ?? citedSource(c.cite)} ¶${c.paragraph}`, ...(c.url ? { url: c.url } : {}) })) };
}

/** The article part of a citation (`AP — Title ¶14` → `AP — Title`). */
export const citedSource = (cite: string): string => cite.replace(/\s*¶\d+$/u, "");

/**
 * The citation to show under an excerpt: whole, or only its paragraph (`¶14`) when the excerpt shown just
 * before it cites the same article, so a run of excerpts from one article names it once.
 */
export function shownCite(item: Excerpt, previous: Item | undefined): string {
  const paragraph = /¶\d+$/u.exec(item.cite)?.[0];
  const several = (i: Item | undefined) => i?.kind === "excerpt" && (i.sources?.length ?? 0) > 1;
  const sameArticle = previous?.kind === "excerpt" && !several(item) && !several(previous) && citedSource(previous.cite) === citedSource(item.cite);
  return paragraph && sameArticle ? paragraph : item.cite;
}

/** The distinct sources of a document's excerpts, for its footer. */
export function sourcesOf(items: readonly { cite: string }[], fallback: string): string {
  const sources = [...new Set(items.map((i) => citedSource(i.cite)))];
  if (sources.length === 0) return fallback;
  if (sources.length === 1) return `Source: ${sources[0]}`;
  return `Sources: ${sources.length} articles`;
}

export const itemCount = (document: Document): number => document.groups.reduce((n, g) => n + g.items.length, 0);
