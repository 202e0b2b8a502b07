// The rules a summary point obeys: it must not lean on the sentence before (a dangling pronoun,
// connective or pronoun speaker), must not leave a quotation open or close one it did not open,
// and must not repeat another point.
import { contentStems } from "../tokens.ts";

const OPENERS = new Set(
  (
    "he she it they this that these those his her its their him them we i " +
    "but however also and yet still so then meanwhile moreover furthermore instead nevertheless nonetheless thus " +
    "therefore besides likewise similarly otherwise such hence too plus or nor accordingly"
  ).split(" "),
);
const OPENING_PHRASES =
  /^(?:in\s+(?:return|addition|contrast|turn|retaliation|response|that\s+case|the\s+end)|as\s+a\s+result|by\s+contrast|despite\s+(?:this|that)|on\s+the\s+other\s+hand|at\s+the\s+same\s+time|even\s+so|after\s+(?:that|this)|because\s+of\s+(?:this|that)|for\s+(?:this|that)\s+reason|not\s+only\s+that|either\s+way|since\s+then|the\s+(?:move|latter|former|same))\b/iu;
/** `…,” she said.` / `…, it added`: the speaker is a pronoun, named only before. */
const PRONOUN_SPEAKER = /[,.!?]["”’']?\s+(?:he|she|they|it)\s+(?:said|says|added|told|noted|wrote|warned|argued|explained|continued|insisted)\b[^.!?]*[.!?]?["”’']?\s*$/iu;

function firstWord(sentence: string): string {
  const match = /[\p{L}’']+/u.exec(sentence.replace(/^[\s"“‘'([—–-]+/u, ""));
  return (match?.[0] ?? "").toLowerCase().replace(/’/gu, "'");
}

/** Whether a sentence cannot stand alone: it opens with a pronoun or connective, or its speaker is a pronoun. */
export function needsPrevious(sentence: string): boolean {
  const trimmed = sentence.trim().replace(/^[\s"“‘'([—–-]+/u, "");
  const first = firstWord(trimmed).replace(/'s$/u, "");
  return OPENERS.has(first) || OPENING_PHRASES.test(trimmed) || PRONOUN_SPEAKER.test(trimmed);
}

/** "WASHINGTON (CNN) -- ", "KYIV, Ukraine (AP) — ": a place of up to four words, the outlet in brackets, a dash. */
const DATELINE = /^(?:[\p{Lu}][\p{L}.'’-]*,?\s+){0,4}\([\p{L}][\p{L} .&]{1,30}\)\s*(?:--|[—–])\s*(?=[\p{Lu}\p{N}"“‘'])/u;

/** A story's first sentence without the dateline it may open with, which is furniture rather than news. */
export function withoutDateline(sentence: string): string {
  return sentence.replace(DATELINE, "");
}

/**
 * How a text leaves its double quotation marks: `opens` when a quotation runs on past its end
 * (`"The consequences are beyond comprehension.`), `closes` when it ends one opened before it
 * (`It would be 9/11 times 10," Graham said.`). Single quotes are left alone: they double as apostrophes.
 */
export function quotation(text: string): "balanced" | "opens" | "closes" {
  const opening = text.match(/“/gu)?.length ?? 0;
  const closing = text.match(/”/gu)?.length ?? 0;
  if (opening !== closing) return opening > closing ? "opens" : "closes";
  const straight = [...text.matchAll(/"/gu)];
  const last = straight.at(-1);
  if (straight.length % 2 === 0 || last === undefined) return "balanced";
  return /^"[\p{L}\p{N}‘'(]/u.test(text.slice(last.index)) && !/[\p{L}\p{N},.!?]$/u.test(text.slice(0, last.index)) ? "opens" : "closes";
}

/** Whether two texts say much the same: most content words of the shorter one are in the other. */
export function nearDuplicate(a: string, b: string, threshold = 0.6): boolean {
  return sameContent(new Set(contentStems(a)), new Set(contentStems(b)), threshold);
}

/** `nearDuplicate` over texts' content stems, for callers that keep them. */
export function sameContent(sa: ReadonlySet<string>, sb: ReadonlySet<string>, threshold = 0.6): boolean {
  if (sa.size === 0 || sb.size === 0) return false;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / Math.min(sa.size, sb.size) >= threshold;
}
