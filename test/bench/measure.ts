// One store, measured in a fresh process: load time (read, validate, build every index),
// resident memory after load and after the queries, and the latency of every command (answer + Discord rendering)
// and autocomplete over a realistic query mix; with --baseline, the same queries answered the naive way (fuse.js over every
// quote, paragraph and headline); with --load-only, the load times alone. Prints one JSON object.
import Fuse from "fuse.js";
import { commands } from "../../commands/index.ts";
import type { Command } from "../../commands/command.ts";
import { prepareIndexes } from "../../commands/prepare.ts";
import { indexStore } from "../../src/store/corpus.ts";
import { loadStore } from "../../src/store/storeFile.ts";
import { queryMix } from "./queryMix.ts";
import { time, type Latency } from "./stats.ts";

const [path = "", ...flags] = process.argv.slice(2);
const withBaseline = flags.includes("--baseline");
const loadOnly = flags.includes("--load-only");

const command = (name: string): Command<unknown> => {
  const found = commands.find((c) => c.definition.name === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
};

function run(name: string, options: Record<string, string>): unknown {
  const cmd = command(name);
  const result = cmd.answer(indexed, options);
  return cmd.toDiscord(result, { command: name, page: 0, args: Object.values(options) });
}

const started = performance.now();
const loaded = loadStore(path);
if (!loaded.ok) throw new Error(loaded.message);
const parsedMs = performance.now() - started;
const indexed = indexStore(loaded.store, loaded.indexes);
prepareIndexes(indexed);
const loadMs = performance.now() - started;
if (loadOnly) {
  console.log(JSON.stringify({ parseAndValidateMs: Math.round(parsedMs), loadMs: Math.round(loadMs) }));
  process.exit(0);
}
globalThis.gc?.();
const rssMb = process.memoryUsage().rss / 2 ** 20;
const mix = queryMix(loaded.store);
const warm = queryMix(loaded.store, 100, 7);

const latency: Record<string, Latency> = {
  quote: time(mix.names, (who) => run("quote", { who }), warm.names),
  who: time(mix.names, (name) => run("who", { name }), warm.names),
  ask: time(mix.questions, (question) => run("ask", { question }), warm.questions),
  summary: time(mix.articles, (article) => run("summary", { article }), warm.articles),
  related: time(mix.topics, (topic) => run("related", { topic }), warm.topics),
  sources: time(mix.articles.slice(0, 50), () => run("sources", {}), warm.articles.slice(0, 10)),
  "autocomplete who": time(mix.namePrefixes, (typed) => command("quote").autocomplete?.(indexed, "who", typed), warm.namePrefixes),
  "autocomplete article": time(mix.titlePrefixes, (typed) => command("summary").autocomplete?.(indexed, "article", typed), warm.titlePrefixes),
};

function naive(): Record<string, Latency> {
  const store = loaded.ok ? loaded.store : null;
  if (!store) return {};
  const names = new Map(store.entities.map((e) => [e.id, e.name]));
  const quotes = store.quotes.map((q) => ({ text: q.text, speaker: q.speakerId ? names.get(q.speakerId) ?? "" : "" }));
  const paragraphs = store.articles.flatMap((a) => a.paragraphs.map((p) => ({ article: a.id, n: p.n, text: p.text })));
  // Every headline /related ranks: the related blocks and, beside them, the stored articles' own titles.
  const headlines = [...store.articles.flatMap((a) => a.related), ...store.articles.map((a) => ({ title: a.title, outlet: a.outlet }))];
  const byQuote = new Fuse(quotes, { keys: ["speaker", "text"], threshold: 0.4, ignoreLocation: true });
  const byParagraph = new Fuse(paragraphs, { keys: ["text"], threshold: 0.4, ignoreLocation: true });
  const byHeadline = new Fuse(headlines, { keys: ["title", "snippet"], threshold: 0.3, ignoreLocation: true });
  const sample = <T>(items: readonly T[]) => items.slice(0, 40);
  return {
    quote: time(sample(mix.names), (who) => byQuote.search(who, { limit: 25 })),
    ask: time(sample(mix.questions), (question) => byParagraph.search(question, { limit: 3 })),
    related: time(sample(mix.topics), (topic) => byHeadline.search(topic)),
    "autocomplete who": time(sample(mix.namePrefixes), (typed) => byQuote.search(typed, { limit: 25 })),
  };
}

const baseline = withBaseline ? naive() : null;
globalThis.gc?.();
/** After the query mix (and the baseline) every article's paragraphs have been read once: the most the store takes. */
const rssAfterQueriesMb = process.memoryUsage().rss / 2 ** 20;

console.log(
  JSON.stringify({
    articles: loaded.store.articles.length,
    paragraphs: loaded.store.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    entities: loaded.store.entities.length,
    quotes: loaded.store.quotes.length,
    parseAndValidateMs: Math.round(parsedMs),
    loadMs: Math.round(loadMs),
    rssMb: Math.round(rssMb),
    rssAfterQueriesMb: Math.round(rssAfterQueriesMb),
    latency,
    ...(baseline ? { baseline } : {}),
  }),
);
