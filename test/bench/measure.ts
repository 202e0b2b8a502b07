// One store, measured in a fresh process as a bot would use it: the time from the process's start and
// from opening the store to its first answer, resident memory after that and after the query mix, and
// the latency of every command (answer + Discord rendering) and autocomplete over the mix; with
// --baseline, the same queries answered the naive way (fuse.js over every quote, paragraph and
// headline, read out of the store first). Prints one JSON object.
import { readFileSync } from "node:fs";
import { countRows, openBenchStore } from "./benchStore.ts";
import { mixCommands, run } from "./mixCommands.ts";
import type { QueryMix } from "./queryMix.ts";
import { time, type Latency } from "./stats.ts";

const [path = "", mixFile = "", ...flags] = process.argv.slice(2);
const withBaseline = flags.includes("--baseline");
const { mix, warm } = JSON.parse(readFileSync(mixFile, "utf8")) as { mix: QueryMix; warm: QueryMix };

const opening = performance.now();
const store = await openBenchStore(path);
await run(store, "quote", { who: mix.names[0] ?? "Putin" });
/** performance.now() counts from the process's start: module loading included, as `npm start` pays it. */
const firstAnswerFromStartMs = performance.now();
const firstAnswerFromOpenMs = firstAnswerFromStartMs - opening;
globalThis.gc?.();
const rssAfterStartMb = process.memoryUsage().rss / 2 ** 20;

const latency: Record<string, Latency> = {};
for (const c of mixCommands) latency[c.name] = await time(c.inputs(mix), (input) => c.ask(store, input), c.inputs(warm));
globalThis.gc?.();
const rssAfterQueriesMb = process.memoryUsage().rss / 2 ** 20;

/** The naive way: everything read out of the store into fuse.js indexes, then searched (fuse.js loaded only then, after the first answer is timed). */
async function naive(): Promise<Record<string, Latency>> {
  const { default: Fuse } = await import("fuse.js");
  const quotes = (await store.allQuotes()).map((q) => ({ text: q.quote.text, speaker: q.speaker?.name ?? "" }));
  const articles = [];
  for (const summary of await store.listArticles(Number.MAX_SAFE_INTEGER)) articles.push(await store.article(summary.id));
  const paragraphs = articles.flatMap((a) => a?.paragraphs.map((p) => ({ article: a.id, n: p.n, text: p.text })) ?? []);
  // Every headline /related ranks: the related blocks and, beside them, the stored articles' own titles.
  const headlines = articles.flatMap((a) => (a ? [...a.related, { title: a.title, outlet: a.outlet }] : []));
  const byQuote = new Fuse(quotes, { keys: ["speaker", "text"], threshold: 0.4, ignoreLocation: true });
  const byParagraph = new Fuse(paragraphs, { keys: ["text"], threshold: 0.4, ignoreLocation: true });
  const byHeadline = new Fuse(headlines, { keys: ["title", "snippet"], threshold: 0.3, ignoreLocation: true });
  const sample = <T>(items: readonly T[]) => items.slice(0, 40);
  return {
    quote: await time(sample(mix.names), (who) => byQuote.search(who, { limit: 25 })),
    ask: await time(sample(mix.questions), (question) => byParagraph.search(question, { limit: 3 })),
    // /related finds the stories a topic is about by what their passages say, then the headlines: naively, both searched whole.
    related: await time(sample(mix.topics), (topic) => [byParagraph.search(topic, { limit: 200 }), byHeadline.search(topic)]),
    "autocomplete who": await time(sample(mix.namePrefixes), (typed) => byQuote.search(typed, { limit: 25 })),
  };
}

const baseline = withBaseline ? await naive() : null;
/** The store's row counts, read straight from the database: the interface has no question that counts everything. */
console.log(
  JSON.stringify({
    articles: await countRows(path, "article"),
    paragraphs: await countRows(path, "paragraph"),
    entities: await countRows(path, "entity"),
    quotes: await countRows(path, "quote"),
    firstAnswerFromStartMs: Math.round(firstAnswerFromStartMs),
    firstAnswerFromOpenMs: Math.round(firstAnswerFromOpenMs),
    rssAfterStartMb: Math.round(rssAfterStartMb),
    rssAfterQueriesMb: Math.round(rssAfterQueriesMb),
    latency,
    ...(baseline ? { baseline } : {}),
  }),
);
await store.close();
