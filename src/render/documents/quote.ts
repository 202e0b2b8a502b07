// /quote as a document: quotes by the speaker (direct, then reported), then quotes about them; a quote
// several outlets carry shows each outlet's citation.
import type { QuoteItem, QuoteResult } from "../../answer/contract.ts";
import { excerptSources, sourcesOf, type Document, type Excerpt } from "../document.ts";

const FOOTER = "coverage-bot";

function excerpt(quote: QuoteItem): Excerpt {
  return {
    kind: "excerpt",
    text: quote.kind === "reported" ? quote.text : `“${quote.text}”`,
    ...(quote.speaker ? { speaker: quote.speaker } : { speaker: "Unattributed" }),
    ...(quote.speakerDescription ? { description: quote.speakerDescription } : {}),
    cite: quote.cite,
    ...(quote.url ? { url: quote.url } : {}),
    ...excerptSources(quote.cites),
  };
}

const suggestionLine = (suggestions: readonly string[]) =>
  suggestions.length > 0 ? [`Did you mean: ${suggestions.join(", ")}?`] : [];

export function quoteDocument(result: QuoteResult): Document {
  const name = result.speaker?.name ?? result.query;
  const byQuotes = result.by.map(excerpt);
  const aboutQuotes = result.about.map(excerpt);
  const notes = result.speaker
    ? result.speaker.description
      ? [`${result.speaker.name}, ${result.speaker.description}`]
      : []
    : [`Nobody called "${result.query}" is quoted in the coverage.`, ...suggestionLine(result.suggestions)];
  return {
    title: `Quotes: ${name}`,
    notes,
    groups: [
      ...(byQuotes.length > 0 ? [{ heading: `By ${name}`, items: byQuotes }] : []),
      ...(aboutQuotes.length > 0 ? [{ heading: `About ${name}`, items: aboutQuotes }] : []),
    ],
    empty: result.speaker ? `No quotes by or about ${name} were found.` : "No quotes to show.",
    source: sourcesOf([...result.by, ...result.about], FOOTER),
  };
}
