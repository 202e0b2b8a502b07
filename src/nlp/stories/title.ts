// A story's title: the headline of its articles that has most in common with the others' headlines
// (rare words weighing more), so the one that says what every outlet says, not one outlet's angle.
import type { Idf } from "./similarity.ts";

export interface Headline {
  title: string;
  /** The headline's content stems, each once. */
  stems: readonly string[];
}

/** The most representative of `headlines` (the first one on a tie; they come oldest first). */
export function representativeTitle(headlines: readonly Headline[], idf: Idf): string {
  let best = headlines[0];
  let bestScore = -1;
  for (const headline of headlines) {
    const own = headline.stems.reduce((sum, stem) => sum + idf(stem), 0);
    let shared = 0;
    for (const other of headlines) {
      if (other === headline) continue;
      for (const stem of headline.stems) if (other.stems.includes(stem)) shared += idf(stem);
    }
    const score = own > 0 ? shared / Math.sqrt(own) : 0;
    if (score > bestScore) [best, bestScore] = [headline, score];
  }
  return best?.title ?? "";
}
