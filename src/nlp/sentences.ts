// Sentence offsets of a paragraph: a sentence ends at . ! or ? (and any closing quotes or
// brackets) before a space and a capital, digit or opening quote — unless the full stop
// belongs to an abbreviation ("Mr.", "Gen.", "U.S.", "J. Smith", "No. 10", "Aug. 9"), an ellipsis,
// or a quoted slogan the sentence goes on after (signs reading “No Justice. No Peace.” as they marched).
import type { Span } from "../model/article.ts";

/** A candidate end: the punctuation, closing quotes/brackets, then the space before the next sentence's first character. */
const CANDIDATE = /[.!?]+["”’')\]]*(?=\s+["“‘'([]?[\p{Lu}\p{N}])/gu;
/** Titles that always precede a name: never the end of a sentence. */
const TITLES = new Set([
  "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Capt", "Cmdr", "Maj", "Sgt", "Cpl", "Adm", "Brig", "Gov", "Sen", "Rep",
  "Rev", "Fr", "St", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Mt", "Ft",
]);
/** Abbreviations that follow a name ("King Jr.", "Apple Inc."): they end a sentence only before a sentence opener. */
const AFTER_NAME = new Set(["Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros"]);
/** Abbreviations that precede a number: "No. 10", "Aug. 9", "Vol. 3". */
const BEFORE_NUMBER = new Set([
  "No", "Nos", "Vol", "Art", "Fig", "p", "pp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);
/** Words that start a new sentence after a dotted abbreviation such as "U.S." or "p.m.", or after "Inc.". */
const OPENERS = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Yet", "So", "This", "That", "These", "Those",
  "There", "His", "Her", "Its", "Their", "Our", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since",
  "However", "Meanwhile", "Still",
]);

/** How far around a stop to look for the words before and after it: keeps splitting linear on huge paragraphs. */
const NEAR = 40;

/**
 * Is the stop at `at` (the index of the first punctuation character) the end of the sentence
 * that began at `start`? A list number ("2. Never urged …") is not a sentence.
 */
function endsSentenceAt(text: string, start: number, at: number, end: number): boolean {
  if (text[at] !== ".") return true;
  if (text.startsWith("..", at) || (at - start <= NEAR && /^\s*\p{N}+$/u.test(text.slice(start, at)))) return false;
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(start, at - NEAR), at))?.[0] ?? "";
  const next = /\S+/u.exec(text.slice(end, end + NEAR))?.[0].replace(/^["“‘'([]/u, "") ?? "";
  if (TITLES.has(word)) return false;
  if (BEFORE_NUMBER.has(word) && /^\p{N}/u.test(next)) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (AFTER_NAME.has(word) || /\p{L}\.\p{L}/u.test(word)) return OPENERS.has(next.replace(/[^\p{L}]+$/u, ""));
  return true;
}

/** [open, close] of each double-quoted stretch of `text`, in order; one left open runs to the end. */
function quotedStretches(text: string): Span[] {
  const stretches: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open < 0)) open = i;
    else if ((ch === "”" || ch === '"') && open >= 0) {
      stretches.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) stretches.push([open, text.length]);
  return stretches;
}

/** A quote that ends on its own stop and is followed by more of the sentence ("… No Peace.” as they marched"): a slogan inside a sentence. */
function isSloganInSentence(text: string, [, close]: Span): boolean {
  return /[.!?]$/u.test(text.slice(0, close)) && /^\s*[\p{Ll},;]/u.test(text.slice(close + 1, close + 1 + NEAR));
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/u.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end -= 1;
  return start < end ? [start, end] : undefined;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const quoted = quotedStretches(text);
  let q = 0;
  let start = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) < match.index) q += 1;
    const quote = quoted[q];
    const inside = quote !== undefined && quote[0] < match.index && end <= quote[1];
    if (inside && isSloganInSentence(text, quote)) continue;
    if (!endsSentenceAt(text, start, match.index, end)) continue;
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  const last = trimmed(text, start, text.length);
  if (last) spans.push(last);
  return spans;
}
