// The headlines /related searches, filed with each article: the related headlines found on its
// page and its own title, with their words indexed (title and snippet apart) and counted, so a
// mistyped topic word can be read as the closest headline word.
import type { Database } from "better-sqlite3";
import type { Article } from "../../model/article.ts";
import { contentTokens } from "../../nlp/tokens.ts";
import { headlineKey } from "../shared/headlineKey.ts";
import { placeholders, statement } from "./statement.ts";

const stemsOf = (text: string | undefined): string => contentTokens(text ?? "").map((t) => t.stem).join(" ");

function countHeadlineWords(db: Database, texts: readonly (string | undefined)[], sign: 1 | -1): void {
  const upsert = statement(
    db,
    "INSERT INTO headline_word (word, stem, uses) VALUES (?, ?, ?) ON CONFLICT (word) DO UPDATE SET uses = uses + excluded.uses RETURNING uses",
  );
  const drop = statement(db, "DELETE FROM headline_word WHERE word = ?");
  for (const text of texts) {
    for (const token of contentTokens(text ?? "")) {
      if ((upsert.get(token.word, token.stem, sign) as { uses: number }).uses <= 0) drop.run(token.word);
    }
  }
}

export function insertHeadlines(db: Database, seq: number, article: Article): void {
  const insert = statement(db, "INSERT INTO headline (article_seq, own, title, key, snippet, outlet) VALUES (?, ?, ?, ?, ?, ?)");
  const index = statement(db, "INSERT INTO headline_fts (rowid, title, snippet) VALUES (?, ?, ?)");
  const add = (own: 0 | 1, title: string, snippet: string | undefined, outlet: string | undefined) => {
    const id = Number(insert.run(seq, own, title, headlineKey(title), snippet ?? null, outlet ?? null).lastInsertRowid);
    index.run(id, stemsOf(title), stemsOf(snippet));
    countHeadlineWords(db, [title, snippet], 1);
  };
  for (const related of article.related) add(0, related.title, related.snippet, related.outlet);
  add(1, article.title, undefined, article.outlet);
}

export function deleteHeadlines(db: Database, seq: number): void {
  const rows = statement(db, "SELECT id, title, snippet FROM headline WHERE article_seq = ?").all(seq) as { id: number; title: string; snippet: string | null }[];
  if (rows.length === 0) return;
  for (const row of rows) countHeadlineWords(db, [row.title, row.snippet ?? undefined], -1);
  const ids = rows.map((r) => r.id);
  db.prepare(`DELETE FROM headline_fts WHERE rowid IN (${placeholders(ids.length)})`).run(...ids);
  statement(db, "DELETE FROM headline WHERE article_seq = ?").run(seq);
}
