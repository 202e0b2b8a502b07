// Summary ranking, computed once at ingest: each sentence scored by its position, how central its
// words are to the whole article, how much of the headline it shares, and whether its length suits a summary point.
import type { Article } from "../../model/article.ts";
import { contentStems } from "../tokens.ts";

const POSITION_WEIGHT = Number(process.env.PW ?? 0.4);
const CENTRALITY_WEIGHT = Number(process.env.CW ?? 0.35);
const TITLE_WEIGHT = Number(process.env.TW ?? 0.25);

/** Points of 12–30 words read best; shorter ones say too little, longer ones too much at once. */
function lengthFactor(words: number): number {
  if (words < 6) return 0.3;
  if (words < 12) return 0.6 + (0.4 * (words - 6)) / 6;
  if (words > Number(process.env.LMAX ?? 30)) return Math.max(0.4, Number(process.env.LMAX ?? 30) / words);
  return 1;
}

export function scoreSentences(article: Omit<Article, "sentenceScores">): number[][] {
  const sentences = article.paragraphs.map((p) =>
    (p.sentences.length > 0 ? p.sentences : [[0, p.text.length] as const]).map(([s, e]) => p.text.slice(s, e)),
  );
  const stems = sentences.map((list) => list.map((text) => contentStems(text)));
  const frequency = new Map<string, number>();
  for (const list of stems) for (const sentence of list) for (const s of new Set(sentence)) frequency.set(s, (frequency.get(s) ?? 0) + 1);
  const norm = Math.sqrt([...frequency.values()].reduce((sum, f) => sum + f * f, 0)) || 1;
  const title = new Set(contentStems(article.title));
  let position = 0;
  return stems.map((list) =>
    list.map((sentence) => {
      const distinct = new Set(sentence);
      const centrality = distinct.size > 0 ? [...distinct].reduce((sum, s) => sum + (frequency.get(s) ?? 0), 0) / (Math.sqrt(distinct.size) * norm) : 0;
      const shared = title.size > 0 ? [...title].filter((s) => distinct.has(s)).length / title.size : 0;
      const lead = 1 / (1 + position / Number(process.env.DEC ?? 3));
      position++;
      const score = lengthFactor(sentence.length) * (POSITION_WEIGHT * lead + CENTRALITY_WEIGHT * Math.min(1, centrality * 3) + TITLE_WEIGHT * shared);
      return Math.round(score * 10000) / 10000;
    }),
  );
}
