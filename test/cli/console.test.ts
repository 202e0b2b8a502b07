import { beforeAll, describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/console.ts";
import { ingestSources } from "../../src/ingest/ingestSources.ts";
import { indexStore, type Corpus } from "../../src/store/corpus.ts";

let corpus: Corpus;

beforeAll(() => {
  corpus = indexStore(ingestSources(["data/sources"], null).store);
});

describe("the console", () => {
  it("answers /ask with the seed's paragraph about the call's length, cited", () => {
    const answer = answerLine(corpus, "/ask how long was the call?");
    expect(answer).toContain("more than two-hour chat");
    expect(answer).toContain("¶2");
  });

  it("answers the same command typed without its slash", () => {
    expect(answerLine(corpus, "related gaza")).toBe(answerLine(corpus, "/related gaza"));
  });

  it("reads name:value options as Discord does", () => {
    const full = answerLine(corpus, "/summary length:full") ?? "";
    const brief = answerLine(corpus, "/summary") ?? "";
    expect(full).toContain("Summary (full)");
    expect(brief).toContain("Summary (brief)");
  });

  it("lists the commands for a mistyped one", () => {
    const answer = answerLine(corpus, "/qoute Putin") ?? "";
    expect(answer).toMatch(/^Unknown command "qoute"/u);
    for (const name of ["/quote", "/summary", "/related", "/ask", "/who", "/sources"]) expect(answer).toContain(name);
  });

  it("shows help, and stops on exit", () => {
    expect(answerLine(corpus, "help")).toContain("/quote");
    expect(answerLine(corpus, "exit")).toBeNull();
  });
});
