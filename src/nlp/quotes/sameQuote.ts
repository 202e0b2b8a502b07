// Whether two outlets carry the same quotation: the same words once quotation marks, punctuation, case and
// spacing are set aside, or one a run of the other's words (an outlet quoting less of the statement); the
// shorter must be a few words long, so that a one-word quote ("idiot") is not merged with every longer one.
import { contentStems } from "../tokens.ts";
import { factOverlap } from "../summary/sameFact.ts";

/** Fewest words of a quote found inside a longer one for the two to count as one. */
const MIN_CONTAINED_WORDS = 4;

/** A quote's words, lower-cased, without quotation marks or punctuation, one space apart. */
export function quoteWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, " ")
    .replace(/(?:^|\s)'|'(?=\s|$)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/** What two quotes are compared by, worked out once per quote. */
export interface QuoteForm {
  /** Its words (see `quoteWords`) with a space either side, so that a search finds whole words. */
  padded: string;
  count: number;
}

/** What two reported statements are compared by: their words, and their content stems for facts told in other words. */
export interface StatementForm extends QuoteForm {
  stems: ReadonlySet<string>;
}

export function quoteForm(text: string): QuoteForm {
  const words = quoteWords(text);
  return { padded: ` ${words} `, count: words ? words.split(" ").length : 0 };
}

/** A statement's form: stemming costs more than the rest, so direct quotes, compared by their words alone, are spared it. */
export function statementForm(text: string, form: QuoteForm = quoteForm(text)): StatementForm {
  return { ...form, stems: new Set(contentStems(text)) };
}

/** Whether `a` and `b` quote the same words (one may quote fewer of them). */
export function sameQuotation(a: QuoteForm, b: QuoteForm): boolean {
  if (a.count === 0 || b.count === 0) return false;
  if (a.padded === b.padded) return true;
  const [short, long] = a.count <= b.count ? [a, b] : [b, a];
  return short.count >= MIN_CONTAINED_WORDS && short.count < long.count && long.padded.includes(short.padded);
}

/** Whether two reported statements (by the same speaker) say the same thing in different words. */
export function sameStatement(a: StatementForm, b: StatementForm): boolean {
  return sameQuotation(a, b) || factOverlap(a.stems, b.stems) > 0;
}
