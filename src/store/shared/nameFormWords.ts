// The words by which /ask finds the entities a question names, as both backends file them: an
// entity's name or alias, and its description when that is short enough to name someone.
import { tokenize } from "../../nlp/tokens.ts";

/** Descriptions this short ("Kremlin spokesman") name someone; longer ones are sentences. */
const DESCRIPTION_MAX_WORDS = 4;
/** A one-word form shorter than this ("Mr", "Al") names no one on its own. */
const SHORTEST_ONE_WORD = 3;

/** The normalised words of a name, as a question's words are read; null when the form names no one on its own. */
export function formWords(text: string): string | null {
  const words = tokenize(text).map((t) => t.word);
  const first = words[0];
  if (first === undefined || (words.length === 1 && first.length < SHORTEST_ONE_WORD)) return null;
  return words.join(" ");
}

/** The words of a description that names its entity; null for none, or one that is a sentence. */
export function descriptionWords(description: string | null): string | null {
  if (!description || description.split(/\s+/u).length > DESCRIPTION_MAX_WORDS) return null;
  return formWords(description);
}
