// The announce channel's queue in the store: the articles a poll filed that are still to be posted,
// oldest first. An article stays queued until its message is posted (or it can never be), so a failed
// post or a restart loses none, and one that was posted is never queued again by the same filing.
import type { Database } from "better-sqlite3";
import { placeholders, statement } from "../statement.ts";

export function queueAnnouncements(db: Database, articleIds: readonly string[]): void {
  const add = statement(db, "INSERT OR IGNORE INTO announcement_queue (article_id, queued_at) VALUES (?, ?)");
  const at = new Date().toISOString();
  db.transaction(() => {
    for (const id of articleIds) add.run(id, at);
  }).immediate();
}

export function pendingAnnouncements(db: Database, limit: number): string[] {
  return (statement(db, "SELECT article_id AS id FROM announcement_queue ORDER BY seq LIMIT ?").all(limit) as { id: string }[]).map((r) => r.id);
}

export function dropAnnouncements(db: Database, articleIds: readonly string[]): void {
  if (articleIds.length === 0) return;
  db.prepare(`DELETE FROM announcement_queue WHERE article_id IN (${placeholders(articleIds.length)})`).run(...articleIds);
}
