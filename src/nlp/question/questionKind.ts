// What kind of answer a question wants (a person, a time, a duration, a number, a place, a reason)
// and how strongly a sentence carries that kind of answer, so the kind can steer the ranking.

export type QuestionKind = "who" | "when" | "where" | "howLong" | "howMany" | "howOld" | "why" | "what" | "how" | "other";

interface KindRule {
  kind: QuestionKind;
  /** The question's opening words that name the kind; they are not search terms. */
  opener: RegExp;
}

const RULES: readonly KindRule[] = [
  { kind: "howLong", opener: /^how\s+long\b|^for\s+how\s+long\b|^how\s+much\s+time\b|^how\s+many\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b/iu },
  { kind: "howOld", opener: /^how\s+old\b|^(?:what|which)\s+age\b|^at\s+what\s+age\b/iu },
  { kind: "howMany", opener: /^how\s+(?:many|much)\b|^what\s+(?:number|percentage|share|proportion)\b|^what\s+(?:is|was)\s+the\s+(?=(?:population|number|size|total|death\s+toll|price|cost)\b)/iu },
  { kind: "when", opener: /^when\b|^(?:what|which)\s+(?:year|day|date|month|time)\b|^at\s+what\s+time\b/iu },
  { kind: "where", opener: /^where\b|^(?:what|which)\s+(?:country|city|town|region|place|state)\b|^in\s+(?:what|which)\s+(?:country|city|region|place|state)\b/iu },
  { kind: "who", opener: /^who(?:m|se)?\b|^(?:what|which)\s+(?:person|official|analyst|leader|group|organi[sz]ation)\b/iu },
  { kind: "why", opener: /^why\b|^for\s+what\s+reason\b|^what\s+(?:caused|is\s+the\s+reason|was\s+the\s+reason)\b/iu },
  { kind: "how", opener: /^how\b/iu },
  { kind: "what", opener: /^(?:what|which)\b/iu },
];

/** A what-question ending on "age". */
const ASKS_AGE = /\bage\s*\??\s*$/iu;

const QUESTION_WORDS = ["who", "whom", "whose", "what", "when", "where", "which", "why", "how"];

/** The question word a mistyped opening word stands for ("Whn" → "when"), or the word itself. */
function questionWord(word: string): string {
  const lower = word.toLowerCase();
  if (QUESTION_WORDS.includes(lower) || !/^[wh]/u.test(lower)) return word;
  const slips = QUESTION_WORDS.filter((q) => q[0] === lower[0] && editKind(q, lower) === "slip");
  const changes = QUESTION_WORDS.filter((q) => q[0] === lower[0] && editKind(q, lower) === "change");
  return slips[0] ?? changes[0] ?? word;
}

/** "slip" when b is a one-letter drop, addition or swap from a; "change" for one changed letter. */
function editKind(a: string, b: string): "slip" | "change" | null {
  if (Math.abs(a.length - b.length) > 1 || a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i) ? "slip" : null;
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1) ? "slip" : null;
  if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return "slip";
  return a.slice(i + 1) === b.slice(i + 1) ? "change" : null;
}

export interface QuestionShape {
  kind: QuestionKind;
  /** The question without the words that only name its kind ("how long", "when", "who"). */
  rest: string;
  /** The question word as meant, when it was mistyped ("Whn" → "When"). */
  questionWordFix?: { from: string; to: string };
}

export function questionShape(question: string): QuestionShape {
  const trimmed = question.trim().replace(/^(?:and|so|but|ok|okay|please)[,\s]+/iu, "");
  const typed = /^[\p{L}]+/u.exec(trimmed)?.[0] ?? "";
  const meant = questionWord(typed);
  const text = meant + trimmed.slice(typed.length);
  const shown = /^\p{Lu}/u.test(typed) ? meant.charAt(0).toUpperCase() + meant.slice(1) : meant;
  const fix = meant === typed ? {} : { questionWordFix: { from: typed, to: shown } };
  for (const rule of RULES) {
    const match = rule.opener.exec(text);
    if (!match) continue;
    // "What is Lena Ortiz's age?": asked by its last word, an age question all the same.
    const kind = rule.kind === "what" && ASKS_AGE.test(text) ? "howOld" : rule.kind;
    return { kind, rest: text.slice(match[0].length), ...fix };
  }
  return { kind: "other", rest: text, ...fix };
}

