// The announce channel's queue in the store, as the SQLite store keeps it: the articles a poll filed
// that are still to be posted, oldest first, each kept until its message is posted (or never can be),
// so a failed post or a restart loses none.
import { rows, type Db } from "../connection.ts";

export async function queueAnnouncements(db: Db, articleIds: readonly string[]): Promise<void> {
  await rows(
    db,
    "INSERT INTO announcement_queue (article_id, queued_at) SELECT id, $2 FROM unnest($1::text[]) WITH ORDINALITY AS q(id, n) ORDER BY n ON CONFLICT (article_id) DO NOTHING",
    [articleIds, new Date().toISOString()],
  );
}

export async function pendingAnnouncements(db: Db, limit: number): Promise<string[]> {
  return (await rows<{ id: string }>(db, "SELECT article_id AS id FROM announcement_queue ORDER BY seq LIMIT $1", [limit])).map((r) => r.id);
}

export async function dropAnnouncements(db: Db, articleIds: readonly string[]): Promise<void> {
  await rows(db, "DELETE FROM announcement_queue WHERE article_id = ANY($1::text[])", [articleIds]);
}
