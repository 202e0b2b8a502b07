// The headlines /related searches, filed with each article: the related headlines found on its page
// and its own title, with their stems (title and snippet apart, as SQLite's index holds them) and
// their words counted, so a mistyped topic word can be read as the closest headline word.
import type { Article } from "../../model/article.ts";
import { contentTokens } from "../../nlp/tokens.ts";
import { headlineKey } from "../shared/headlineKey.ts";
import { rows, type Db } from "./connection.ts";

const stemsOf = (text: string | undefined): string[] => contentTokens(text ?? "").map((t) => t.stem);

async function countHeadlineWords(db: Db, texts: readonly (string | undefined)[], sign: 1 | -1): Promise<void> {
  const counted = new Map<string, { stem: string; uses: number }>();
  for (const text of texts) {
    for (const token of contentTokens(text ?? "")) {
      const entry = counted.get(token.word) ?? { stem: token.stem, uses: 0 };
      entry.uses += sign;
      counted.set(token.word, entry);
    }
  }
  if (counted.size === 0) return;
  const words = [...counted.keys()];
  await rows(
    db,
    `INSERT INTO headline_word (word, stem, uses) SELECT * FROM unnest($1::text[], $2::text[], $3::integer[])
     ON CONFLICT (word) DO UPDATE SET uses = headline_word.uses + excluded.uses`,
    [words, words.map((w) => counted.get(w)?.stem ?? ""), words.map((w) => counted.get(w)?.uses ?? 0)],
  );
  if (sign < 0) await rows(db, "DELETE FROM headline_word WHERE word = ANY($1::text[]) AND uses <= 0", [words]);
}

export async function insertHeadlines(db: Db, seq: number, article: Article): Promise<void> {
  const all = [...article.related.map((r) => ({ own: 0, ...r })), { own: 1, title: article.title, snippet: undefined, outlet: article.outlet }];
  let tokens = 0;
  for (const h of all) {
    const title = stemsOf(h.title);
    const snippet = stemsOf(h.snippet);
    tokens += title.length + snippet.length;
    await rows(
      db,
      `INSERT INTO headline (article_seq, own, title, key, snippet, outlet, title_stems, snippet_stems, stems)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [seq, h.own, h.title, headlineKey(h.title), h.snippet ?? null, h.outlet ?? null, title, snippet, [...new Set([...title, ...snippet])]],
    );
  }
  await rows(db, "UPDATE totals SET headlines = headlines + $1, headline_length = headline_length + $2", [all.length, tokens]);
  await countHeadlineWords(db, all.flatMap((h) => [h.title, h.snippet]), 1);
}

export async function deleteHeadlines(db: Db, seq: number): Promise<void> {
  const found = await rows<{ title: string; snippet: string | null; tokens: number }>(
    db,
    "SELECT title, snippet, cardinality(title_stems) + cardinality(snippet_stems) AS tokens FROM headline WHERE article_seq = $1",
    [seq],
  );
  if (found.length === 0) return;
  await countHeadlineWords(db, found.flatMap((r) => [r.title, r.snippet ?? undefined]), -1);
  const tokens = found.reduce((sum, r) => sum + r.tokens, 0);
  await rows(db, "UPDATE totals SET headlines = headlines - $1, headline_length = headline_length - $2", [found.length, tokens]);
  await rows(db, "DELETE FROM headline WHERE article_seq = $1", [seq]);
}
