// One entry per quotation however many outlets carry it: quotes by the same speaker that quote the same
// words (one outlet may quote fewer of them), or report the same statement, become one entry showing the
// fullest wording, citing every article that carries it, that article first.
import { quoteForm, sameQuotation, sameStatement, statementForm, type QuoteForm, type StatementForm } from "../../nlp/quotes/sameQuote.ts";
import type { Cite, QuoteItem } from "../contract.ts";

const citesOf = (item: QuoteItem): Cite[] => item.cites ?? [{ article: item.article, paragraph: item.paragraph, cite: item.cite, ...(item.url ? { url: item.url } : {}) }];

/** Each text's forms, worked out once and only as needed: a much-quoted speaker's 250 quotes are compared pairwise. */
interface Forms {
  quote(text: string): QuoteForm;
  statement(text: string): StatementForm;
}

function cached<F>(forms: Map<string, F>, text: string, make: (text: string) => F): F {
  const known = forms.get(text);
  if (known) return known;
  const form = make(text);
  forms.set(text, form);
  return form;
}

function formsOf(): Forms {
  const quotes = new Map<string, QuoteForm>();
  const statements = new Map<string, StatementForm>();
  const quote = (text: string): QuoteForm => cached(quotes, text, quoteForm);
  return { quote, statement: (text) => cached(statements, text, (t) => statementForm(t, quote(t))) };
}

function same(a: QuoteItem, b: QuoteItem, forms: Forms): boolean {
  if (a.speaker !== b.speaker) return false;
  if (a.kind === "reported" && b.kind === "reported") return sameStatement(forms.statement(a.text), forms.statement(b.text));
  return a.kind !== "reported" && b.kind !== "reported" && sameQuotation(forms.quote(a.text), forms.quote(b.text));
}

/** `into` with `other`'s citations added (one per article), showing the longer of the two wordings. */
function merged(into: QuoteItem, other: QuoteItem): QuoteItem {
  const [shown, rest] = other.text.length > into.text.length ? [other, into] : [into, other];
  const cites: Cite[] = [];
  for (const cite of [...citesOf(shown), ...citesOf(rest)]) if (!cites.some((c) => c.article === cite.article)) cites.push(cite);
  return { ...shown, cites };
}

export function mergeQuotes(items: readonly QuoteItem[]): QuoteItem[] {
  const forms = formsOf();
  const entries: QuoteItem[] = [];
  for (const item of items) {
    const i = entries.findIndex((e) => same(e, item, forms));
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
      if (widened && later && same(widened, later, forms)) {
        entries[i] = merged(entries[i] ?? widened, later);
        entries.splice(j, 1);
      }
    }
  }
  return entries;
}
