// Everyday English words, from wink-lexicon's part-of-speech lexicon (about 13,000 words and no
// proper names, with SCOWL's larger list for plurals): a capitalised word that is one of them
// ("Will", "Hope", "Season") may not be a name.
import lexicon from "wink-lexicon/src/lexicon.js";
import { isEnglishWord } from "../englishWords.ts";

export function isCommonWord(word: string): boolean {
  return Object.hasOwn(lexicon, word.toLowerCase());
}

/** Tags of words that are lower case inside a sentence unless they are a name: nouns, verbs, modals, adjectives, personal pronouns. */
const LOWER_CASE_TAGS = /^(?:NNS?|VB[DGNPZ]?|MD|JJ[RS]?|PRP)$/u;

/** An everyday content word or pronoun by its commonest use ("Will", "Hope", "He"), not a function word such as "The" or "And". */
export function isContentWord(word: string): boolean {
  const key = word.toLowerCase();
  return Object.hasOwn(lexicon, key) && LOWER_CASE_TAGS.test(lexicon[key]?.[0] ?? "");
}

/** A plural of an everyday noun ("Cowboys", "Maps"): a team's or a product's last word, seldom a surname after a place or a brand. */
export function isPluralNoun(word: string): boolean {
  const key = word.toLowerCase();
  if (lexicon[key]?.[0] === "NNS") return true;
  return /\p{L}{3}s$/u.test(key) && !key.endsWith("ss") && isEnglishWord(key) && isEnglishWord(key.slice(0, -1));
}

/** A personal pronoun ("He", "She"): before a capitalised word that is no everyday word it is a surname ("He Lifeng"). */
export function isPersonalPronoun(word: string): boolean {
  return lexicon[word.toLowerCase()]?.[0] === "PRP";
}
