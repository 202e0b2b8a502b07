// /sources as a document: each stored article with its outlet, date and counts, the newest first.
import type { SourcesResult } from "../../answer/contract.ts";
import type { Document } from "../document.ts";
import { memoise } from "../memoise.ts";

/** One document per result: with thousands of articles, building and paging it is the cost. */
export const sourcesDocument: (result: SourcesResult) => Document = memoise(buildDocument);

function buildDocument(result: SourcesResult): Document {
  return {
    title: `Stored articles (${result.articles.length})`,
    notes: [],
    groups: [
      {
        items: result.articles.map((a) => ({
          kind: "entry",
          title: a.title,
          ...(a.url ? { url: a.url } : {}),
          ...(a.published ? { date: a.published } : {}),
          details: [a.outlet, `${a.paragraphs} paragraphs`, `${a.quotes} quotes`, `id ${a.id}`]
            .filter((part): part is string => Boolean(part))
            .join(" · "),
        })),
      },
    ],
    empty: "No articles are stored yet: an operator adds them with `npm run ingest`.",
    source: "The coverage-bot store",
  };
}
