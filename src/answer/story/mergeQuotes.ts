// One entry per quotation however many outlets carry it: quotes by the same speaker that quote the same
// words (one outlet may quote fewer of them), or report the same statement, become one entry showing the
// fullest wording, citing every article that carries it, that article first.
import { quoteForm, sameQuotation, sameStatement, type QuoteForm } from "../../nlp/quotes/sameQuote.ts";
import type { Cite, QuoteItem } from "../contract.ts";

const citesOf = (item: QuoteItem): Cite[] => item.cites ?? [{ article: item.article, paragraph: item.paragraph, cite: item.cite, ...(item.url ? { url: item.url } : {}) }];

/** Each text's form, worked out once: a much-quoted speaker's 250 quotes are compared pairwise. */
function formsOf(): (text: string) => QuoteForm {
  const forms = new Map<string, QuoteForm>();
  return (text) => {
    const known = forms.get(text);
    if (known) return known;
    const form = quoteForm(text);
    forms.set(text, form);
    return form;
  };
}

function same(a: QuoteItem, b: QuoteItem, form: (text: string) => QuoteForm): boolean {
  if (a.speaker !== b.speaker) return false;
  if (a.kind === "reported" && b.kind === "reported") return sameStatement(form(a.text), form(b.text));
  return a.kind !== "reported" && b.kind !== "reported" && sameQuotation(form(a.text), form(b.text));
}

/** `into` with `other`'s citations added (one per article), showing the longer of the two wordings. */
function merged(into: QuoteItem, other: QuoteItem): QuoteItem {
  const [shown, rest] = other.text.length > into.text.length ? [other, into] : [into, other];
  const cites: Cite[] = [];
  for (const cite of [...citesOf(shown), ...citesOf(rest)]) if (!cites.some((c) => c.article === cite.article)) cites.push(cite);
  return { ...shown, cites };
}

export function mergeQuotes(items: readonly QuoteItem[]): QuoteItem[] {
  const form = formsOf();
  const entries: QuoteItem[] = [];
  for (const item of items) {
    const i = entries.findIndex((e) => same(e, item, form));
    const entry = entries[i];
    if (!entry) {
      entries.push(item);
      continue;
    }
    entries[i] = merged(entry, item);
    // The fuller wording may now hold an entry that did not match before: fold it in too.
    const widened = entries[i];
    for (let j = entries.length - 1; j > i; j--) {
      const later = entries[j];
      if (widened && later && same(widened, later, form)) {
        entries[i] = merged(entries[i] ?? widened, later);
        entries.splice(j, 1);
      }
    }
  }
  return entries;
}
