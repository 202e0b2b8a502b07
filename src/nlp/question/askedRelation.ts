// Whether a sentence holds what a question asks about, not just whom: a word of the question other
// than its names and framing (or one related to it); for a question of names alone, the kind of answer
// it wants ("How old is Thomas?": an age) or else every name ("What did Putin say about China?"). A
// sentence that only shares the names does not answer; "what did X say" is answered only by a sentence
// holding speech (quotation marks or a verb of saying), not one that merely names X; "when will …" only by
// a sentence that speaks of what is to come; "what is the name of …" only by a sentence naming someone
// or something the question does not.
import { QUOTE_CUE_SOURCE } from "../quotes/cueVerbs.ts";
import type { QuestionKind } from "./questionKind.ts";
import { stem, tokenize } from "../tokens.ts";

export interface RelationTerm {
  stem: string;
  /** The question word this term stands for; related words share it. */
  group: number;
  name?: boolean;
  /** A first name before a surname: news text names people by surname, so it is not required. */
  givenName?: boolean;
  framing?: boolean;
  related?: boolean;
}

/**
 * Whether the sentence holds the asked relation: `holds` tells which stems it has, `named` the name
 * stems met through its entity mentions, `answerKind` whether it has the kind of answer a typed question
 * (how long, how many, how old, when) wants.
 */
export function holdsAskedRelation(terms: readonly RelationTerm[], holds: (stem: string) => boolean, named: ReadonlySet<string>, answerKind: boolean): boolean {
  const asked = terms.filter((t) => !t.related && !t.name && !t.framing);
  if (asked.length > 0) return asked.some((t) => terms.some((r) => r.group === t.group && holds(r.stem)));
  if (answerKind) return true;
  const names = terms.filter((t) => !t.related && t.name && !t.givenName);
  return names.every((t) => named.has(t.stem) || holds(t.stem));
}

/** Question words that ask what someone said. */
const SPEECH_WORDS = new Set(["say", "says", "said", "saying", "tell", "tells", "told", "speak", "spoke", "comment", "commented"]);
const SPEECH = new RegExp(`["“”«»]|${QUOTE_CUE_SOURCE}`, "u");

/** Whether the question asks what someone said ("What did Peskov say about …?", "What did Thomas tell …?"). */
export const asksForSpeech = (words: readonly string[]): boolean => words.some((w) => SPEECH_WORDS.has(w.toLowerCase()));

/** Whether a sentence holds speech: words in quotation marks, or a verb of saying. */
export const holdsSpeech = (sentence: string): boolean => SPEECH.test(sentence);

/** Whether a when-question asks about what is still to come ("When will the bridge reopen?"). */
export const asksAboutFuture = (kind: QuestionKind, question: string): boolean => kind === "when" && /\b(?:will|going\s+to)\b/iu.test(question);

const FUTURE = /\b(?:will|would|won['’]t|shall|expected|expects|scheduled|plans?|planned|planning|due|next|until|upcoming|soon|going\s+to|set\s+to|(?:is|are)\s+to)\b/iu;

/** Whether a sentence speaks of what is to come: a future tense, a plan or an expectation. */
export const speaksOfFuture = (sentence: string): boolean => FUTURE.test(sentence);

/** Whether a what-question asks for a name ("What is the dog's name?", "What is the firm called?"). */
export const asksForName = (kind: QuestionKind, question: string): boolean => kind === "what" && /\b(?:names?|called)\b/iu.test(question);

/** Whether the sentence names (a capitalised word not opening it) someone or something whose stem the question lacks. */
export function holdsNewName(sentence: string, questionStems: ReadonlySet<string>): boolean {
  return tokenize(sentence).some((t, i) => i > 0 && /^\p{Lu}/u.test(sentence.slice(t.start)) && !questionStems.has(t.stem) && !questionStems.has(stem(t.word)));
}
