// /related as a document: the story's articles (outlet, date, link), then related stories, then headlines
// found with the coverage, ranked by the topic when one was given.
import type { RelatedResult } from "../../answer/contract.ts";
import type { Document, Group } from "../document.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function storyGroup(story: NonNullable<RelatedResult["story"]>): Group {
  return {
    heading: `The story: ${story.title}`,
    items: story.articles.map((a) => ({
      kind: "entry",
      title: a.title,
      ...(a.url ? { url: a.url } : {}),
      ...(a.outlet ? { details: a.outlet } : {}),
      ...(a.published ? { date: a.published } : {}),
    })),
  };
}

export function relatedDocument(result: RelatedResult): Document {
  const story = result.story && result.story.articles.length > 1 ? [storyGroup(result.story)] : [];
  const stories: Group[] =
    result.stories && result.stories.length > 0
      ? [
          {
            heading: "Related stories",
            items: result.stories.map((s) => ({ kind: "entry", title: s.title, date: s.first, details: `${plural(s.outlets.length, "outlet")}: ${s.outlets.join(", ")}` })),
          },
        ]
      : [];
  const headlines: Group = {
    ...(story.length + stories.length > 0 ? { heading: "Other headlines" } : {}),
    items: result.headlines.map((h) => ({
      kind: "entry",
      title: h.title,
      ...(h.outlet ? { details: h.outlet } : {}),
      ...(h.snippet ? { text: h.snippet } : {}),
    })),
  };
  return {
    title: result.topic ? `Related: ${result.topic}` : result.story && result.story.articles.length > 1 ? `Related: ${result.story.title}` : "Related headlines",
    notes: story.length > 0 && result.story?.more ? [`The story's earliest ${result.story.articles.length} articles are listed, and ${result.story.more} more are not shown.`] : [],
    groups: [...story, ...stories, headlines],
    empty: result.topic ? `No related coverage matches "${result.topic}".` : "No related headlines are stored.",
    source: "Headlines found with the stored coverage",
  };
}
