// /sources as a document: each stored article with its outlet, date and counts.
import type { SourcesResult } from "../../answer/contract.ts";
import type { Document } from "../document.ts";

const documents = new WeakMap<SourcesResult, Document>();

/** One document per result: with thousands of articles, building and paging it is the cost. */
export function sourcesDocument(result: SourcesResult): Document {
  let document = documents.get(result);
  if (!document) documents.set(result, (document = buildDocument(result)));
  return document;
}

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
          details: [a.outlet, a.published, `${a.paragraphs} paragraphs`, `${a.quotes} quotes`, `id ${a.id}`]
            .filter((part): part is string => Boolean(part))
            .join(" · "),
        })),
      },
    ],
    empty: "No articles are stored yet: an operator adds them with `npm run ingest`.",
    source: "The coverage-bot store",
  };
}
