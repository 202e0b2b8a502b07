// A followed feed's row as both backends store it, and the feed state it stands for.
import type { FeedState } from "../../model/feedState.ts";

export interface FeedRow {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_success: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures: number;
  items: number;
  next_poll: string | null;
}

export function toFeedState(row: FeedRow): FeedState {
  const optional = (key: keyof FeedState, value: string | null) => (value === null ? {} : { [key]: value });
  return {
    url: row.url,
    ...optional("title", row.title),
    ...optional("etag", row.etag),
    ...optional("lastModified", row.last_modified),
    ...optional("lastSuccess", row.last_success),
    ...optional("lastError", row.last_error),
    ...optional("lastErrorAt", row.last_error_at),
    failures: row.failures,
    items: row.items,
    ...optional("nextPoll", row.next_poll),
  };
}
