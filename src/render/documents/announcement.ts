// Newly followed articles as a document: one entry each, its headline linked, its time and outlet, and
// its first summary point quoted with the citation.
import type { AnnouncementResult } from "../../answer/contract.ts";
import type { Document } from "../document.ts";

export function announcementDocument(result: AnnouncementResult): Document {
  return {
    title: result.articles.length === 1 ? "New in the coverage" : `${result.articles.length} new articles in the coverage`,
    notes: [],
    groups: [
      {
        items: result.articles.map((a) => ({
          kind: "entry",
          title: a.title,
          ...(a.url ? { url: a.url } : {}),
          ...(a.published ? { date: a.published } : {}),
          ...(a.outlet ? { details: a.outlet } : {}),
          ...(a.point ? { text: a.point.text, cite: a.point.cite } : {}),
        })),
      },
    ],
    empty: "",
    source: "Followed feeds · ask about them with /summary, /quote or /ask",
  };
}
