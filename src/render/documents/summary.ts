// /summary as a document: the article's key sentences in order, each cited; for a story, its key facts,
// each citing every outlet that reports it.
import type { SummaryResult } from "../../answer/contract.ts";
import { excerptSources, sourcesOf, type Document } from "../document.ts";

export function summaryDocument(result: SummaryResult): Document {
  const several = result.story && result.story.outlets.length > 1 ? result.story : undefined;
  const url = several ? undefined : result.points.find((p) => p.url)?.url;
  return {
    title: `Summary (${result.length}): ${result.title}`,
    ...(url ? { url } : {}),
    notes: several ? [`The story as ${several.outlets.length} outlets report it: ${several.outlets.join(", ")}`] : [],
    groups: [
      {
        items: result.points.map((p) => ({
          kind: "excerpt",
          text: p.text,
          cite: p.cite,
          ...(p.url ? { url: p.url } : {}),
          ...excerptSources(p.cites),
        })),
      },
    ],
    empty: several ? "This story has no sentences to summarise." : "This article has no sentences to summarise.",
    source: several ? `Story: ${several.outlets.length} outlets` : sourcesOf(result.points, `Article: ${result.title}`),
  };
}
