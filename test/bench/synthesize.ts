// Synthetic coverage for the benchmark: N plain-text articles made from the seed and the corpus
// articles, varied the way real coverage grows. Each copy renames its proper nouns consistently
// (drawn with a Zipf skew from a pool that grows with N, so some names recur across many articles
// and most are rare) and swaps a share of its other words for new coined words (vocabulary grows
// roughly as Heaps' law predicts). Deterministic for a given N.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SYLLABLES = ["ka", "lo", "mir", "ten", "vo", "ra", "shi", "den", "ul", "bar", "eni", "gor", "sa", "tam", "vel", "dru", "ko", "nis", "pa", "zel"];

/** mulberry32: a small seeded PRNG, so every run builds the same stores. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function coin(index: number, capital: boolean): string {
  let n = index + 1;
  let word = "";
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  word = word.length < 4 ? `${word}ra` : word;
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** A Zipf-skewed draw from [0, size). */
function zipf(rand: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(rand() * Math.log(size + 1))) - 1);
}

/** The seed and each corpus article as a plain-text page: title line, then the body. */
export function baseTexts(fixtures: string): string[] {
  const corpus = join(fixtures, "corpus");
  const texts = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const meta = JSON.parse(readFileSync(join(corpus, d.name, "meta.json"), "utf8")) as { title: string };
      const title = meta.title.replace(/^\[no headline in data set\]\s*/u, "");
      return `${title}\n\n${readFileSync(join(corpus, d.name, "article.txt"), "utf8")}`;
    });
  return [readFileSync("data/sources/000_763f98cca8341530.txt", "utf8"), ...texts];
}

/** A capitalised word inside a sentence (after a lower-case word or punctuation): a proper noun. */
const PROPER = /(?<=[a-z,;:“"‘(] )[A-Z][a-z]{3,}\b/gu;
const COMMON = /\b[a-z]{6,}\b/gu;

/** Article `index` of a synthetic coverage of `total` articles. */
export function synthesize(base: string, index: number, total: number): string {
  const rand = random(index * 7919 + 17);
  const namePool = Math.max(50, Math.round(total * 0.6));
  const wordPool = Math.max(200, Math.round(40 * Math.sqrt(total) * 10));
  const names = new Map<string, string>();
  const renamed = base.replace(PROPER, (word) => {
    let name = names.get(word);
    if (!name) {
      name = coin(zipf(rand, namePool) + 400, true);
      names.set(word, name);
    }
    return name;
  });
  const coined = renamed.replace(COMMON, (word) => (rand() < 0.04 ? coin(zipf(rand, wordPool) + 9000, false) : word));
  const [title = "", ...rest] = coined.split("\n");
  return [`${title} (${index + 1})`, ...rest].join("\n");
}

/** Writes `total` synthetic articles into `dir` and returns their paths. */
export function writeSyntheticSources(dir: string, total: number, bases: readonly string[]): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < total; i++) {
    const path = join(dir, `${String(i).padStart(5, "0")}.txt`);
    writeFileSync(path, synthesize(bases[i % bases.length]!, i, total));
    paths.push(path);
  }
  return paths;
}
