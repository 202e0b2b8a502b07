// How a process learns that coverage changed anywhere: every write bumps a change counter row and
// NOTIFYs its new value on commit; each store LISTENs on a connection of its own and keeps the
// highest value heard. When that connection drops it reconnects (with a growing pause) and reads the
// counter again, so a change made meanwhile is caught up.
import pg from "pg";
import { first, types, type Db } from "./connection.ts";

export const CHANNEL = "coverage_changed";
/** How the listening connections name themselves in pg_stat_activity. */
export const LISTENER_NAME = "coverage-bot changes";
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

/** Records one change in the write transaction `db`; the notification goes out when it commits. Returns the counter's new value. */
export async function recordChange(db: Db): Promise<number> {
  const row = await first<{ changes: number }>(db, "UPDATE store_change SET changes = changes + 1 RETURNING changes");
  const changes = row?.changes ?? 0;
  await first(db, "SELECT pg_notify($1, $2)", [CHANNEL, String(changes)]);
  return changes;
}

export interface ChangeFeed {
  /** The highest change count this process knows of. */
  current(): number;
  /** Counts a change this process committed. */
  saw(changes: number): void;
  close(): Promise<void>;
}

export async function listenForChanges(url: string): Promise<ChangeFeed> {
  let latest = 0;
  let closed = false;
  let client: pg.Client | undefined;
  let retry = RETRY_MIN_MS;
  let timer: NodeJS.Timeout | undefined;
  const saw = (changes: number) => {
    if (changes > latest) latest = changes;
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, types, application_name: LISTENER_NAME });
    next.on("notification", (message) => saw(Number(message.payload ?? 0)));
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
    const row = await next.query<{ changes: number }>("SELECT changes FROM store_change");
    saw(row.rows[0]?.changes ?? 0);
    retry = RETRY_MIN_MS;
  };

  const reconnect = (dropped: pg.Client): void => {
    if (closed || client !== dropped) return;
    client = undefined;
    dropped.end().catch(() => undefined);
    const attempt = () => {
      timer = undefined;
      if (closed) return;
      connect().catch(() => {
        retry = Math.min(retry * 2, RETRY_MAX_MS);
        timer = setTimeout(attempt, retry);
        timer.unref();
      });
    };
    timer = setTimeout(attempt, retry);
    timer.unref();
  };

  await connect();
  return {
    current: () => latest,
    saw,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
