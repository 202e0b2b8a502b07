// Promise: the PostgreSQL store answers exactly as the SQLite store does. The seed, the test corpus
// and the stories pages are ingested into both (at one fixed clock, since undated articles are
// placed in time by when they were filed), then every command's --json answer is compared, for the
// questions of the /ask set, the most quoted names and their typos, every article and the topics, and
// every autocomplete's choices for what someone starts typing.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { ingestSources } from "../../src/app/ingestSources.ts";
import { commands } from "../../commands/index.ts";
import { runnables } from "../../src/cli/runnables.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { describeOn, postgresBackend, sqliteBackend, type Backend } from "../support/backends.ts";

const SOURCES = ["data/sources", "test/fixtures/corpus", "test/fixtures/stories"];
const QUESTIONS = (JSON.parse(readFileSync("test/fixtures/ask-questions.json", "utf8")) as { questions: { question: string }[] }).questions.map((q) => q.question);
const TOPICS = ["", "nato", "impeachment", "whale strandings", "sanctions sudan", "winter storm", "tax", "mosque"];
const NOBODY = ["Zebulon Quackenbush", "xq", "the"];

/** Drops the second letter: "Putin" → "Ptin", a typo the fuzzy names must still place. */
const typo = (name: string): string => (name.length > 4 ? name[0] + name.slice(2) : name);

async function filled(backend: Backend): Promise<CoverageStore> {
  const store = await backend.open();
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-01-15T12:00:00Z") });
  try {
    await ingestSources(store, SOURCES);
  } finally {
    vi.useRealTimers();
  }
  return store;
}

/** Every command with the inputs it is asked here, as [command, text, options]. */
async function requests(store: CoverageStore): Promise<[string, string, Record<string, string>][]> {
  const names = (await store.topEntities({ limit: 25 })).map((e) => e.name);
  const speakers = (await store.topEntities({ limit: 15, speakers: true })).map((e) => e.name);
  const articles = (await store.listArticles(1_000)).map((a) => a.id);
  return [
    ...[...speakers, ...speakers.map(typo), ...NOBODY].map((n): [string, string, Record<string, string>] => ["quote", n, {}]),
    ...[...names, ...names.map(typo), ...NOBODY].map((n): [string, string, Record<string, string>] => ["who", n, {}]),
    ...QUESTIONS.map((q): [string, string, Record<string, string>] => ["ask", q, {}]),
    ...articles.flatMap((id): [string, string, Record<string, string>][] => [
      ["summary", "", { article: id }],
      ["summary", "", { article: id, length: "full" }],
      ["article", id, {}],
    ]),
    ...TOPICS.map((t): [string, string, Record<string, string>] => ["related", t, {}]),
    ["sources", "", {}],
    ["stories", "", {}],
    ["quotes", "", {}],
    ...typing(names, articles).flatMap((typed) => AUTOCOMPLETED.map(([command, option]): [string, string, Record<string, string>] => [`${command} autocomplete`, typed, { option }])),
  ];
}

/** The options that autocomplete, by command. */
const AUTOCOMPLETED = [
  ["quote", "who"],
  ["quote", "article"],
  ["who", "name"],
  ["summary", "article"],
] as const;

/** What someone may have typed so far: nothing, a letter or two, the start of names and titles, and their typos. */
const typing = (names: readonly string[], articles: readonly string[]): string[] => [
  "",
  "p",
  "tr",
  ...names.slice(0, 10).flatMap((n) => [n.slice(0, 3), n.slice(0, 6), typo(n)]),
  ...articles.slice(0, 20).map((id) => id.split("-").slice(0, 2).join(" ")),
];

async function answers(store: CoverageStore, asked: readonly [string, string, Record<string, string>][]): Promise<string[]> {
  const out: string[] = [];
  for (const [name, text, options] of asked) {
    if (name.endsWith(" autocomplete")) {
      const command = commands.find((c) => c.definition.name === name.split(" ")[0]);
      out.push(`${name} ${text} ${JSON.stringify(options)}\n${JSON.stringify(await command?.autocomplete?.(store, options.option ?? "", text))}`);
      continue;
    }
    const runnable = runnables.find((r) => r.name === name);
    if (!runnable) throw new Error(`no command ${name}`);
    out.push(`${name} ${text} ${JSON.stringify(options)}\n${JSON.stringify((await runnable.run(store, text, options)).result, null, 1)}`);
  }
  return out;
}

describeOn(postgresBackend, "every command's --json answer over the seed, the corpus and the stories pages", (backend) => {
  let reference: CoverageStore;
  let store: CoverageStore;
  beforeAll(async () => {
    reference = await filled(sqliteBackend);
    store = await filled(backend);
  }, 600_000);
  afterAll(async () => {
    await reference?.close();
    await store?.close();
  });

  it("is the SQLite store's answer, command by command", async () => {
    const asked = await requests(reference);
    const expected = await answers(reference, asked);
    expect(asked.length).toBeGreaterThan(300);
    const got = await answers(store, asked);
    for (let i = 0; i < asked.length; i++) expect(got[i]).toBe(expected[i]);
  }, 600_000);
});
