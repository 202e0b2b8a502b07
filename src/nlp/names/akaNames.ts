// Other names of a place or a body: "AT&T Stadium, aka Jerry World, aka the Jones Mahal". A name
// written as also known as a place or a body names that place or body, whatever its shape: a given
// name and a noun ("Jerry World") is no person there.
import type { NameSpan } from "./names.ts";

/** ", aka the", " a.k.a. ", ", also known as ", ", otherwise known as ": between a name and its other name. */
const AKA = /^\s*,?\s*(?:aka|a\.k\.a\.?|(?:also|otherwise)\s+known\s+as)\s+(?:the\s+)?$/iu;

/** The spans of one paragraph's `spans` (in text order) that are another name of the place or body named before them, in a chain. */
export function otherNamesOfThings(text: string, spans: readonly NameSpan[]): Set<NameSpan> {
  const others = new Set<NameSpan>();
  spans.forEach((span, i) => {
    const before = spans[i - 1];
    if (!before || !AKA.test(text.slice(before.end, span.titleStart))) return;
    if (before.kind !== "person" || others.has(before)) others.add(span);
  });
  return others;
}
