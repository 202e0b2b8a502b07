// What one outlet reports that the others do not: its sentences whose content words the other
// outlets' coverage of the story mostly lacks, with a name or a number among those words (a new
// person, place, figure), the most of such content first.
import { contentTokens } from "../tokens.ts";
import type { OutletSentence } from "./compareFacts.ts";

/** Content words a sentence needs to say something of its own, and the share of them no other outlet uses. */
const MIN_WORDS = 7;
const MAX_WORDS = 45;
const MIN_NEW_SHARE = 0.6;

export interface ExclusiveSentence {
  sentence: OutletSentence;
  /** How many of its content words no other outlet uses. */
  newWords: number;
}

const isNameOrNumber = (text: string, start: number): boolean => /^[\p{Lu}\p{N}]/u.test(text.slice(start)) && start > 0;

/** Each outlet's sentences with content the others lack, best first, at most `perOutlet` an outlet, in the order the outlets come. */
export function reportedByOne(sentences: readonly OutletSentence[], perOutlet: number): ExclusiveSentence[] {
  const stemsByOutlet = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const stems = stemsByOutlet.get(s.outlet) ?? new Map<string, number>();
    for (const t of contentTokens(s.text)) stems.set(t.stem, (stems.get(t.stem) ?? 0) + 1);
    stemsByOutlet.set(s.outlet, stems);
  }
  if (stemsByOutlet.size < 2) return [];
  const usedElsewhere = (outlet: string, stem: string) => [...stemsByOutlet].some(([other, stems]) => other !== outlet && stems.has(stem));
  return [...stemsByOutlet.keys()].flatMap((outlet) =>
    sentences
      .filter((s) => s.outlet === outlet)
      .flatMap((sentence) => {
        const words = contentTokens(sentence.text).filter((t) => t.word.length > 2);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) return [];
        const fresh = words.filter((t) => !usedElsewhere(outlet, t.stem));
        const substantive = fresh.some((t) => isNameOrNumber(sentence.text, t.start));
        return substantive && fresh.length >= MIN_NEW_SHARE * words.length ? [{ sentence, newWords: fresh.length }] : [];
      })
      .sort((a, b) => b.newWords - a.newWords)
      .slice(0, perOutlet),
  );
}
