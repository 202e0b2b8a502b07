// Everyday phrases whose words say something other than the phrase means ("look into" is to investigate,
// "in charge of" to be its chief, "so far" and "end up" ask nothing): a question's phrase is read as its meaning,
// so "who is looking into it?" meets "police are investigating" and "end" is not searched for.

interface Idiom {
  /** The phrase's words in order, each a set of its forms. */
  words: readonly (readonly string[])[];
  /** The word the phrase means, or null when it only frames the question. */
  meaning: string | null;
}

const LOOK = ["look", "looks", "looking", "looked"];
const FIND = ["find", "finds", "finding", "found"];
const END = ["end", "ends", "ending", "ended"];
const PUT = ["put", "puts", "putting"];
const STEP = ["step", "steps", "stepping", "stepped"];
const CARRY = ["carry", "carries", "carrying", "carried"];
const TURN = ["turn", "turns", "turning", "turned"];
const PASS = ["pass", "passes", "passing", "passed"];
const TAKE = ["take", "takes", "taking", "took", "taken"];
const WALK = ["walk", "walks", "walking", "walked"];

const IDIOMS: readonly Idiom[] = [
  { words: [LOOK, ["into"]], meaning: "investigate" },
  { words: [["in"], ["charge"]], meaning: "chief" },
  { words: [FIND, ["out"]], meaning: "learn" },
  { words: [PUT, ["forward"]], meaning: "propose" },
  { words: [STEP, ["down"]], meaning: "resign" },
  { words: [WALK, ["out"]], meaning: "quit" },
  { words: [CARRY, ["out"]], meaning: "conduct" },
  { words: [TURN, ["down"]], meaning: "reject" },
  { words: [PASS, ["away"]], meaning: "die" },
  { words: [TAKE, ["part"]], meaning: "participate" },
  { words: [["been", "be"], ["around"]], meaning: "founded" },
  { words: [END, ["up"]], meaning: null },
  { words: [["so", "thus"], ["far"]], meaning: null },
  { words: [["right"], ["now"]], meaning: null },
  { words: [["supposed"], ["to"]], meaning: null },
  { words: [["these"], ["days"]], meaning: null },
  { words: [["at"], ["the"], ["moment"]], meaning: null },
  { words: [["in"], ["the"], ["first"], ["place"]], meaning: null },
];

export interface IdiomMatch {
  /** How many words, from the one asked about, the phrase spans. */
  length: number;
  meaning: string | null;
}

/** The phrase starting at `words[i]` (lower-case words of a question, stopwords kept), or null. */
export function idiomAt(words: readonly string[], i: number): IdiomMatch | null {
  const idiom = IDIOMS.find((d) => d.words.every((forms, k) => forms.includes(words[i + k] ?? "")));
  return idiom ? { length: idiom.words.length, meaning: idiom.meaning } : null;
}
