// The followed feeds' state in the store: read back for `npm run cli -- feeds` and by a poller that
// restarts (keeping its backoff and conditional GET), written after each poll; and each feed's lease,
// which lets one process at a time poll it (a holder's lease runs out when it stops renewing it).
import type { Database } from "better-sqlite3";
import type { FeedState } from "../../../model/feedState.ts";
import { toFeedState, type FeedRow } from "../../rows/feedRow.ts";
import { placeholders, statement } from "../statement.ts";

export function feedStates(db: Database): FeedState[] {
  return (statement(db, "SELECT * FROM feed ORDER BY url").all() as FeedRow[]).map(toFeedState);
}

export function saveFeedState(db: Database, state: FeedState): void {
  statement(
    db,
    `INSERT INTO feed (url, title, etag, last_modified, last_success, last_error, last_error_at, failures, items, next_poll)
     VALUES (@url, @title, @etag, @lastModified, @lastSuccess, @lastError, @lastErrorAt, @failures, @items, @nextPoll)
     ON CONFLICT (url) DO UPDATE SET title = excluded.title, etag = excluded.etag, last_modified = excluded.last_modified,
       last_success = excluded.last_success, last_error = excluded.last_error, last_error_at = excluded.last_error_at,
       failures = excluded.failures, items = excluded.items, next_poll = excluded.next_poll`,
  ).run({
    url: state.url,
    title: state.title ?? null,
    etag: state.etag ?? null,
    lastModified: state.lastModified ?? null,
    lastSuccess: state.lastSuccess ?? null,
    lastError: state.lastError ?? null,
    lastErrorAt: state.lastErrorAt ?? null,
    failures: state.failures,
    items: state.items,
    nextPoll: state.nextPoll ?? null,
  });
}

/** Takes or renews the lease for `holder` when the feed is free, already its, or its lease ran out (times as ISO text, which sorts as time). */
export function claimFeed(db: Database, url: string, holder: string, seconds: number, now = Date.now()): FeedState | null {
  return db
    .transaction(() => {
      const taken = statement(
        db,
        `INSERT INTO feed_lease (url, holder, expires) VALUES (@url, @holder, @expires)
         ON CONFLICT (url) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
           WHERE feed_lease.holder = excluded.holder OR feed_lease.expires < @now
         RETURNING url`,
      ).get({ url, holder, expires: new Date(now + seconds * 1000).toISOString(), now: new Date(now).toISOString() });
      if (taken === undefined) return null;
      const row = statement(db, "SELECT * FROM feed WHERE url = ?").get(url) as FeedRow | undefined;
      return row ? toFeedState(row) : { url, failures: 0, items: 0 };
    })
    .immediate();
}

export function releaseFeed(db: Database, url: string, holder: string): void {
  statement(db, "DELETE FROM feed_lease WHERE url = ? AND holder = ?").run(url, holder);
}

/** The feeds followed now: the others' state is dropped, and a new one gets a row to poll at once. */
export function keepFeeds(db: Database, urls: readonly string[]): void {
  db.transaction(() => {
    if (urls.length === 0) statement(db, "DELETE FROM feed").run();
    else db.prepare(`DELETE FROM feed WHERE url NOT IN (${placeholders(urls.length)})`).run(...urls);
    const add = statement(db, "INSERT OR IGNORE INTO feed (url) VALUES (?)");
    for (const url of urls) add.run(url);
  }).immediate();
}
