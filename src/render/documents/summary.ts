// /summary as a document: the article's key sentences in order, each cited.
import type { SummaryResult } from "../../answer/contract.ts";
import { sourcesOf, type Document } from "../document.ts";

export function summaryDocument(result: SummaryResult): Document {
  const url = result.points.find((p) => p.url)?.url;
  return {
    title: `Summary (${result.length}): ${result.title}`,
    ...(url ? { url } : {}),
    notes: [],
    groups: [
      {
        items: result.points.map((p) => ({ kind: "excerpt", text: p.text, cite: p.cite, ...(p.url ? { url: p.url } : {}) })),
      },
    ],
    empty: "This article has no sentences to summarise.",
    source: sourcesOf(result.points, `Article: ${result.title}`),
  };
}
