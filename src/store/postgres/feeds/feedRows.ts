// The followed feeds' state in the store, as the SQLite store keeps it: read back for `npm run cli --
// feeds` and by a poller that restarts (keeping its backoff and conditional GET), written after each poll;
// and each feed's lease, which lets one process at a time poll it, timed by the server's clock so that
// machines whose clocks differ agree on when a lease runs out.
import type { FeedState } from "../../../model/feedState.ts";
import { toFeedState, type FeedRow } from "../../rows/feedRow.ts";
import { rows, type Db } from "../connection.ts";

export async function feedStates(db: Db): Promise<FeedState[]> {
  return (await rows<FeedRow>(db, "SELECT * FROM feed ORDER BY url")).map(toFeedState);
}

export async function saveFeedState(db: Db, state: FeedState): Promise<void> {
  await rows(
    db,
    `INSERT INTO feed (url, title, etag, last_modified, last_success, last_error, last_error_at, failures, items, next_poll)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified,
       last_success = excluded.last_success, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
       failures = excluded.failures, items = excluded.items, next_poll = excluded.next_poll`,
    [
      state.url,
      state.title ?? null,
      state.etag ?? null,
      state.lastModified ?? null,
      state.lastSuccess ?? null,
      state.lastError ?? null,
      state.lastErrorAt ?? null,
      state.failures,
      state.items,
      state.nextPoll ?? null,
    ],
  );
}

/** Takes or renews the lease for `holder` when the feed is free, already its, or its lease ran out; with the feed's state, in one statement. */
export async function claimFeed(db: Db, url: string, holder: string, seconds: number): Promise<FeedState | null> {
  const [row] = await rows<FeedRow | { url: null }>(
    db,
    `WITH taken AS (
       INSERT INTO feed_lease (url, holder, expires) VALUES ($1, $2, now() + make_interval(secs => $3))
       ON CONFLICT (url) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
         WHERE feed_lease.holder = excluded.holder OR feed_lease.expires < now()
       RETURNING url
     )
     SELECT f.* FROM taken LEFT JOIN feed f ON f.url = taken.url`,
    [url, holder, seconds],
  );
  if (!row) return null;
  return row.url === null ? { url, failures: 0, items: 0 } : toFeedState(row);
}

export async function releaseFeed(db: Db, url: string, holder: string): Promise<void> {
  await rows(db, "DELETE FROM feed_lease WHERE url = $1 AND holder = $2", [url, holder]);
}

/** The feeds followed now: the others' state is dropped, and a new one gets a row to poll at once. */
export async function keepFeeds(db: Db, urls: readonly string[]): Promise<void> {
  await rows(db, "DELETE FROM feed WHERE url != ALL($1::text[])", [urls]);
  await rows(db, "INSERT INTO feed (url) SELECT unnest($1::text[]) ON CONFLICT (url) DO NOTHING", [urls]);
}
