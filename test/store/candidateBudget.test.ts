// Promise: a passage search reads a bounded share of any store, however long its paragraphs. A page
// scraped without paragraph breaks files whole articles as single paragraphs; /ask and the story
// votes then read the best-ranked of them up to a budget of words, not two hundred, and the story
// votes learn which searched words each paragraph holds without reading its text. Here each article of
// the test corpus and the stories is filed with its body as one paragraph (as such a page would be), on both backends.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestSources } from "../../src/app/ingestSources.ts";
import type { CandidateParagraph, CoverageStore } from "../../src/store/coverageStore.ts";
import { CANDIDATE_STEMS } from "../../src/store/shared/stemBudget.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { describeEachBackend } from "../support/backends.ts";

/**
 * The test corpus and the stories pages as pages of one paragraph each: their articles as filed in a store of their
 * own, each written out as its title and its whole body run together.
 */
async function unbrokenPages(dir: string): Promise<void> {
  const filed = openSqliteStore(":memory:");
  await ingestSources(filed, ["test/fixtures/corpus", "test/fixtures/stories"]);
  for (const [i, listed] of (await filed.listArticles(1_000)).entries()) {
    const article = await filed.article(listed.id);
    if (article) writeFileSync(join(dir, `${i}.txt`), `${article.title}\n\n${article.paragraphs.map((p) => p.text).join(" ")}\n`);
  }
  await filed.close();
}

const stemsIn = (p: CandidateParagraph): number => p.sentences.reduce((sum, s) => sum + s.stems.length, 0);

describeEachBackend("candidate paragraphs of unbroken pages", (backend) => {
  let dir: string;
  let store: CoverageStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "unbroken-"));
    await unbrokenPages(dir);
    store = await backend.open();
    await ingestSources(store, [dir]);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the best of the long paragraphs holding a common word up to the word budget, not every one", async () => {
    const holding = (await store.termCounts(["said"])).get("said")?.paragraphs ?? 0;
    const read = await store.candidateParagraphs(["said"], 200);
    const stems = read.map(stemsIn);
    const total = stems.reduce((a, b) => a + b, 0);
    expect(holding).toBeGreaterThan(read.length);
    expect(total).toBeGreaterThanOrEqual(CANDIDATE_STEMS);
    expect(total - Math.max(...stems)).toBeLessThan(CANDIDATE_STEMS);
  });

  it("names the same paragraphs for story votes, each with the searched words it holds", async () => {
    const searched = ["impeach", "gun", "whale"];
    const paragraphs = await store.candidateParagraphs(searched, 200);
    const hits = await store.paragraphHits(searched, 200);
    expect(hits.map((h) => h.paragraph)).toEqual(paragraphs.map((p) => p.id));
    expect(hits.map((h) => h.article)).toEqual(paragraphs.map((p) => p.article.id));
    for (const [i, hit] of hits.entries()) {
      const held = new Set(paragraphs[i]!.sentences.flatMap((s) => s.stems));
      expect(new Set(hit.held)).toEqual(new Set(searched.filter((stem) => held.has(stem))));
    }
    expect(hits.some((h) => h.held.length === 0)).toBe(false);
  });
});
