// Sentences of a paragraph that know about quotation marks: a full stop inside a quote ends
// a sentence only when the quote closes right after it ("…on this call.” Witkoff said" does not).
import type { Span } from "../../model/article.ts";
import { QUOTE_CUE_SOURCE } from "./cueVerbs.ts";
import type { QuoteSpan } from "./quoteSpans.ts";

const ABBREVIATION = /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Fr|Prof|St|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\p{L}\.\p{L})$/u;
const CLOSERS = /^[”"’')\]]*/u;
const NEXT_OPENS = /^\s+["“‘'(]?[\p{Lu}\p{N}]/u;
/** "…?" Amanpour interrupted: a question or exclamation in quotes followed by its attribution. */
const ATTRIBUTION_NEXT = new RegExp(`^\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?:\\p{Ll}+ly\\s+)?${QUOTE_CUE_SOURCE}`, "u");

function insideAt(spans: readonly QuoteSpan[], i: number): QuoteSpan | undefined {
  return spans.find((s) => i > s.open && i < s.close);
}

/** Sentence spans of `text`, with quotes kept whole unless they close on a full stop. */
export function quoteSentences(text: string, spans: readonly QuoteSpan[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!/[.!?]/u.test(text[i] ?? "")) continue;
    let end = i + 1;
    while (/[.!?]/u.test(text[end] ?? "")) end += 1;
    const quote = insideAt(spans, i);
    if (quote && quote.close !== end) continue;
    end += CLOSERS.exec(text.slice(end))?.[0].length ?? 0;
    if (end < text.length && !NEXT_OPENS.test(text.slice(end))) continue;
    if (quote && /[!?]/u.test(text[i] ?? "") && ATTRIBUTION_NEXT.test(text.slice(end))) continue;
    if (text[i] === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i)) && !/\.\s+(?:The|He|She|It|They|But|And|In)\b/u.test(text.slice(i, i + 8))) continue;
    const s = /\S/u.exec(text.slice(start))?.index ?? 0;
    if (start + s < end) out.push([start + s, end]);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start);
  const lead = /\S/u.exec(rest)?.index;
  if (lead !== undefined) out.push([start + lead, text.trimEnd().length]);
  return out;
}