const NUMBER_WORD = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|half|\\d[\\d,.]*)";
/** A length, for "how long is the line": "a 20-mile line", "8 to 10 feet", "500 metres". */
const LENGTH = `${NUMBER_WORD}(?:[\\s-]+(?:to|or)[\\s-]+${NUMBER_WORD})?[\\s-]*(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|yards?|inches|inch)`;
const DURATION = new RegExp(
  `\\b(?:${NUMBER_WORD}[\\s-]+(?:and\\s+a\\s+half\\s+)?(?:hours?|minutes?|days?|weeks?|months?|years?|decades?)(?![\\s-]+old)(?:[\\s-]+long)?|(?:hours?|days?|weeks?|months?|years?|decades?)\\s+(?:long|later)|for\\s+(?:hours|days|weeks|months|years|decades)|since\\s+\\d{4}|${LENGTH})\\b`,
  "giu",
);
const QUANTITY = /\b(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds?|thousands?|millions?|billions?|half)\b/giu;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const TIME = new RegExp(
  `\\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|${MONTH}(?:\\s+\\d{1,2})?|(?:1[89]|20)\\d{2}s?|\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|(?:last|next|this)\\s+(?:week|month|year|fall|spring|summer|winter)|yesterday|today|tomorrow|tonight|(?:in\\s+the\\s+)?(?:morning|afternoon|evening|night)|ago|decades?|the\\s+\\d{4}s)`,
  "gu",
);
const PLACE = /\b(?:in|at|near|from|to|across|off|outside|inside)\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]+)/u;
const PLACE_WORD = /\b(?:region|city|capital|country|border|coast|sea|island|airport|state|province|town|village|museum|area)\b/iu;
const NAME = /(?:^|[^.!?]\s)(?:[A-Z][\p{L}’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}’'-]+|[A-Z]\.))+/u;
const ROLE = /\b(?:spokes(?:man|woman|person)|president|minister|secretary|senator|sen\.|official|officials|analyst|expert|director|chairman|chief|leader|envoy|fellow|editor|professor|attorney|prosecutors?|commission|agency|council|ministry|government|police)\b/iu;
const REASON = /\b(?:because|since|due\s+to|owing\s+to|as\s+a\s+result|in\s+order\s+to|so\s+that|amid|after|given|in\s+exchange|in\s+return|aimed\s+at|to\s+(?:avoid|prevent|help|stop|make|ensure|seek|cement|force|win)|blam(?:e|ed)|caus(?:e|ed)|lead\s+to|reason|prompt(?:ed|ing)|spark(?:ed|ing)|trigger(?:ed|ing)|following|in\s+response\s+to|for\s+(?:(?!(?:some|any|no|every)thing\b)\w+ing|(?:his|her|their|its)\s+(?:role|part))\b)\b/iu;
const MANNER = /\b(?:by\s+\w+ing|through|with|using)\b/iu;

/** Newspaper ages: "Thomas, 41,", "a 66-year-old", "the 93 year-old", "He was 25 years old", "aged 31". */
const AGE = /\b(?:aged?\s+\d{1,3}\b|\d{1,3}[\s-]+years?[\s-]+old|,\s*\d{1,3}\s*,)/gu;
const TYPED: Partial<Record<QuestionKind, RegExp>> = { howLong: DURATION, howMany: QUANTITY, howOld: AGE, when: TIME };
/** A duration, number or date this close (in characters) to a word of the question is taken to answer it. */
const NEAR = 40;
const FAR_MATCH = 0.7;

/** The durations, numbers, ages or dates a sentence states, for a question of a kind answered by one. */
export function answerMatches(kind: QuestionKind, sentence: string): RegExpExecArray[] {
  const typed = TYPED[kind];
  return typed ? [...sentence.matchAll(typed)] : [];
}

/**
 * How strongly (0–1) a sentence carries the kind of answer the question wants. For durations, numbers
 * and dates, `focus` (offsets of the question's words in the sentence) favours the ones beside them.
 */
export function answerTypeScore(kind: QuestionKind, sentence: string, focus?: readonly number[]): number {
  if (TYPED[kind]) {
    const matches = answerMatches(kind, sentence);
    if (matches.length === 0) return 0;
    if (!focus) return 1;
    const near = matches.some((m) => focus.some((f) => f >= m.index - NEAR && f <= m.index + m[0].length + NEAR));
    return near ? 1 : FAR_MATCH;
  }
  switch (kind) {
    case "where":
      return (PLACE.test(sentence) ? 0.7 : 0) + (PLACE_WORD.test(sentence) ? 0.3 : 0);
    case "who":
      return (NAME.test(sentence) ? 0.7 : 0) + (ROLE.test(sentence) ? 0.3 : 0);
    case "why":
      return REASON.test(sentence) ? 1 : 0;
    case "how":
      return MANNER.test(sentence) ? 0.5 : 0;
    default:
      return 0;
  }
}
