// /ask as a document: the passages that answer, best first, each citing every outlet that gives it; a note
// when outlets state different numbers; for a question about the coverage, the story's articles
// (outlet, date, link) then what each reported; or, when nothing answers, the closest passages as "maybe related".
import type { AskAnswer, AskResult } from "../../answer/contract.ts";
import { citedSource, excerptSources, sourcesOf, type Document, type Excerpt, type Group } from "../document.ts";

const excerpt = (answer: AskAnswer): Excerpt => ({
  kind: "excerpt",
  text: answer.text,
  cite: answer.cite,
  ...(answer.url ? { url: answer.url } : {}),
  highlights: answer.highlights,
  ...excerptSources(answer.cites),
});

type Coverage = NonNullable<AskResult["coverage"]>;
type Disagreement = NonNullable<AskResult["disagreements"]>[number];

function coverageNote(coverage: Coverage): string {
  const outlets = [...new Set(coverage.articles.map((a) => a.outlet ?? a.title))];
  const [first] = coverage.articles;
  if (coverage.asks === "first" && first) return `First reported by ${first.outlet ?? first.title} — the story “${coverage.story.title}”`;
  const more = coverage.more ? ` (its earliest ${coverage.articles.length} articles; ${coverage.more} more are not shown)` : "";
  return `${outlets.length} outlet${outlets.length === 1 ? "" : "s"} covered the story “${coverage.story.title}”: ${outlets.join(", ")}${more}`;
}

const coverageGroup = (coverage: Coverage): Group => ({
  heading: coverage.asks === "first" ? "Its articles, first published first" : "Its articles",
  items: coverage.articles.map((a) => ({
    kind: "entry",
    title: a.title,
    ...(a.url ? { url: a.url } : {}),
    ...(a.outlet ? { details: a.outlet } : {}),
    ...(a.published ? { date: a.published } : {}),
  })),
});

/** "Outlets differ: 38 (HuffPost ¶2) · 35 (The New York Times ¶9)": each number with the outlets stating it. */
const disagreementNote = (d: Disagreement): string =>
  `Outlets differ: ${d.claims.map((c) => `${c.value} (${c.cites.map((x) => `${x.outlet ?? citedSource(x.cite)} ¶${x.paragraph}`).join(", ")})`).join(" · ")}`;

export function askDocument(result: AskResult): Document {
  const notes = [
    ...(result.corrected ? [`Read as: ${result.corrected}`] : []),
    ...(result.coverage ? [coverageNote(result.coverage)] : []),
    ...(result.disagreements ?? []).map(disagreementNote),
    ...(result.answers.length === 0 ? ["Nothing in the coverage answers that."] : []),
  ];
  const answers: Group[] = result.coverage ? [{ heading: "What each reported", items: result.answers.map(excerpt) }] : [{ items: result.answers.map(excerpt) }];
  const groups: Group[] =
    result.answers.length > 0
      ? [...(result.coverage ? [coverageGroup(result.coverage)] : []), ...answers]
      : result.maybeRelated.length > 0
        ? [{ heading: "Maybe related", items: result.maybeRelated.map(excerpt) }]
        : [];
  return {
    title: `Q: ${result.question}`,
    notes,
    groups,
    empty: "Try other words, or see /sources for what is covered.",
    source: sourcesOf([...result.answers, ...result.maybeRelated], "coverage-bot"),
  };
}
