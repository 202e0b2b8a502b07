// The numbers a sentence states for a how-long, how-many or how-old question ("more than two hours",
// "a 90-minute call", "56-year-old"), in a form two outlets' sentences compare by: number words as
// digits, units singular, those nearest the question's words first.
import { answerMatches, type QuestionKind } from "./questionKind.ts";

/** Questions whose answers outlets can state differently: durations, counts and ages (dates are too often phrased apart). */
const NUMERIC: ReadonlySet<QuestionKind> = new Set(["howLong", "howMany", "howOld"]);

const NUMBER_WORDS: Record<string, string> = {
  a: "1", an: "1", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
  eleven: "11", twelve: "12", fifteen: "15", twenty: "20", thirty: "30", forty: "40", fifty: "50", hundred: "100", half: "0.5",
};

/** "two-hour" → "2 hour"; "90 minutes long" → "90 minute"; "1,200" → "1200"; "56-year-old", ", 56," and "aged 56" → "56". */
export function valueKey(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/(\d),(\d{3})/gu, "$1$2")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim()
    .split(" ");
  const age = words.includes("old") || words.includes("aged") || words.includes("age") || words.every((w) => /^\d+$/u.test(w));
  return words
    .map((w) => NUMBER_WORDS[w] ?? w.replace(/(hour|minute|day|week|month|year|decade|dozen|hundred|thousand|million|billion)s$/u, "$1"))
    .filter((w) => !["long", "old", "aged", "age"].includes(w) && !(age && w === "year"))
    .join(" ");
}

/** The values `sentence` states for a question of `kind`, the nearest the offsets in `focus` first; none for other kinds. */
export function statedValues(kind: QuestionKind, sentence: string, focus: readonly number[] = []): string[] {
  if (!NUMERIC.has(kind)) return [];
  const distance = (m: RegExpExecArray) => Math.min(Infinity, ...focus.map((f) => Math.abs(f - m.index)));
  const values = [...answerMatches(kind, sentence)].sort((a, b) => distance(a) - distance(b)).map((m) => valueKey(m[0]));
  return [...new Set(values)];
}
