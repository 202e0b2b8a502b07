// The indexes over an entity's names: letter trigrams for typos (with how many names hold each, kept
// as names come and go, as on PostgreSQL: counting them in the full-text index reads every name holding
// the trigram), word prefixes for autocomplete, and the name forms (name, aliases, a short description)
// as words, by which /ask finds the entities a question names.
import type { Database } from "better-sqlite3";
import { distinctTrigrams } from "../rows/nameShortlist.ts";
import { descriptionWords, formWords } from "../shared/nameFormWords.ts";
import { statement } from "./statement.ts";

/** Adds `change` (1 or −1) to the count of names holding each of the key's trigrams; a trigram no name holds any more stays, counted 0. */
function countGrams(db: Database, key: string, change: number): void {
  const count = statement(db, "INSERT INTO name_gram (gram, docs) VALUES (?, ?) ON CONFLICT (gram) DO UPDATE SET docs = docs + excluded.docs");
  for (const gram of distinctTrigrams(key)) count.run(gram, change);
}

/** Counts the trigrams of the names already stored (the migration that brings the counts in). */
export function countStoredNameGrams(db: Database): void {
  const docs = new Map<string, number>();
  for (const key of statement(db, "SELECT key FROM entity_name").pluck().iterate() as IterableIterator<string>) {
    for (const gram of distinctTrigrams(key)) docs.set(gram, (docs.get(gram) ?? 0) + 1);
  }
  statement(db, "DELETE FROM name_gram").run();
  const file = statement(db, "INSERT INTO name_gram (gram, docs) VALUES (?, ?)");
  for (const [gram, count] of docs) file.run(gram, count);
}

export function indexForm(db: Database, seq: number, id: number, form: string, key: string): void {
  statement(db, "INSERT INTO entity_name_fts (rowid, key) VALUES (?, ?)").run(id, key);
  statement(db, "INSERT INTO entity_word_fts (rowid, key) VALUES (?, ?)").run(id, key);
  countGrams(db, key, 1);
  const words = formWords(form);
  if (words) statement(db, "INSERT INTO name_form (entity_seq, name_id, words, by_description) VALUES (?, ?, ?, 0)").run(seq, id, words);
}

/** Takes a name out of the indexes, before the name itself is deleted. */
export function deleteFormIndex(db: Database, id: number): void {
  const key = statement(db, "SELECT key FROM entity_name WHERE id = ?").pluck().get(id) as string | undefined;
  if (key !== undefined) countGrams(db, key, -1);
  statement(db, "DELETE FROM entity_name_fts WHERE rowid = ?").run(id);
  statement(db, "DELETE FROM entity_word_fts WHERE rowid = ?").run(id);
  statement(db, "DELETE FROM name_form WHERE name_id = ?").run(id);
}

/** Replaces the description form of an entity. */
export function indexDescription(db: Database, seq: number, description: string | null): void {
  statement(db, "DELETE FROM name_form WHERE entity_seq = ? AND by_description = 1").run(seq);
  const words = descriptionWords(description);
  if (words) statement(db, "INSERT INTO name_form (entity_seq, words, by_description) VALUES (?, ?, 1)").run(seq, words);
}
