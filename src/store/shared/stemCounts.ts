// The body's share of the BM25 statistics, counted the same for both backends before they add it
// to (or take it from) the store's: per stem, in how many sentences and paragraphs it occurs.

/** A paragraph as the statistics count it: the stems of each of its sentences. */
export interface CountedParagraph {
  sentences: readonly { stems: readonly string[] }[];
}

/** Per stem: in how many sentences and paragraphs of these paragraphs it occurs. */
export function stemCounts(paragraphs: readonly CountedParagraph[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const paragraph of paragraphs) {
    const inParagraph = new Set<string>();
    for (const sentence of paragraph.sentences) {
      for (const stem of new Set(sentence.stems)) {
        const count = counts.get(stem) ?? [0, 0];
        count[0] += 1;
        counts.set(stem, count);
        inParagraph.add(stem);
      }
    }
    for (const stem of inParagraph) {
      const count = counts.get(stem) ?? [0, 0];
      count[1] += 1;
      counts.set(stem, count);
    }
  }
  return counts;
}
