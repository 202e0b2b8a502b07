// The words of every stored body with their number of uses, and each word's letter trigrams
// filed by its first letter and length: a mistyped question word finds its likely corrections by
// the trigrams it shares with them, without reading the whole vocabulary.
import type { Database } from "better-sqlite3";
import { letterGrams } from "../../nlp/letterGrams.ts";
import { statement } from "./statement.ts";

/** Adds (or, negative, removes) uses of words; a word met for the first time is filed by its trigrams, one no longer used is dropped. */
export function countWords(db: Database, words: Iterable<[string, number]>): void {
  const upsert = statement(
    db,
    "INSERT INTO word (word, uses) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET uses = uses + excluded.uses RETURNING uses",
  );
  const fileGram = statement(db, "INSERT OR IGNORE INTO word_gram (first, gram, length, word) VALUES (?, ?, ?, ?)");
  const dropGrams = statement(db, "DELETE FROM word_gram WHERE first = ? AND gram = ? AND length = ? AND word = ?");
  const drop = statement(db, "DELETE FROM word WHERE word = ?");
  for (const [word, uses] of words) {
    const after = (upsert.get(word, uses) as { uses: number }).uses;
    const first = word[0] ?? "";
    if (after <= 0) {
      drop.run(word);
      for (const gram of letterGrams(word)) dropGrams.run(first, gram, word.length, word);
    } else if (after === uses) {
      for (const gram of letterGrams(word)) fileGram.run(first, gram, word.length, word);
    }
  }
}
