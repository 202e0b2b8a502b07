// The cue verb and subject that attribute one quoted span within its sentence: the attribution
// right after the quote ("…,” Witkoff told), else the last cue before it ("Peskov underlined that
// …"), else a sentence-final attribution ("…, Iraq's ambassador warned on Monday.").
import { NAMING_CUES, QUOTE_CUE } from "./cueVerbs.ts";
import type { LocalMention } from "../names/entities.ts";
import type { QuoteSpan } from "./quoteSpans.ts";
import { subjectOf, type Cue, type Subject } from "./speakers.ts";

export interface QuoteCue {
  cue: Cue;
  subject: Subject;
  /** Where the cue sits: right after the quote, before it, or ending the sentence. */
  side: "after" | "before" | "tail";
}

/** The attribution clause after a quote is short and stays in its sentence. */
const MAX_ATTRIBUTION_GAP = 160;
/** Between a quote and its trailing attribution: punctuation, then a subject (name, pronoun, "the White House"), no new clause. */
const ATTRIBUTION_GAP = /^[,.!?…—–:-]?\s*(?:$|(?:\p{Lu}|he\b|she\b|it\b|they\b|the\b|a\b|one\b|an\b)(?![^]*\b(?:and|but|while|which|that|because|when)\b)[^“"‘;:]*$)/u;
/** "… asked “Why …?” Mr. Cueto responded that “…”": a cue followed by "that" introduces words of its own, not the quote before it. */
const INTRODUCES_OWN = /^\s*that\b/u;
/** "called his death “a crisis…”": a naming cue reaches a quote this many words on. */
const NAMING_REACH = 8;
/** A sentence-final attribution has at most this many words after its verb. */
const MAX_TAIL_WORDS = 4;

export const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The cue verbs in masked[from, to). */
export function cuesIn(masked: string, from: number, to: number): Cue[] {
  const found: Cue[] = [];
  for (const match of masked.slice(from, to).matchAll(QUOTE_CUE)) {
    const verb = (match[0].split(" ")[0] ?? match[0]).toLowerCase();
    found.push({ verb, start: from + match.index, end: from + match.index + match[0].length });
  }
  return found;
}

export function quoteCue(masked: string, [ss, se]: [number, number], span: QuoteSpan, mentions: readonly LocalMention[]): QuoteCue | undefined {
  const after = cuesIn(masked, span.close + 1, se);
  const adjacent = after.find(
    (c) => c.start - span.close <= MAX_ATTRIBUTION_GAP && ATTRIBUTION_GAP.test(masked.slice(span.close + 1, c.start)) && !INTRODUCES_OWN.test(masked.slice(c.end)),
  );
  const afterSubject = adjacent && subjectOf(masked, span.close + 1, se, adjacent, mentions);
  if (adjacent && afterSubject) return { cue: adjacent, subject: afterSubject, side: "after" };
  const before = cuesIn(masked, ss, span.open).at(-1);
  if (before) {
    const reaches = !NAMING_CUES.has(before.verb) || wordCount(masked.slice(before.end, span.open)) <= NAMING_REACH;
    const subject = reaches ? subjectOf(masked, ss, se, before, mentions) : undefined;
    if (subject) return { cue: before, subject, side: "before" };
  }
  const tail = after.at(-1);
  if (tail && wordCount(masked.slice(tail.end, se)) <= MAX_TAIL_WORDS) {
    const comma = masked.lastIndexOf(",", tail.start);
    const subject = comma > span.close ? subjectOf(masked, comma + 1, se, tail, mentions) : undefined;
    if (subject) return { cue: tail, subject, side: "tail" };
  }
  return undefined;
}
