import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestedStore } from "../support/stores.ts";
import { ArticleResultSchema, QuoteResultSchema, RelatedResultSchema } from "../../src/answer/contract.ts";

const run = promisify(execFile);
const env = { ...process.env, STORE_PATH: join(mkdtempSync(join(tmpdir(), "cli-")), "coverage.db") };
const cli = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/app/oneShot.ts", ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

const SEED_ID = "the-trump-putin-phone-call-gave-the-kremlin-leader-a-chance";

beforeAll(async () => {
  await (await ingestedStore(["data/sources"], env.STORE_PATH)).close();
}, 60_000);

describe("npm run cli", () => {
  it("lists exactly the seed's 13 related headlines as JSON, each with its snippet", async () => {
    const { stdout, code } = await cli("related", "--json");
    expect(code).toBe(0);
    const related = RelatedResultSchema.parse(JSON.parse(stdout));
    expect(related.headlines).toHaveLength(13);
    expect(related.headlines.every((h) => (h.snippet ?? "").length > 40)).toBe(true);
    const titles = related.headlines.map((h) => h.title);
    expect(titles).toContain("Healey says UK ‘already makes huge contribution’ to Nato");
    expect(titles).not.toContain("McDonald's hot coffee on a table");
    expect(titles).not.toContain("Defence Secretary John Healey at Warminster Garrison");
    expect(titles).not.toContain("Breaking News");
  });

  it("shows what ingest extracted: three headings, the caption once, no furniture in the body", async () => {
    const { stdout } = await cli("article", SEED_ID, "--json");
    const article = ArticleResultSchema.parse(JSON.parse(stdout));
    expect(article.sections.flatMap((s) => (s.heading ? [s.heading] : []))).toEqual([
      "A halt to fighting in Ukraine seems as distant as ever",
      "Discussion between ‘two superpowers’",
      "Ukraine and Europe take a back seat",
    ]);
    expect(article.captions).toHaveLength(1);
    const body = article.paragraphs.map((p) => p.text).join("\n");
    for (const junk of ["In this photo taken from video", "Source link", "Visited 1 times", "Related Article", "please comment"]) {
      expect(body).not.toContain(junk);
    }
    expect(article.paragraphs.at(-1)?.text).toMatch(/^While “it took Gorbachev four years/u);
  });

  it("prints the quote contract, never putting Witkoff's words under Putin", async () => {
    const { stdout } = await cli("quote", "Putin", "--json");
    const result = QuoteResultSchema.parse(JSON.parse(stdout));
    expect(result.by.some((q) => q.text.includes("I would commend President Putin"))).toBe(false);
  });

  it("answers a mistyped command with the list of commands and a failing exit code", async () => {
    const { code, stderr } = await cli("qoute", "Putin");
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown command "qoute"');
    expect(stderr).toContain("summary");
  });
});

describe("npm run cli options", () => {
  it("reads name:value options as the console does, and --name value too", async () => {
    const typed = await cli("summary", "length:full", "--json");
    const flagged = await cli("summary", "--length", "full", "--json");
    expect(JSON.parse(typed.stdout).length).toBe("full");
    expect(JSON.parse(flagged.stdout)).toEqual(JSON.parse(typed.stdout));
  });
});
