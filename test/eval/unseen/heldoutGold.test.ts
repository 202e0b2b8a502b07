// Reads only the held-out and dev sets' files (article.txt, gold.json, meta.json), never the bot's output.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEV_SET, HELDOUT_DIR, readGoldFile, setSlugs } from "./heldout.ts";

/** The second held-out set (test/eval/heldout-2/README.md), in the first set's format. */
const HELDOUT_2_DIR = fileURLToPath(new URL("../heldout-2/", import.meta.url));
/** The third held-out set (test/eval/heldout-3/README.md), in the same format; only its gold files are read here. */
const HELDOUT_3_DIR = fileURLToPath(new URL("../heldout-3/", import.meta.url));
/** The fourth held-out set (test/eval/heldout-4/README.md), in the same format; only its gold files are read here. */
const HELDOUT_4_DIR = fileURLToPath(new URL("../heldout-4/", import.meta.url));
/** The fifth held-out set (test/eval/heldout-5/README.md), in the same format; only its gold files are read here. */
const HELDOUT_5_DIR = fileURLToPath(new URL("../heldout-5/", import.meta.url));

const SETS = [
  { name: "the held-out set", dir: HELDOUT_DIR },
  { name: "held-out set 2", dir: HELDOUT_2_DIR },
  { name: "held-out set 3", dir: HELDOUT_3_DIR },
  { name: "held-out set 4", dir: HELDOUT_4_DIR },
  { name: "held-out set 5", dir: HELDOUT_5_DIR },
] as const;

const read = (dir: string, slug: string) => ({
  paragraphs: readFileSync(join(dir, slug, "article.txt"), "utf8").trim().split(/\n\n/u),
  gold: readGoldFile(join(dir, slug, "gold.json")),
  meta: JSON.parse(readFileSync(join(dir, slug, "meta.json"), "utf8")) as Record<string, unknown>,
});

/** The paragraphs holding `text` (after `context`, when given). */
const holding = (paragraphs: readonly string[], text: string, context?: string): number[] =>
  paragraphs.flatMap((p, i) => {
    const from = context === undefined ? 0 : p.indexOf(context);
    return from >= 0 && p.indexOf(text, from) >= 0 ? [i + 1] : [];
  });

describe.each(SETS)("$name's gold", ({ dir }) => {
  const slugs = setSlugs(dir);

  it("covers at least 12 articles from as many outlets", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(slugs.map((slug) => read(dir, slug).meta.outlet)).size).toBe(slugs.length);
  });

  it.each(slugs)("%s: names its origin, licence and a URL", (slug) => {
    const { meta, gold } = read(dir, slug);
    expect(gold.article).toBe(slug);
    expect(meta).toMatchObject({ slug, title: expect.any(String), url: expect.stringMatching(/^https?:\/\//u) });
    expect(meta.origin).toMatch(/^[\w.-]+\/[\w.-]+:[^@]+@[0-9a-f]{40}$/u);
    expect(meta.license).toMatch(/^(MIT|Apache-2\.0) /u);
  });

  it.each(slugs)("%s: every quote text stands once in article.txt, and every speaker is named there", (slug) => {
    const { paragraphs, gold } = read(dir, slug);
    const text = paragraphs.join("\n");
    for (const q of gold.quotes) {
      expect(holding(paragraphs, q.text, q.context), q.text).toHaveLength(1);
      for (const name of [q.speaker, ...(q.alsoRight ?? [])]) if (name !== null) expect(text, name).toContain(name);
    }
  });

  it.each(slugs)("%s: every person's name is written in article.txt", (slug) => {
    const { paragraphs, gold } = read(dir, slug);
    const text = paragraphs.join("\n");
    for (const name of [...gold.people, ...gold.notPeople]) {
      for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) expect(text, name).toContain(word);
    }
  });

  it.each(slugs)("%s: 4 to 6 questions it answers, each by one paragraph, and 2 it does not", (slug) => {
    const { paragraphs, gold } = read(dir, slug);
    const answerable = gold.questions.filter((q) => q.answeredBy.length > 0);
    expect(answerable.length).toBeGreaterThanOrEqual(4);
    expect(answerable.length).toBeLessThanOrEqual(6);
    expect(gold.questions.length - answerable.length).toBe(2);
    for (const q of answerable) for (const text of q.answeredBy) expect(holding(paragraphs, text), text).toHaveLength(1);
  });
});

describe("the held-out sets", () => {
  const pages = (dir: string) =>
    setSlugs(dir).map((slug) => {
      const { meta } = read(dir, slug);
      return { slug, url: String(meta.url), file: String(meta.origin).replace(/@[0-9a-f]{40}$/u, "") };
    });

  it.each(SETS.slice(1).map((set, i) => ({ ...set, earlier: SETS.slice(0, i + 1) })))(
    "share no page: no slug, URL or origin file of $name is in an earlier set",
    ({ dir, earlier }) => {
      const before = earlier.flatMap((set) => pages(set.dir));
      for (const page of pages(dir)) {
        expect(before.map((p) => p.slug), page.slug).not.toContain(page.slug);
        expect(before.map((p) => p.url), page.url).not.toContain(page.url);
        expect(before.map((p) => p.file), page.file).not.toContain(page.file);
      }
    },
  );

  it.each(SETS.slice(2))("share no page with the tuned corpus (test/fixtures/corpus): no URL or origin file of $name is there", ({ dir }) => {
    const corpus = fileURLToPath(new URL("../../fixtures/corpus/", import.meta.url));
    const tuned = readdirSync(corpus)
      .filter((slug) => existsSync(join(corpus, slug, "meta.json")))
      .map((slug) => JSON.parse(readFileSync(join(corpus, slug, "meta.json"), "utf8")) as { url?: string; origin?: string });
    for (const page of pages(dir)) {
      expect(tuned.map((t) => t.url), page.url).not.toContain(page.url);
      for (const t of tuned) expect(String(t.origin), page.file).not.toContain(page.file);
    }
  });
});

describe("the dev set's gold (test/eval/dev/README.md)", () => {
  const slugs = setSlugs(DEV_SET.dir);

  it("holds 10 pages of ../shared/stories from three outlets, each naming its source, terms and URL", () => {
    expect(slugs).toHaveLength(10);
    expect(new Set(slugs.map((slug) => read(DEV_SET.dir, slug).meta.outlet))).toEqual(new Set(["The New York Times", "Fox News", "HuffPost"]));
    for (const slug of slugs) {
      expect(read(DEV_SET.dir, slug).meta).toMatchObject({ slug, url: expect.stringMatching(/^https?:\/\//u), origin: expect.stringMatching(/^launchnlp\/BASIL /u), license: expect.stringMatching(/tests and evaluation only/u) });
    }
  });

  it.each(slugs)("%s: every quote text stands once in article.txt, and every speaker and name is written there", (slug) => {
    const { paragraphs, gold } = read(DEV_SET.dir, slug);
    const text = paragraphs.join("\n");
    for (const q of gold.quotes) {
      expect(holding(paragraphs, q.text, q.context), q.text).toHaveLength(1);
      for (const name of [q.speaker, ...(q.alsoRight ?? [])]) if (name !== null) expect(text, name).toContain(name);
    }
    for (const name of [...gold.people, ...gold.notPeople]) for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) expect(text, name).toContain(word);
  });
});
