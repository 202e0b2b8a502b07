// /coverage as a document: a story's outlets (headline, time, link, whom each quoted), then the facts
// they state differently, each side cited with its figure in bold, then what one outlet alone
// reports; or, with no story named, the latest stories to pick from.
import type { CoverageResult, StoriesResult } from "../../answer/contract.ts";
import { humanDate } from "../dates.ts";
import type { Document, Group } from "../document.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function span(first: string, last: string): string {
  const [from, to] = [humanDate(first), humanDate(last)];
  return from === to ? from : `${from} – ${to}`;
}

export function storyListDocument(result: StoriesResult): Document {
  return {
    title: "Latest stories",
    notes: result.stories.length > 0 ? ["Pick one: /coverage story:<words from its headline, a name, or its id>"] : [],
    groups: [
      {
        items: result.stories.map((story) => {
          const outlets = [...new Set(story.articles.map((a) => a.outlet).filter(Boolean))];
          return {
            kind: "entry",
            title: story.title,
            date: story.last,
            details: [plural(story.articles.length + (story.more ?? 0), "article"), outlets.join(", "), `id ${story.id}`].filter(Boolean).join(" · "),
          };
        }),
      },
    ],
    empty: "No stories are stored yet: an operator adds articles with `npm run ingest`, and they group into stories as they arrive.",
    source: "The coverage-bot store",
  };
}

export function coverageDocument(result: CoverageResult): Document {
  const articleCount = result.outlets.reduce((n, o) => n + o.articles.length, 0);
  const outlets: Group = {
    heading: "Who covered it",
    items: result.outlets.flatMap((o) =>
      o.articles.map((a, i) => ({
        kind: "entry" as const,
        title: a.title,
        ...(a.url ? { url: a.url } : {}),
        ...(a.published ? { date: a.published } : {}),
        details: i > 0 ? o.outlet : `${o.outlet} · ${o.quoted.length > 0 ? `quoted ${o.quoted.slice(0, 6).join(", ")}${o.quoted.length > 6 ? "…" : ""}` : "quoted nobody by name"}`,
      })),
    ),
  };
  const differences: Group[] = result.differences.map((d) => ({
    heading: `They differ: ${d.about}`,
    items: d.claims.map((c) => {
      const at = c.text.indexOf(c.stated);
      return { kind: "excerpt", text: c.text, cite: c.cite, ...(c.url ? { url: c.url } : {}), ...(at >= 0 ? { highlights: [[at, at + c.stated.length] as const] } : {}) };
    }),
  }));
  const only: Group[] = result.outlets
    .map((o) => ({
      heading: `Only ${o.outlet} reports`,
      items: result.only.filter((s) => s.outlet === o.outlet).map((s) => ({ kind: "excerpt" as const, text: s.text, cite: s.cite, ...(s.url ? { url: s.url } : {}) })),
    }))
    .filter((g) => g.items.length > 0);
  return {
    title: result.story.title,
    notes: [
      `${plural(articleCount + (result.story.more ?? 0), "article")} from ${result.story.more ? "at least " : ""}${plural(result.outlets.length, "outlet")} · ${span(result.story.first, result.story.last)}`,
      ...(result.story.more ? [`The earliest ${plural(articleCount, "article")} are compared here, and ${result.story.more} more are not shown.`] : []),
      ...(result.outlets.length > 1 && result.differences.length === 0 ? [`No figure differs between the outlets${result.agreements.length > 0 ? ` (${plural(result.agreements.length, "figure")} stated alike)` : ""}.`] : []),
    ],
    groups: [outlets, ...differences, ...only],
    empty: "This story has no articles left.",
    source: `Story ${result.story.id}: ${result.outlets.map((o) => o.outlet).join(", ")}`,
  };
}
