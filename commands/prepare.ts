// Builds every index the commands answer from, once, right after the store is loaded: the first
// question, name or keystroke after start is then as fast as every later one.
import { prepareAskIndex } from "../src/answer/ask.ts";
import { headlineIndex } from "../src/store/headlineIndex.ts";
import type { Corpus } from "../src/store/corpus.ts";
import { prepareChoices } from "./choices.ts";

export function prepareIndexes(corpus: Corpus): void {
  prepareAskIndex(corpus);
  headlineIndex(corpus);
  prepareChoices(corpus);
}
