// The words of every stored body with their number of uses, and each word's letter trigrams filed
// by its first letter and length (how a mistyped question word finds its corrections), kept up to
// date an article at a time in a few batched statements.
import { letterGrams } from "../../nlp/letterGrams.ts";
import { rows, type Db } from "./connection.ts";

interface GramRows {
  first: string[];
  gram: string[];
  length: number[];
  word: string[];
}

function gramRows(words: readonly string[]): GramRows {
  const out: GramRows = { first: [], gram: [], length: [], word: [] };
  for (const word of words) {
    for (const gram of letterGrams(word)) {
      out.first.push(word[0] ?? "");
      out.gram.push(gram);
      out.length.push(word.length);
      out.word.push(word);
    }
  }
  return out;
}

/** Adds (or, negative, removes) uses of words; a word met for the first time is filed by its trigrams, one no longer used is dropped. */
export async function countWords(db: Db, words: Iterable<[string, number]>): Promise<void> {
  const deltas = new Map<string, number>();
  for (const [word, uses] of words) deltas.set(word, (deltas.get(word) ?? 0) + uses);
  if (deltas.size === 0) return;
  const after = await rows<{ word: string; uses: number }>(
    db,
    `INSERT INTO word (word, uses) SELECT * FROM unnest($1::text[], $2::integer[])
     ON CONFLICT (word) DO UPDATE SET uses = word.uses + excluded.uses RETURNING word, uses`,
    [[...deltas.keys()], [...deltas.values()]],
  );
  const gone = after.filter((r) => r.uses <= 0).map((r) => r.word);
  const fresh = after.filter((r) => r.uses > 0 && r.uses === deltas.get(r.word)).map((r) => r.word);
  if (gone.length > 0) {
    const g = gramRows(gone);
    await rows(
      db,
      `DELETE FROM word_gram w USING unnest($1::text[], $2::text[], $3::integer[], $4::text[]) AS d(first, gram, length, word)
       WHERE w.first = d.first AND w.gram = d.gram AND w.length = d.length AND w.word = d.word`,
      [g.first, g.gram, g.length, g.word],
    );
    await rows(db, "DELETE FROM word WHERE word = ANY($1::text[])", [gone]);
  }
  if (fresh.length > 0) {
    const g = gramRows(fresh);
    await rows(
      db,
      "INSERT INTO word_gram (first, gram, length, word) SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::text[]) ON CONFLICT DO NOTHING",
      [g.first, g.gram, g.length, g.word],
    );
  }
}
