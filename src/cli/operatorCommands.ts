// The commands only operators use, from the CLI: `quotes` (every stored quote), `article <id>`
// (what ingest extracted from one article), `stories` (the articles grouped by event) and `feeds`
// (the followed feeds' state), with their plain-text forms (made inert).
import { answerArticle } from "../answer/listings/article.ts";
import type { ArticleResult, FeedsResult, QuotesResult, StoriesResult } from "../answer/contract.ts";
import { answerFeeds } from "../answer/listings/feeds.ts";
import { answerQuotes } from "../answer/quotes/quote.ts";
import { answerStories } from "../answer/listings/stories.ts";
import { inertText } from "../render/inertText.ts";
import type { Runnable } from "./runnable.ts";

function articleText(result: ArticleResult): string {
  const lines = [`${result.title}${result.outlet ? ` (${result.outlet})` : ""}`, `id: ${result.id}`];
  if (result.url) lines.push(result.url);
  for (const section of result.sections) {
    if (section.heading) lines.push("", `## ${section.heading}`);
    for (const n of section.paragraphs) {
      const paragraph = result.paragraphs.find((p) => p.n === n);
      if (paragraph) lines.push("", `¶${n} ${paragraph.text}`);
    }
  }
  if (result.captions.length) lines.push("", "Captions:", ...result.captions.map((c) => `- ${c}`));
  if (result.related.length) {
    lines.push("", "Related headlines:", ...result.related.map((r) => `- ${r.title}${r.outlet ? ` (${r.outlet})` : ""}`));
  }
  return inertText(lines.join("\n"));
}

function quotesText(result: QuotesResult): string {
  if (result.quotes.length === 0) return "No quotes are stored.";
  return inertText(result.quotes.map((q) => `“${q.text}” — ${q.speaker ?? "unknown speaker"} [${q.kind}] (${q.cite})`).join("\n"));
}

const day = (iso: string | undefined): string => iso?.slice(0, 10) ?? "undated";

function storiesText(result: StoriesResult): string {
  if (result.stories.length === 0) return "No stories are stored: ingest some articles first.";
  const blocks = result.stories.map((story) => {
    const span = day(story.first) === day(story.last) ? day(story.first) : `${day(story.first)} – ${day(story.last)}`;
    const outlets = new Set(story.articles.map((a) => a.outlet ?? "unknown outlet")).size;
    const count = story.articles.length + (story.more ?? 0);
    const lines = [`${story.title}`, `  ${span} · ${count} article${count === 1 ? "" : "s"} from ${story.more ? "at least " : ""}${outlets} outlet${outlets === 1 ? "" : "s"} · id: ${story.id}`];
    for (const a of story.articles) lines.push(`  - ${a.outlet ?? "unknown outlet"}, ${day(a.published)}: ${a.title} (${a.id})`);
    if (story.more) lines.push(`  … and ${story.more} more`);
    return lines.join("\n");
  });
  return inertText(blocks.join("\n\n"));
}

const minute = (iso: string | undefined): string => (iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "never");

function feedsText(result: FeedsResult): string {
  if (result.feeds.length === 0) return "No feeds followed yet: list them in FEEDS or data/feeds.txt, then start the bot or npm run follow.";
  const blocks = result.feeds.map((feed) => {
    const lines = [`${feed.title ?? "(untitled)"} — ${feed.url}`, `  last success ${minute(feed.lastSuccess)} · ${feed.items} item${feed.items === 1 ? "" : "s"} · next poll ${feed.nextPoll ? minute(feed.nextPoll) : "at once"}`];
    if (feed.lastError) {
      const streak = feed.failures > 0 ? `${feed.failures} failed poll${feed.failures === 1 ? "" : "s"} in a row, last` : "last";
      lines.push(`  ${streak} error ${minute(feed.lastErrorAt)}: ${feed.lastError}`);
    }
    return lines.join("\n");
  });
  return inertText(blocks.join("\n\n"));
}

export const operatorCommands: readonly Runnable[] = [
  {
    name: "article",
    description: "what ingest extracted from one article: article <id>",
    optionNames: [],
    async run(store, text) {
      const result = await answerArticle(store, { id: text });
      return "error" in result ? { result, text: inertText(result.error), ok: false } : { result, text: articleText(result), ok: true };
    },
  },
  {
    name: "stories",
    description: "the articles grouped by the event they report, latest first",
    optionNames: [],
    async run(store) {
      const result = await answerStories(store);
      return { result, text: storiesText(result), ok: true };
    },
  },
  {
    name: "feeds",
    description: "the followed feeds: last success, last error, items, next poll",
    optionNames: [],
    async run(store) {
      const result = await answerFeeds(store);
      return { result, text: feedsText(result), ok: true };
    },
  },
  {
    name: "quotes",
    description: "every quote in the store",
    optionNames: [],
    async run(store) {
      const result = await answerQuotes(store);
      return { result, text: quotesText(result), ok: true };
    },
  },
];
