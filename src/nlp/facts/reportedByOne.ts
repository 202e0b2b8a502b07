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
  const outlets = [...new Set(sentences.map((s) => s.outlet))];
  if (outlets.length < 2) return [];
  const words = sentences.map((s) => contentTokens(s.text));
  const outletsUsing = new Map<string, Set<string>>();
  sentences.forEach((s, i) => {
    for (const t of words[i] ?? []) outletsUsing.set(t.stem, (outletsUsing.get(t.stem) ?? new Set()).add(s.outlet));
  });
  const found = sentences.flatMap((sentence, i) => {
    const own = (words[i] ?? []).filter((t) => t.word.length > 2);
    if (own.length < MIN_WORDS || own.length > MAX_WORDS) return [];
    const fresh = own.filter((t) => (outletsUsing.get(t.stem)?.size ?? 0) < 2);
    const substantive = fresh.some((t) => isNameOrNumber(sentence.text, t.start));
    return substantive && fresh.length >= MIN_NEW_SHARE * own.length ? [{ sentence, newWords: fresh.length }] : [];
  });
  return outlets.flatMap((outlet) =>
    found
      .filter((f) => f.sentence.outlet === outlet)
      .sort((a, b) => b.newWords - a.newWords)
      .slice(0, perOutlet),
  );
}
