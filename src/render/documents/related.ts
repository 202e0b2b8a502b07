// /related as a document: headlines found with the coverage, ranked by the topic when one was given.
import type { RelatedResult } from "../../answer/contract.ts";
import type { Document } from "../document.ts";

export function relatedDocument(result: RelatedResult): Document {
  return {
    title: result.topic ? `Related headlines: ${result.topic}` : "Related headlines",
    notes: [],
    groups: [
      {
        items: result.headlines.map((h) => ({
          kind: "entry",
          title: h.title,
          ...(h.outlet ? { details: h.outlet } : {}),
          ...(h.snippet ? { text: h.snippet } : {}),
        })),
      },
    ],
    empty: result.topic ? `No related headline matches "${result.topic}".` : "No related headlines are stored.",
    source: "Headlines found with the stored coverage",
  };
}
