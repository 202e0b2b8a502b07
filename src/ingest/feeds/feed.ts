// A news feed as ingest uses it, whatever its format (RSS 2.0, RSS 1.0, Atom, JSON Feed): the feed's
// title and, for each item, the absolute link to its page and what the feed says about it.
export interface FeedItem {
  readonly link: string;
  readonly title?: string;
  /** ISO 8601 when the feed's date could be read, else as the feed gives it. */
  readonly published?: string;
  /** When the feed says the item was last changed (Atom's updated, JSON Feed's date_modified), ISO 8601. */
  readonly updated?: string;
  readonly author?: string;
}

export interface Feed {
  readonly title?: string;
  readonly items: readonly FeedItem[];
}
